import { describe, it, expect } from 'vitest';
import { accuracy } from '../../../src-engine/metrics/accuracy';
import { classScores } from '../../../src-engine/metrics/class-scores';
import { confusionMatrix } from '../../../src-engine/metrics/confusion-matrix';

// 3 classes, 9 samples; by hand (rows true, columns predicted):
//   t0: [1, 2, 0]   t1: [0, 1, 1]   t2: [1, 0, 3]
const actual = Int32Array.from([0, 0, 0, 1, 1, 2, 2, 2, 2]);
const predicted = Int32Array.from([0, 1, 1, 1, 2, 2, 2, 0, 2]);

describe('accuracy', () => {
  it('is the fraction of matching labels', () => {
    expect(accuracy(predicted, actual)).toBeCloseTo(5 / 9, 15);
    expect(accuracy([1, 1], [1, 1])).toBe(1);
    expect(accuracy([0, 0], [1, 1])).toBe(0);
  });

  it('rejects mismatched lengths and empty input', () => {
    expect(() => accuracy([0, 1], [0])).toThrow(/2 predicted labels but 1 true/);
    expect(() => accuracy([], [])).toThrow(/no samples/);
  });
});

describe('confusionMatrix', () => {
  it('counts (true, predicted) pairs row-major', () => {
    const cm = confusionMatrix(predicted, actual, 3);
    expect(cm).toBeInstanceOf(Int32Array);
    expect(Array.from(cm)).toEqual([1, 2, 0, 0, 1, 1, 1, 0, 3]);
  });

  it('accepts plain arrays and gives zeros for no samples', () => {
    expect(Array.from(confusionMatrix([1, 0], [0, 0], 2))).toEqual([1, 1, 0, 0]);
    expect(Array.from(confusionMatrix([], [], 2))).toEqual([0, 0, 0, 0]);
  });

  it('rejects labels outside [0, k) and bad k', () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(/predicted label 3 at index 1/);
    expect(() => confusionMatrix([0, 1], [-1, 1], 3)).toThrow(/true label -1 at index 0/);
    expect(() => confusionMatrix([0.5], [0], 3)).toThrow(/predicted label 0.5/);
    expect(() => confusionMatrix([0], [0], 0)).toThrow(/classes must be an integer/);
  });
});

describe('classScores', () => {
  it('gives precision, recall, F1 and macro averages by hand', () => {
    const s = classScores(confusionMatrix(predicted, actual, 3), 3);
    // precision = TP / column sum: 1/2, 1/3, 3/4; recall = TP / row sum: 1/3, 1/2, 3/4
    const p = [1 / 2, 1 / 3, 3 / 4];
    const r = [1 / 3, 1 / 2, 3 / 4];
    const f1 = [2 / 5, 2 / 5, 3 / 4];
    for (let c = 0; c < 3; c++) {
      expect(s.precision[c]).toBeCloseTo(p[c], 15);
      expect(s.recall[c]).toBeCloseTo(r[c], 15);
      expect(s.f1[c]).toBeCloseTo(f1[c], 15);
    }
    expect(Array.from(s.support)).toEqual([3, 2, 4]);
    expect(s.macroPrecision).toBeCloseTo((1 / 2 + 1 / 3 + 3 / 4) / 3, 15);
    expect(s.macroRecall).toBeCloseTo((1 / 3 + 1 / 2 + 3 / 4) / 3, 15);
    expect(s.macroF1).toBeCloseTo((2 / 5 + 2 / 5 + 3 / 4) / 3, 15);
  });

  it('takes 0/0 as 0: a class never predicted and never present', () => {
    // class 2 appears nowhere; class 0 is never predicted wrongly but missed once
    const s = classScores(confusionMatrix([0, 1, 1], [0, 1, 0], 3), 3);
    expect(Array.from(s.precision)).toEqual([1, 0.5, 0]);
    expect(Array.from(s.recall)).toEqual([0.5, 1, 0]);
    expect(s.f1[2]).toBe(0);
    expect(s.f1[0]).toBeCloseTo(2 / 3, 15);
    expect(s.macroRecall).toBeCloseTo(0.5, 15);
    const none = classScores(new Int32Array(4), 2);
    expect(Array.from(none.f1)).toEqual([0, 0]);
    expect(Number.isNaN(none.macroF1)).toBe(false);
  });

  it('rejects a matrix of the wrong size or with negative counts', () => {
    expect(() => classScores(new Int32Array(4), 3)).toThrow(/3·3 = 9 entries, got 4/);
    expect(() => classScores([1, -1, 0, 0], 2)).toThrow(/entry 1 is -1/);
    expect(() => classScores([1, NaN, 0, 0], 2)).toThrow(/entry 1 is NaN/);
  });
});
