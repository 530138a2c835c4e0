import { describe, it, expect } from 'vitest';
import {
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  rSquared,
  rSquaredPerOutput,
} from '../../../src-engine/metrics/regression-metrics';

const f64 = (v: number[]): Float64Array => Float64Array.from(v);

describe('MSE, RMSE, MAE', () => {
  it('match hand-computed values', () => {
    // errors 0, −2, 3 (one output per row)
    const p = f64([1, 2, 3]);
    const t = f64([1, 4, 0]);
    expect(meanSquaredError(p, t, 3, 1)).toBeCloseTo(13 / 3, 15);
    expect(rootMeanSquaredError(p, t, 3, 1)).toBeCloseTo(Math.sqrt(13 / 3), 15);
    expect(meanAbsoluteError(p, t, 3, 1)).toBeCloseTo(5 / 3, 15);
  });

  it('average over all m·outputs entries and accept float32', () => {
    // [2, 2]: errors 1, 0, 0, −3
    const p = Float32Array.from([1, 1, 1, 1]);
    const t = Float32Array.from([0, 1, 1, 4]);
    expect(meanSquaredError(p, t, 2, 2)).toBe(10 / 4);
    expect(meanAbsoluteError(p, t, 2, 2)).toBe(1);
  });

  it('are 0 for a perfect prediction, NaN-propagating, and check sizes', () => {
    expect(meanSquaredError(f64([-1e300, 5]), f64([-1e300, 5]), 2, 1)).toBe(0);
    expect(Number.isNaN(meanAbsoluteError(f64([NaN, 1]), f64([0, 1]), 2, 1))).toBe(true);
    expect(() => meanSquaredError(f64([1, 2]), f64([1]), 2, 1)).toThrow(
      /target must have m·outputs = 2 entries, got 1/,
    );
    expect(() => meanSquaredError(f64([]), f64([]), 0, 1)).toThrow(/m must be an integer ≥ 1/);
    expect(() => rSquared(f64([1]), f64([1]), 1, 0)).toThrow(/outputs must be an integer ≥ 1/);
  });
});

describe('R²', () => {
  const t = f64([1, 2, 4, 7]);

  it('is 1 for a perfect fit and 0 for predicting the mean', () => {
    expect(rSquared(f64([1, 2, 4, 7]), t, 4, 1)).toBe(1);
    expect(rSquared(f64([3.5, 3.5, 3.5, 3.5]), t, 4, 1)).toBeCloseTo(0, 15);
  });

  it('matches 1 − SS_res/SS_tot by hand and goes below 0 for worse than the mean', () => {
    // mean 3.5; SS_tot = 6.25 + 2.25 + 0.25 + 12.25 = 21; errors 1, −1, 0, 1 → SS_res = 3
    expect(rSquared(f64([2, 1, 4, 8]), t, 4, 1)).toBeCloseTo(1 - 3 / 21, 15);
    // reversed predictions: SS_res = 36 + 4 + 4 + 36 = 80
    expect(rSquared(f64([7, 4, 2, 1]), t, 4, 1)).toBeCloseTo(1 - 80 / 21, 14);
  });

  it('handles constant targets without NaN: 1 if exact, else 0', () => {
    expect(rSquared(f64([5, 5, 5]), f64([5, 5, 5]), 3, 1)).toBe(1);
    expect(rSquared(f64([5, 6, 5]), f64([5, 5, 5]), 3, 1)).toBe(0);
    // the mean of three 0.1 is not exactly 0.1, so SS_tot ≈ 1e-34, not 0; still R² = 0, not −huge
    expect(rSquared(f64([0.1, 0.1, 0.2]), f64([0.1, 0.1, 0.1]), 3, 1)).toBe(0);
    expect(rSquared(f64([7]), f64([7]), 1, 1)).toBe(1);
  });

  it('averages per-output R² uniformly', () => {
    // [4, 2]: column 0 perfect (1), column 1 predicts its mean (0)
    const target = f64([1, 0, 2, 2, 4, 0, 7, 2]);
    const pred = f64([1, 1, 2, 1, 4, 1, 7, 1]);
    const per = rSquaredPerOutput(pred, target, 4, 2);
    expect(per[0]).toBe(1);
    expect(per[1]).toBeCloseTo(0, 15);
    expect(rSquared(pred, target, 4, 2)).toBeCloseTo(0.5, 15);
  });

  it('propagates NaN predictions', () => {
    expect(Number.isNaN(rSquared(f64([NaN, 2]), f64([1, 2]), 2, 1))).toBe(true);
    expect(Number.isNaN(rSquared(f64([NaN, 2]), f64([2, 2]), 2, 1))).toBe(true);
  });
});
