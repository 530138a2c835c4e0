import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPLIT_PERCENT,
  setSplitPart,
  SPLIT_MIN,
  toDatasetSplit,
  toSplitPercent,
  type SplitPercent,
} from '../../../src-renderer/data/split-percent';

const total = (s: SplitPercent) => s.train + s.validation + s.test;

describe('setSplitPart', () => {
  it('moving validation up takes from test first', () => {
    expect(setSplitPart(DEFAULT_SPLIT_PERCENT, 'validation', 20)).toEqual({
      train: 70,
      validation: 20,
      test: 10,
    });
  });

  it('takes from train once test is empty', () => {
    expect(setSplitPart({ train: 70, validation: 15, test: 15 }, 'validation', 40)).toEqual({
      train: 60,
      validation: 40,
      test: 0,
    });
  });

  it('moving test down gives the rest to validation', () => {
    expect(setSplitPart(DEFAULT_SPLIT_PERCENT, 'test', 5)).toEqual({
      train: 70,
      validation: 25,
      test: 5,
    });
  });

  it('moving train splits the difference between validation and test', () => {
    expect(setSplitPart(DEFAULT_SPLIT_PERCENT, 'train', 80)).toEqual({
      train: 80,
      validation: 10,
      test: 10,
    });
    expect(setSplitPart(DEFAULT_SPLIT_PERCENT, 'train', 61)).toEqual({
      train: 61,
      validation: 19,
      test: 20,
    });
  });

  it('keeps train at its minimum and others at 0 or more', () => {
    const s = setSplitPart(DEFAULT_SPLIT_PERCENT, 'test', 100);
    expect(s).toEqual({ train: SPLIT_MIN.train, validation: 0, test: 90 });
    const t = setSplitPart(DEFAULT_SPLIT_PERCENT, 'train', 0);
    expect(t.train).toBe(SPLIT_MIN.train);
    expect(total(t)).toBe(100);
  });

  it('always adds up to 100 with whole percents', () => {
    let s: SplitPercent = { ...DEFAULT_SPLIT_PERCENT };
    const parts = ['train', 'validation', 'test'] as const;
    for (let i = 0; i < 300; i++) {
      s = setSplitPart(s, parts[i % 3], ((i * 37) % 113) - 5 + 0.4);
      expect(total(s)).toBe(100);
      for (const p of parts) {
        expect(Number.isInteger(s[p])).toBe(true);
        expect(s[p]).toBeGreaterThanOrEqual(SPLIT_MIN[p]);
      }
    }
  });

  it('ignores a value that is not a number', () => {
    expect(setSplitPart(DEFAULT_SPLIT_PERCENT, 'test', NaN)).toEqual(DEFAULT_SPLIT_PERCENT);
  });
});

describe('toDatasetSplit / toSplitPercent', () => {
  it('gives fractions adding up to 1 and back', () => {
    const split = toDatasetSplit({ train: 60, validation: 25, test: 15 }, { stratified: true });
    expect(split).toEqual({ train: 0.6, validation: 0.25, test: 0.15, stratified: true });
    expect(Math.abs(split.train + split.validation + split.test - 1)).toBeLessThan(1e-9);
    expect(toSplitPercent(split)).toEqual({ train: 60, validation: 25, test: 15 });
  });
});
