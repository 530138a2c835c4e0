import { describe, expect, it } from 'vitest';
import { describeHistogram, histogramOf } from '../../../src-renderer/data/histogram';

describe('histogramOf', () => {
  // x: [4 rows, 2 columns]; the second column is binned
  const x = [0, 0, 0, 1, 0, 1, 0, 4];

  it('counts rows per bin and class, the maximum in the last bin', () => {
    const h = histogramOf(x, 4, 2, 1, 'b', [0, 1, 1, 0], 2, 4);
    expect([h.min, h.max]).toEqual([0, 4]);
    expect(h.counts).toEqual([
      [1, 0],
      [0, 2],
      [0, 0],
      [1, 0],
    ]);
    expect(h.peak).toBe(2);
    expect(describeHistogram(h)).toBe('Histogram of b from 0 to 4; most rows (2) between 1 and 2.');
  });

  it('puts every row in one bar without labels, and skips NaN', () => {
    const h = histogramOf([1, NaN, 3, 1], 4, 1, 0, 'a', null, 0, 2);
    expect(h.counts).toEqual([[2], [1]]);
  });

  it('keeps a constant column in one bin, and an empty one empty', () => {
    expect(histogramOf([2, 2, 2], 3, 1, 0, 'c', null, 0, 3).counts).toEqual([[3], [0], [0]]);
    expect(histogramOf([NaN], 1, 1, 0, 'd', null, 0, 2).peak).toBe(0);
  });
});
