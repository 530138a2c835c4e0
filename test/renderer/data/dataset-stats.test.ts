import { describe, expect, it } from 'vitest';
import {
  classCounts,
  featureNamesOf,
  featureStats,
  formatStat,
} from '../../../src-renderer/data/dataset-stats';
import { i18n } from '../../../src-renderer/i18n';

describe('featureStats', () => {
  it('computes min, max, mean, population std and missing per column', () => {
    // x: [4, 2]
    const x = [1, 10, 2, NaN, 3, 30, 6, 40];
    const [a, b] = featureStats(x, 4, 2, ['a', 'b']);
    expect(a).toMatchObject({ name: 'a', count: 4, missing: 0, min: 1, max: 6, mean: 3 });
    expect(a.std).toBeCloseTo(Math.sqrt((4 + 1 + 0 + 9) / 4), 12);
    expect(b).toMatchObject({ name: 'b', count: 3, missing: 1, min: 10, max: 40 });
    expect(b.mean).toBeCloseTo(80 / 3, 12);
  });

  it('gives nulls for an empty column and default names', () => {
    expect(featureStats([NaN, NaN], 2, 1)).toEqual([
      { name: 'x1', count: 0, missing: 2, min: null, max: null, mean: null, std: null },
    ]);
  });

  it('keeps precision when the mean dwarfs the spread', () => {
    const [s] = featureStats([1e9 + 1, 1e9 + 3], 2, 1);
    expect(s.std).toBeCloseTo(1, 6);
  });
});

describe('classCounts', () => {
  it('counts rows per class and skips labels out of range', () => {
    expect(classCounts(Int32Array.from([0, 2, 2, 1, 2, -1, 7]), 3)).toEqual([1, 1, 3]);
  });
});

describe('featureNamesOf', () => {
  it('names numeric inputs once and categorical ones per category, skipping the rest', () => {
    expect(
      featureNamesOf([
        { name: 'age', type: 'numeric', role: 'input' },
        { name: 'id', type: 'numeric', role: 'ignored' },
        { name: 'colour', type: 'categorical', role: 'input', categories: ['blue', 'red'] },
        { name: 'kind', type: 'categorical', role: 'target', categories: ['a', 'b'] },
      ]),
    ).toEqual(['age', 'colour=blue', 'colour=red']);
  });
});

describe('formatStat', () => {
  it('shows 4 significant digits, exponents for extremes, a dash for nothing', () => {
    expect(formatStat(3.14159)).toBe('3.142');
    expect(formatStat(0)).toBe('0');
    expect(formatStat(123456)).toBe('1.23e+5');
    expect(formatStat(0.0001234)).toBe('1.23e-4');
    expect(formatStat(null)).toBe('—');
    expect(formatStat(NaN)).toBe('—');
  });

  it('writes the decimal sign of the reader’s language', () => {
    i18n.global.locale.value = 'es';
    try {
      expect(formatStat(5.47586)).toBe('5,476');
      expect(formatStat(123456)).toBe('1,23e+5');
      expect(formatStat(-0.5)).toBe('-0,5');
    } finally {
      i18n.global.locale.value = 'en';
    }
  });
});
