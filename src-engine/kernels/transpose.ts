import type { FloatArray } from '../core/float-array';

/** out = inᵀ. in: [rows, cols], out: [cols, rows]. Blocked so both sides stay in cache. */
export function transpose(src: FloatArray, out: FloatArray, rows: number, cols: number): void {
  const block = 32;
  for (let r0 = 0; r0 < rows; r0 += block) {
    const r1 = Math.min(r0 + block, rows);
    for (let c0 = 0; c0 < cols; c0 += block) {
      const c1 = Math.min(c0 + block, cols);
      for (let r = r0; r < r1; r++) {
        const rowStart = r * cols;
        for (let c = c0; c < c1; c++) out[c * rows + r] = src[rowStart + c];
      }
    }
  }
}
