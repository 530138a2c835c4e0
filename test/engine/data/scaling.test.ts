import { describe, expect, it } from 'vitest';
import { makeGaussian } from '../../../src-engine/data/gaussian';
import {
  applyScaler,
  checkScaler,
  fitInputScaler,
  fitScaler,
  invertScaler,
  scaleInputs,
  type Scaler,
} from '../../../src-engine/data/scaling';
import { splitDataset } from '../../../src-engine/data/split';
import { column, mean, std } from './helpers';

// columns: a varied one, a constant one, one with a large offset
const x = Float64Array.from([1, 7, 1000, 3, 7, 1002, 5, 7, 1001, 11, 7, 1003]);

describe('fitScaler standard', () => {
  it('stores the per-column mean and population std, with 1 for a constant column', () => {
    const s = fitScaler('standard', x, 3);
    expect(s.kind).toBe('standard');
    if (s.kind !== 'standard') return;
    expect(s.mean).toEqual([5, 7, 1001.5]);
    expect(s.std[0]).toBeCloseTo(std([1, 3, 5, 11]), 12);
    expect(s.std[1]).toBe(1);
    expect(s.std[2]).toBeCloseTo(std([1000, 1002, 1001, 1003]), 12);
  });

  it('gives mean 0 / std 1 columns, 0 for the constant column, and inverts exactly', () => {
    const s = fitScaler('standard', x, 3);
    const z = applyScaler(s, x);
    expect(z).toBeInstanceOf(Float64Array);
    for (const c of [0, 2]) {
      expect(mean(column(z, 3, c))).toBeCloseTo(0, 12);
      expect(std(column(z, 3, c))).toBeCloseTo(1, 12);
    }
    expect(column(z, 3, 1)).toEqual([0, 0, 0, 0]);
    Array.from(invertScaler(s, z)).forEach((v, i) => expect(v).toBeCloseTo(x[i], 10));
  });

  it('treats a column that varies only by rounding error as constant instead of amplifying it', () => {
    const s = fitScaler('standard', [1, 1 + 2 ** -50, 1, 1 + 2 ** -50], 1);
    const z = applyScaler(s, [1, 1 + 2 ** -50], 'float64');
    expect(Math.max(...Array.from(z, Math.abs))).toBeLessThan(1e-12);
  });
});

describe('fitScaler min-max', () => {
  it('maps the fitted columns onto [0, 1], a constant column to 0, and inverts exactly', () => {
    const s = fitScaler('min-max', x, 3);
    expect(s).toEqual({ kind: 'min-max', min: [1, 7, 1000], max: [11, 7, 1003] });
    const z = applyScaler(s, x);
    expect(column(z, 3, 0)).toEqual([0, 0.2, 0.4, 1]);
    expect(column(z, 3, 1)).toEqual([0, 0, 0, 0]);
    expect(Math.min(...column(z, 3, 2))).toBe(0);
    expect(Math.max(...column(z, 3, 2))).toBe(1);
    Array.from(invertScaler(s, z)).forEach((v, i) => expect(v).toBeCloseTo(x[i], 10));
    expect(Array.from(z).every(Number.isFinite)).toBe(true);
  });
});

describe('scaling a split', () => {
  it('is fitted on the training part only, so other parts keep their own statistics', () => {
    const d = makeGaussian({ count: 400, noise: 0.3, seed: 12 });
    const { train, test } = splitDataset(d, { seed: 3 });
    const s = fitInputScaler('standard', train);
    if (s.kind !== 'standard') throw new Error('expected a standard scaler');
    expect(s.mean[0]).toBeCloseTo(mean(column(train.x, 2, 0)), 5);
    expect(s.mean[0]).not.toBeCloseTo(mean(column(test.x, 2, 0)), 5);
    const scaledTrain = scaleInputs(train, s);
    const scaledTest = scaleInputs(test, s);
    expect(mean(column(scaledTrain.x, 2, 0))).toBeCloseTo(0, 5);
    expect(Math.abs(mean(column(scaledTest.x, 2, 0)))).toBeGreaterThan(1e-3);
    expect(scaledTest.x).toBeInstanceOf(Float32Array);
    expect(scaledTest.y).toBe(test.y);
    expect(test.x[0]).not.toBe(scaledTest.x[0]);
  });

  it('survives a JSON round trip with identical results', () => {
    const s = fitScaler('standard', x, 3);
    const restored = checkScaler(JSON.parse(JSON.stringify(s)));
    expect(applyScaler(restored, x)).toEqual(applyScaler(s, x));
  });
});

describe('scaling errors', () => {
  it('rejects bad input to fitScaler', () => {
    expect(() => fitScaler('robust' as 'standard', x, 3)).toThrow(
      /fitScaler: kind must be 'standard' or 'min-max', got 'robust'/,
    );
    expect(() => fitScaler('standard', x, 5)).toThrow(
      /x has 12 values, not a multiple of 5 columns/,
    );
    expect(() => fitScaler('standard', [], 2)).toThrow(/cannot fit on 0 rows/);
    expect(() => fitScaler('min-max', [1, 2, Number.NaN, 4], 2)).toThrow(
      /x\[row 1, column 0\] is NaN/,
    );
  });

  it('rejects data of the wrong width and malformed scalers', () => {
    const s = fitScaler('min-max', x, 3);
    expect(() => applyScaler(s, [1, 2, 3, 4])).toThrow(
      /applyScaler: x has 4 values, not a multiple of 3 columns/,
    );
    const bad: [unknown, RegExp][] = [
      [null, /scaler must be an object/],
      [{ kind: 'zscore' }, /scaler.kind must be 'standard' or 'min-max', got 'zscore'/],
      [{ kind: 'standard', mean: [0], std: [0] }, /scaler.std must be positive/],
      [{ kind: 'standard', mean: [0, 1], std: [1] }, /differ in length/],
      [{ kind: 'min-max', min: [2], max: [1] }, /max must not be below scaler.min/],
      [
        { kind: 'min-max', min: ['a'], max: [1] },
        /scaler.min must be a non-empty array of finite numbers/,
      ],
    ];
    for (const [scaler, message] of bad)
      expect(() => invertScaler(scaler as Scaler, [1])).toThrow(message);
  });
});
