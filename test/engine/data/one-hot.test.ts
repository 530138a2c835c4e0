import { describe, expect, it } from 'vitest';
import { argmaxRows, countClasses, oneHot } from '../../../src-engine/data/one-hot';

describe('oneHot / argmaxRows', () => {
  it('turns labels into rows with a single 1 in the label column', () => {
    expect(Array.from(oneHot([2, 0, 1], 3))).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  });

  it('round-trips through argmaxRows', () => {
    const labels = Int32Array.from([3, 1, 0, 4, 4, 2]);
    const matrix = oneHot(labels, 5, 'float64');
    expect(matrix).toBeInstanceOf(Float64Array);
    expect(argmaxRows(matrix, 5)).toEqual(labels);
  });

  it('infers the class count from the largest label', () => {
    expect(countClasses([0, 3, 1])).toBe(4);
    expect(countClasses([])).toBe(0);
    expect(oneHot([0, 3])).toHaveLength(8);
  });

  it('picks the largest score, the first on ties, and ignores NaN', () => {
    expect(Array.from(argmaxRows([0.1, 0.7, 0.2, 0.5, 0.5, 0, Number.NaN, -1, -2], 3))).toEqual([
      1, 0, 1,
    ]);
  });

  it('rejects labels outside the classes and malformed matrices', () => {
    expect(() => oneHot([0, 3], 3)).toThrow(
      /oneHot: labels\[1\] must be an integer in \[0, 2\], got 3/,
    );
    expect(() => oneHot([0, -1])).toThrow(/labels\[1\] must be a non-negative integer, got -1/);
    expect(() => oneHot([0.5], 2)).toThrow(/labels\[0\]/);
    expect(() => oneHot([0], 0)).toThrow(/classes must be an integer/);
    expect(() => argmaxRows([1, 2, 3], 2)).toThrow(
      /argmaxRows: matrix length 3 is not a multiple of classes \(2\)/,
    );
  });
});
