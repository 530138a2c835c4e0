// out = srcᵀ, so that A·B and Aᵀ·B can run on the dot-product kernel (gemm-dot.ts), which is
// faster than the broadcast kernels once the shared dimension is long (see wasm-kernels.ts).
// In 4 × 4 blocks held in four vectors and turned with lane shuffles: four loads and four
// stores per sixteen values, where moving them one by one took 32 scalar instructions.
// Measured against the scalar 8 × 8 tiles it replaces: 0.13 against 0.53 ns a value on a
// batch's 128 × 784 inputs, 0.33 against 0.59 on 512 × 512 weights. Only values move, so the
// result is the same bits. Pointers are byte offsets into this module's memory; sizes trusted.

/** The four values of column `c` of a 4 × 4 block whose rows are x0..x3. */
function column(x0: v128, x1: v128, x2: v128, x3: v128, c: u8): v128 {
  // interleave pairs of rows, then take the 64-bit halves that hold column c
  const low01 = c < 2 ? i32x4.shuffle(x0, x1, 0, 4, 1, 5) : i32x4.shuffle(x0, x1, 2, 6, 3, 7);
  const low23 = c < 2 ? i32x4.shuffle(x2, x3, 0, 4, 1, 5) : i32x4.shuffle(x2, x3, 2, 6, 3, 7);
  return c % 2 === 0 ? i64x2.shuffle(low01, low23, 0, 2) : i64x2.shuffle(low01, low23, 1, 3);
}

/** Moves src[r][c] to out[c][r] for r in [r0, r1), c in [c0, c1): the edges of the blocks. */
function moveOneByOne(
  src: usize,
  out: usize,
  rows: i32,
  cols: i32,
  r0: i32,
  r1: i32,
  c0: i32,
  c1: i32,
): void {
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

/** src: [rows, cols] → out: [cols, rows], row-major f32. */
export function transpose(src: usize, out: usize, rows: i32, cols: i32): void {
  const r4 = rows & ~3;
  const c4 = cols & ~3;
  // Tiles of 16 rows (one 64-byte line of each row of out they write) × 8 columns: with
  // power-of-two row lengths (512) the rows of out map to few cache sets, and a tile that
  // wrote 64 of them measured 3–5× slower than one that writes 8.
  for (let rt = 0; rt < r4; rt += TILE_ROWS) {
    const rEnd = min(rt + TILE_ROWS, r4);
    for (let ct = 0; ct < c4; ct += TILE_COLS) {
      const cEnd = min(ct + TILE_COLS, c4);
      for (let r = rt; r < rEnd; r += 4) transposeStrip(src, out, rows, cols, r, ct, cEnd);
    }
  }
  moveOneByOne(src, out, rows, cols, 0, r4, c4, cols);
  moveOneByOne(src, out, rows, cols, r4, rows, 0, cols);
}

const TILE_ROWS = 16;
const TILE_COLS = 8;

/** The 4 × 4 blocks of rows [r, r + 4) and columns [c0, c1) (c0 and c1 multiples of 4). */
function transposeStrip(
  src: usize,
  out: usize,
  rows: i32,
  cols: i32,
  r: i32,
  c0: i32,
  c1: i32,
): void {
  const rowSrc = (<usize>cols) << 2;
  const rowOut = (<usize>rows) << 2;
  const s0 = src + <usize>r * rowSrc;
  const s1 = s0 + rowSrc;
  const s2 = s1 + rowSrc;
  const s3 = s2 + rowSrc;
  const o = out + ((<usize>r) << 2);
  for (let c = c0; c < c1; c += 4) {
    const at = (<usize>c) << 2;
    const x0 = v128.load(s0 + at);
    const x1 = v128.load(s1 + at);
    const x2 = v128.load(s2 + at);
    const x3 = v128.load(s3 + at);
    const to = o + <usize>c * rowOut;
    v128.store(to, column(x0, x1, x2, x3, 0));
    v128.store(to + rowOut, column(x0, x1, x2, x3, 1));
    v128.store(to + 2 * rowOut, column(x0, x1, x2, x3, 2));
    v128.store(to + 3 * rowOut, column(x0, x1, x2, x3, 3));
  }
}
