import { describe, expect, it } from 'vitest';
import { gemmABSmall, gemmAtBSmall } from '../../../src-engine/kernels/gemm-small';
import { Rng } from '../../../src-engine/random/rng';

const rng = new Rng(5);
const filled = (length: number) => Float64Array.from({ length }, () => rng.next() * 2 - 1);

/** Aᵀ·B and A's column sums, written the plain way. A: [k, m], B: [k, n]. */
function plainAtB(a: Float64Array, b: Float64Array, m: number, n: number, k: number) {
  const c = new Float64Array(m * n);
  const sums = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) sums[i] += a[p * m + i];
    for (let j = 0; j < n; j++)
      for (let p = 0; p < k; p++) c[i * n + j] += a[p * m + i] * b[p * n + j];
  }
  return { c, sums };
}

// every remainder of n by 4 (the blocked columns and the last one to three), batch 1 and more
const SHAPES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11].flatMap((n) =>
  [
    [8, n, 10],
    [1, n, 1],
    [3, n, 7],
  ].map(([m, , k]) => [m, n, k] as const),
);

describe('small-matrix products of a dense layer', () => {
  it('Aᵀ·B and the column sums of A (∂J/∂W and ∂J/∂b from one walk over dz)', () => {
    for (const [m, n, k] of SHAPES) {
      const a = filled(k * m);
      const b = filled(k * n);
      const c = new Float64Array(m * n).fill(NaN);
      const sums = new Float64Array(m).fill(NaN);
      gemmAtBSmall(a, b, c, m, n, k, sums);
      const want = plainAtB(a, b, m, n, k);
      for (let i = 0; i < m * n; i++)
        expect(c[i], `${m}×${n}×${k} at ${i}`).toBeCloseTo(want.c[i], 12);
      for (let i = 0; i < m; i++) expect(sums[i], `sum ${i}`).toBeCloseTo(want.sums[i], 12);
    }
  });

  it('Aᵀ·B gives the same bits with or without the sums', () => {
    const a = filled(10 * 8);
    const b = filled(10 * 3);
    const alone = new Float64Array(24);
    const beside = new Float64Array(24);
    gemmAtBSmall(a, b, alone, 8, 3, 10);
    gemmAtBSmall(a, b, beside, 8, 3, 10, new Float64Array(8));
    expect(Array.from(alone)).toEqual(Array.from(beside));
  });

  it('A·B', () => {
    for (const [m, n, k] of SHAPES) {
      const a = filled(m * k);
      const b = filled(k * n);
      const c = new Float64Array(m * n).fill(NaN);
      gemmABSmall(a, b, c, m, n, k);
      for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
          expect(c[i * n + j]).toBeCloseTo(s, 12);
        }
    }
  });
});
