import type { FloatArray } from '../core/float-array';

// For the lab's small networks (a few units per layer) the transposes that let every
// product run on the blocked A·Bᵀ kernel cost more than the products themselves; these two
// write the other products directly. Each keeps four sums of a row of C in registers while
// it walks the shared dimension, and stores them once.

/**
 * C = Aᵀ · B, and with `sums` also the column sums of A (sums[i] = Σₚ A[p, i]): a dense
 * layer's ∂J/∂W = dzᵀ·x and ∂J/∂b = Σ dz from one walk over dz. A: [k, m], B: [k, n],
 * C: [m, n], row-major; sizes are trusted. Rows of C are made two at a time, so that each
 * value of B read serves both; every sum runs over p in order, so the bits do not depend on
 * the pairing.
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
  const m2 = m - (m % 2);
  for (let i = 0; i < m2; i += 2) rowPairOfAtB(a, b, c, m, n, k, i, sums);
  if (m2 < m) rowOfAtB(a, b, c, m, n, k, m2, sums);
}

/** Rows i and i + 1 of C = Aᵀ · B (and their column sums of A). */
function rowPairOfAtB(
  a: FloatArray,
  b: FloatArray,
  c: FloatArray,
  m: number,
  n: number,
  k: number,
  i: number,
  sums?: FloatArray,
): void {
  const n4 = n - (n % 4);
  const c0 = i * n;
  const c1 = c0 + n;
  if (sums) {
    // prettier-ignore
    let s0 = 0, s1 = 0;
    for (let p = 0; p < k; p++) {
      s0 += a[p * m + i];
      s1 += a[p * m + i + 1];
    }
    sums[i] = s0;
    sums[i + 1] = s1;
  }
  for (let j = 0; j < n4; j += 4) {
    // prettier-ignore
    let x0 = 0, x1 = 0, x2 = 0, x3 = 0, y0 = 0, y1 = 0, y2 = 0, y3 = 0;
    for (let p = 0; p < k; p++) {
      const ao = p * m + i;
      const u = a[ao];
      const v = a[ao + 1];
      const bo = p * n + j;
      const b0 = b[bo];
      const b1 = b[bo + 1];
      const b2 = b[bo + 2];
      const b3 = b[bo + 3];
      x0 += u * b0;
      x1 += u * b1;
      x2 += u * b2;
      x3 += u * b3;
      y0 += v * b0;
      y1 += v * b1;
      y2 += v * b2;
      y3 += v * b3;
    }
    c[c0 + j] = x0;
    c[c0 + j + 1] = x1;
    c[c0 + j + 2] = x2;
    c[c0 + j + 3] = x3;
    c[c1 + j] = y0;
    c[c1 + j + 1] = y1;
    c[c1 + j + 2] = y2;
    c[c1 + j + 3] = y3;
  }
  for (let j = n4; j < n; j++) {
    // prettier-ignore
    let x = 0, y = 0;
    for (let p = 0; p < k; p++) {
      const w = b[p * n + j];
      x += a[p * m + i] * w;
      y += a[p * m + i + 1] * w;
    }
    c[c0 + j] = x;
    c[c1 + j] = y;
  }
}

/** Row i of C = Aᵀ · B (and its column sum of A). */
function rowOfAtB(
  a: FloatArray,
  b: FloatArray,
  c: FloatArray,
  m: number,
  n: number,
  k: number,
  i: number,
  sums?: FloatArray,
): void {
  const n4 = n - (n % 4);
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
  for (let j = n4; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += a[p * m + i] * b[p * n + j];
    c[co + j] = s;
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
