import type { FloatArray } from '../core/float-array';

/**
 * C = A · Bᵀ, the one matrix product the engine is built on: both operands are read along
 * their rows, so every inner loop walks contiguous memory; other products are formed by
 * transposing an operand first (see `transpose`).
 * A: [m, k], B: [n, k], C: [m, n], all row-major. Sizes are trusted (checked by callers).
 *
 * C is computed in 4 × 2 blocks: eight scalar accumulators and six loads fit in the sixteen
 * floating-point registers of x64 and arm64, which measured fastest among the block shapes
 * tried (4 × 4 spills registers and runs at half the speed).
 */
export function gemmABt(
  a: FloatArray,
  b: FloatArray,
  c: FloatArray,
  m: number,
  n: number,
  k: number,
): void {
  const m4 = m - (m % 4);
  const n2 = n - (n % 2);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * k;
    const a1 = a0 + k;
    const a2 = a1 + k;
    const a3 = a2 + k;
    for (let j = 0; j < n2; j += 2) {
      const b0 = j * k;
      const b1 = b0 + k;
      // prettier-ignore
      let c00 = 0, c01 = 0, c10 = 0, c11 = 0, c20 = 0, c21 = 0, c30 = 0, c31 = 0;
      for (let p = 0; p < k; p++) {
        const y0 = b[b0 + p];
        const y1 = b[b1 + p];
        const x0 = a[a0 + p];
        const x1 = a[a1 + p];
        const x2 = a[a2 + p];
        const x3 = a[a3 + p];
        c00 += x0 * y0;
        c01 += x0 * y1;
        c10 += x1 * y0;
        c11 += x1 * y1;
        c20 += x2 * y0;
        c21 += x2 * y1;
        c30 += x3 * y0;
        c31 += x3 * y1;
      }
      const o = i * n + j;
      c[o] = c00;
      c[o + 1] = c01;
      c[o + n] = c10;
      c[o + n + 1] = c11;
      c[o + 2 * n] = c20;
      c[o + 2 * n + 1] = c21;
      c[o + 3 * n] = c30;
      c[o + 3 * n + 1] = c31;
    }
    if (n2 < n) {
      const b0 = n2 * k;
      // prettier-ignore
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let p = 0; p < k; p++) {
        const y = b[b0 + p];
        c0 += a[a0 + p] * y;
        c1 += a[a1 + p] * y;
        c2 += a[a2 + p] * y;
        c3 += a[a3 + p] * y;
      }
      c[i * n + n2] = c0;
      c[(i + 1) * n + n2] = c1;
      c[(i + 2) * n + n2] = c2;
      c[(i + 3) * n + n2] = c3;
    }
  }
  for (let i = m4; i < m; i++) {
    const a0 = i * k;
    for (let j = 0; j < n; j++) {
      const b0 = j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += a[a0 + p] * b[b0 + p];
      c[i * n + j] = s;
    }
  }
}
