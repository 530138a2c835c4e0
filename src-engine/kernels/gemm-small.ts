import type { FloatArray } from '../core/float-array';

// For the lab's small networks (a few units per layer) the transposes that let every
// product run on the blocked A·Bᵀ kernel cost more than the products themselves; these two
// write the other products directly. Each keeps four sums of a row of C in registers while
// it walks the shared dimension, and stores them once.

/**
 * C = Aᵀ · B, and with `sums` also the column sums of A (sums[i] = Σₚ A[p, i]): a dense
 * layer's ∂J/∂W = dzᵀ·x and ∂J/∂b = Σ dz from one walk over dz. A: [k, m], B: [k, n],
 * C: [m, n], row-major; sizes are trusted. The last n mod 4 columns of C are summed in one
 * pass too, rather than one pass over A's column each.
 */
export function gemmAtBSmall(
  a: FloatArray,
  b: FloatArray,
  c: FloatArray,
  m: number,
  n: number,
  k: number,
  sums?: FloatArray,
): void {
  const n4 = n - (n % 4);
  const rest = n - n4;
  for (let i = 0; i < m; i++) {
    const co = i * n;
    if (sums) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[p * m + i];
      sums[i] = s;
    }
    for (let j = 0; j < n4; j += 4) {
      // prettier-ignore
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let p = 0; p < k; p++) {
        const v = a[p * m + i];
        const bo = p * n + j;
        s0 += v * b[bo];
        s1 += v * b[bo + 1];
        s2 += v * b[bo + 2];
        s3 += v * b[bo + 3];
      }
      c[co + j] = s0;
      c[co + j + 1] = s1;
      c[co + j + 2] = s2;
      c[co + j + 3] = s3;
    }
    if (rest === 0) continue;
    // prettier-ignore
    let s0 = 0, s1 = 0, s2 = 0;
    for (let p = 0; p < k; p++) {
      const v = a[p * m + i];
      const bo = p * n + n4;
      s0 += v * b[bo];
      if (rest > 1) s1 += v * b[bo + 1];
      if (rest > 2) s2 += v * b[bo + 2];
    }
    c[co + n4] = s0;
    if (rest > 1) c[co + n4 + 1] = s1;
    if (rest > 2) c[co + n4 + 2] = s2;
  }
}

/** C = A · B. A: [m, k], B: [k, n], C: [m, n], row-major; sizes are trusted. */
export function gemmABSmall(
  a: FloatArray,
  b: FloatArray,
  c: FloatArray,
  m: number,
  n: number,
  k: number,
): void {
  const n4 = n - (n % 4);
  for (let i = 0; i < m; i++) {
    const ao = i * k;
    const co = i * n;
    for (let j = 0; j < n4; j += 4) {
      // prettier-ignore
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let p = 0; p < k; p++) {
        const v = a[ao + p];
        const bo = p * n + j;
        s0 += v * b[bo];
        s1 += v * b[bo + 1];
        s2 += v * b[bo + 2];
        s3 += v * b[bo + 3];
      }
      c[co + j] = s0;
      c[co + j + 1] = s1;
      c[co + j + 2] = s2;
      c[co + j + 3] = s3;
    }
    for (let j = n4; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[ao + p] * b[p * n + j];
      c[co + j] = s;
    }
  }
}
