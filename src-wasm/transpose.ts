// out = srcᵀ, so that A·B and Aᵀ·B can run on the dot-product kernel (gemm-dot.ts), which is
// faster than the broadcast kernels once the shared dimension is long (see wasm-kernels.ts).
// In 8 × 8 tiles, so that both the rows read and the columns written stay in cache.
// Pointers are byte offsets into this module's memory; sizes are trusted (checked in JS).

/** src: [rows, cols] → out: [cols, rows], row-major f32. */
export function transpose(src: usize, out: usize, rows: i32, cols: i32): void {
  const tile = 8;
  for (let r0 = 0; r0 < rows; r0 += tile) {
    const r1 = min(r0 + tile, rows);
    for (let c0 = 0; c0 < cols; c0 += tile) {
      const c1 = min(c0 + tile, cols);
      for (let r = r0; r < r1; r++) {
        const from = src + ((<usize>r * <usize>cols) << 2);
        for (let c = c0; c < c1; c++) {
          store<f32>(
            out + ((<usize>c * <usize>rows + <usize>r) << 2),
            load<f32>(from + ((<usize>c) << 2)),
          );
        }
      }
    }
  }
}
