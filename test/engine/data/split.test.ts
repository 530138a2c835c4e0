import { describe, expect, it } from 'vitest';
import { makeBlobs } from '../../../src-engine/data/blobs';
import { makeCircle } from '../../../src-engine/data/circle';
import { makeLine } from '../../../src-engine/data/line';
import { apportion, splitDataset, subset } from '../../../src-engine/data/split';
import { classCounts, row } from './helpers';

/** 100 / 40 / 13 rows of classes 0 / 1 / 2: imbalanced, so stratification matters. */
function imbalanced() {
  const blobs = makeBlobs({ count: 300, classes: 3 });
  const keep = [0, 1, 2].flatMap((c) =>
    [...Array(blobs.m).keys()].filter((r) => blobs.labels![r] === c).slice(0, [100, 40, 13][c]),
  );
  return subset(blobs, keep);
}

describe('apportion', () => {
  it.each([
    [10, [0.7, 0.15, 0.15]],
    [153, [0.7, 0.15, 0.15]],
    [7, [1 / 3, 1 / 3, 1 / 3]],
    [1, [0.5, 0.25, 0.25]],
  ])('splits %i into whole shares that add up and stay within one of n * f', (n, fractions) => {
    const shares = apportion(n, fractions);
    expect(shares.reduce((a, b) => a + b)).toBe(n);
    shares.forEach((s, i) => {
      expect(Number.isInteger(s)).toBe(true);
      expect(Math.abs(s - n * fractions[i])).toBeLessThan(1);
    });
  });
});

describe('splitDataset', () => {
  it('gives disjoint parts that add up to every row, sized by the fractions', () => {
    const d = makeCircle({ count: 201 });
    const s = splitDataset(d, { train: 0.6, validation: 0.2, test: 0.2, seed: 4 });
    const all = [...s.indices.train, ...s.indices.validation, ...s.indices.test];
    expect(all).toHaveLength(201);
    expect(new Set(all).size).toBe(201);
    expect([s.train.m, s.validation.m, s.test.m]).toEqual([
      s.indices.train.length,
      s.indices.validation.length,
      s.indices.test.length,
    ]);
    expect(Math.abs(s.train.m - 120.6)).toBeLessThan(1);
    expect(Math.abs(s.validation.m - 40.2)).toBeLessThan(1);
  });

  it('copies the right rows into each part', () => {
    const d = makeCircle({ count: 50 });
    const s = splitDataset(d, { seed: 8 });
    s.indices.test.forEach((r, i) => {
      expect(row(s.test.x, 2, i)).toEqual(row(d.x, 2, r));
      expect(s.test.y[i]).toBe(d.y[r]);
      expect(s.test.labels![i]).toBe(d.labels![r]);
    });
    expect(s.test.classNames).toEqual(d.classNames);
  });

  it('is reproducible by seed and shuffles differently for another seed', () => {
    const d = makeCircle({ count: 100 });
    const a = splitDataset(d, { seed: 1 });
    expect(splitDataset(d, { seed: 1 }).indices).toEqual(a.indices);
    expect(splitDataset(d, { seed: 2 }).indices.train).not.toEqual(a.indices.train);
  });

  it('stratified keeps each class within one row of its share in every part', () => {
    const d = imbalanced();
    const fractions = { train: 0.7, validation: 0.15, test: 0.15 };
    for (const seed of [1, 2, 3]) {
      const s = splitDataset(d, { ...fractions, stratified: true, seed });
      const total = classCounts(d);
      for (const part of ['train', 'validation', 'test'] as const) {
        classCounts(s[part]).forEach((n, c) => {
          expect(Math.abs(n - total[c] * fractions[part])).toBeLessThan(1);
        });
      }
      expect(s.train.m + s.validation.m + s.test.m).toBe(d.m);
    }
  });

  it('allows an empty part', () => {
    const s = splitDataset(makeLine({ count: 10 }), { train: 0.8, validation: 0, test: 0.2 });
    expect([s.train.m, s.validation.m, s.test.m]).toEqual([8, 0, 2]);
    expect(s.validation.x).toHaveLength(0);
  });

  it('rejects fractions that do not add up, bad fractions and stratifying regression data', () => {
    const d = makeLine({ count: 10 });
    expect(() => splitDataset(d, { train: 0.8, validation: 0.1, test: 0.2 })).toThrow(
      /splitDataset: train \+ validation \+ test must be 1, got 0.8 \+ 0.1 \+ 0.2/,
    );
    expect(() => splitDataset(d, { train: 1.2, validation: -0.1, test: -0.1 })).toThrow(
      /train must be a number in \[0, 1\]/,
    );
    expect(() => splitDataset(d, { stratified: true })).toThrow(
      /stratified needs a classification dataset/,
    );
    expect(() => splitDataset(d, { seed: -3 })).toThrow(/seed/);
  });
});

describe('subset', () => {
  it('copies the chosen rows in order, repeats allowed, without sharing memory', () => {
    const d = makeBlobs({ count: 30, classes: 3, dtype: 'float64' });
    const s = subset(d, [5, 5, 0]);
    expect(s.m).toBe(3);
    expect(s.x).toBeInstanceOf(Float64Array);
    expect(row(s.x, 2, 0)).toEqual(row(d.x, 2, 5));
    expect(row(s.y, 3, 1)).toEqual(row(d.y, 3, 5));
    expect(row(s.x, 2, 2)).toEqual(row(d.x, 2, 0));
    expect(Array.from(s.labels!)).toEqual([d.labels![5], d.labels![5], d.labels![0]]);
    s.x[0] = 1234;
    expect(d.x[10]).not.toBe(1234);
  });

  it('rejects rows out of range or fractional', () => {
    const d = makeLine({ count: 5 });
    expect(() => subset(d, [0, 5])).toThrow(
      /subset: indices\[1\] must be an integer row in \[0, 4\], got 5/,
    );
    expect(() => subset(d, [1.5])).toThrow(/indices\[0\]/);
  });
});

describe('splitDataset at scale', () => {
  it('splits a million rows, stratified or not (no spread of large arrays)', () => {
    const m = 1_000_000;
    const labels = new Int32Array(m).map((_, r) => r % 3);
    const x = Float32Array.from(labels);
    const y = new Float32Array(m * 3);
    for (let r = 0; r < m; r++) y[r * 3 + labels[r]] = 1;
    const data = {
      x,
      y,
      m,
      inputs: 1,
      outputs: 3,
      task: 'classification' as const,
      featureNames: ['x'],
      targetNames: ['a', 'b', 'c'],
      classNames: ['a', 'b', 'c'],
      labels,
    };
    for (const stratified of [false, true]) {
      const split = splitDataset(data, { stratified, seed: 3 });
      expect([split.train.m, split.validation.m, split.test.m]).toEqual([
        700_000, 150_000, 150_000,
      ]);
      // every row lands in exactly one part, and keeps its class
      const seen = new Uint8Array(m);
      let wrongClass = 0;
      for (const part of ['train', 'validation', 'test'] as const) {
        const indices = split.indices[part];
        for (let i = 0; i < indices.length; i++) {
          seen[indices[i]]++;
          if (split[part].labels![i] !== indices[i] % 3) wrongClass++;
        }
      }
      expect(wrongClass).toBe(0);
      expect(seen.every((n) => n === 1)).toBe(true);
    }
  });
});
