import { describe, expect, it } from 'vitest';
import { blobCentre, makeBlobs } from '../../../src-engine/data/blobs';
import { makeCircle } from '../../../src-engine/data/circle';
import { makeGaussian } from '../../../src-engine/data/gaussian';
import { makeMoons, MOON_RADIUS } from '../../../src-engine/data/moons';
import { makeSpiral } from '../../../src-engine/data/spiral';
import { makeXor } from '../../../src-engine/data/xor';
import { classCounts, column, mean, row, std } from './helpers';

describe('makeCircle', () => {
  it('at noise 0 puts class 1 strictly inside radius 2.5 and class 0 in the ring 3.5..5', () => {
    const d = makeCircle({ count: 500, noise: 0, seed: 7, dtype: 'float64' });
    for (let r = 0; r < d.m; r++) {
      const radius = Math.hypot(...row(d.x, 2, r));
      if (d.labels![r] === 1) expect(radius).toBeLessThan(2.5);
      else {
        expect(radius).toBeGreaterThanOrEqual(3.5);
        expect(radius).toBeLessThan(5);
      }
    }
    expect(d.classNames).toEqual(['outside', 'inside']);
  });

  it('with noise gives some points near the gap the other class', () => {
    const d = makeCircle({ count: 500, noise: 0.5, seed: 7, dtype: 'float64' });
    let flipped = 0;
    for (let r = 0; r < d.m; r++) {
      const inner = Math.hypot(...row(d.x, 2, r)) < 2.5 ? 1 : 0;
      if (inner !== d.labels![r]) flipped++;
    }
    expect(flipped).toBeGreaterThan(10);
  });

  it('with small noise flips only disc points close to its edge at radius 2.5', () => {
    // noise 0.05 moves a point by at most 0.25 per axis, i.e. 0.36 in radius
    const d = makeCircle({ count: 1000, noise: 0.05, seed: 3, dtype: 'float64' });
    let flippedNearEdge = 0;
    for (let r = 0; r < d.m; r++) {
      const radius = Math.hypot(...row(d.x, 2, r));
      if (radius < 2.5 - 0.36) expect(d.labels![r]).toBe(1);
      else if (radius >= 3.5) expect(d.labels![r]).toBe(0);
      else if (d.labels![r] === 0) flippedNearEdge++;
    }
    expect(flippedNearEdge).toBeGreaterThan(5);
  });
});

describe('makeXor', () => {
  it('at noise 0 labels 1 exactly where x1 and x2 share a sign, with a gap round the axes', () => {
    const d = makeXor({ count: 400, noise: 0, seed: 2, dtype: 'float64' });
    for (let r = 0; r < d.m; r++) {
      const [a, b] = row(d.x, 2, r);
      expect(d.labels![r]).toBe(a * b > 0 ? 1 : 0);
      for (const v of [a, b]) {
        expect(Math.abs(v)).toBeGreaterThanOrEqual(0.3);
        expect(Math.abs(v)).toBeLessThan(5.3);
      }
    }
    expect(classCounts(d)).toEqual([200, 200]);
  });

  it('fills all four quadrants equally', () => {
    const d = makeXor({ count: 400, noise: 0 });
    const quadrants = [0, 0, 0, 0];
    for (let r = 0; r < d.m; r++) {
      const [a, b] = row(d.x, 2, r);
      quadrants[(a > 0 ? 0 : 2) + (b > 0 ? 0 : 1)]++;
    }
    expect(quadrants).toEqual([100, 100, 100, 100]);
  });

  it('with noise flips some labels', () => {
    const d = makeXor({ count: 400, noise: 0.5, seed: 2, dtype: 'float64' });
    const wrong = Array.from(d.labels!).filter(
      (l, r) => l !== (d.x[2 * r] * d.x[2 * r + 1] > 0 ? 1 : 0),
    );
    expect(wrong.length).toBeGreaterThan(10);
  });
});

describe('makeGaussian', () => {
  it('at noise 0 centres the blobs on (2, 2) and (-2, -2) with variance 0.5, split by x1 + x2 = 0', () => {
    const d = makeGaussian({ count: 4000, noise: 0, seed: 5, dtype: 'float64' });
    const ones = [...Array(d.m).keys()].filter((r) => d.labels![r] === 1);
    const zeros = [...Array(d.m).keys()].filter((r) => d.labels![r] === 0);
    const x1 = column(d.x, 2, 0);
    expect(mean(ones.map((r) => x1[r]))).toBeCloseTo(2, 1);
    expect(mean(zeros.map((r) => x1[r]))).toBeCloseTo(-2, 1);
    expect(std(ones.map((r) => x1[r]))).toBeCloseTo(Math.sqrt(0.5), 1);
    const separated =
      ones.filter((r) => d.x[2 * r] + d.x[2 * r + 1] > 0).length +
      zeros.filter((r) => d.x[2 * r] + d.x[2 * r + 1] < 0).length;
    expect(separated / d.m).toBeGreaterThan(0.999);
  });

  it('widens the blobs to variance 4 at noise 0.5', () => {
    const d = makeGaussian({ count: 4000, noise: 0.5, seed: 5, dtype: 'float64' });
    const ones = [...Array(d.m).keys()].filter((r) => d.labels![r] === 1);
    expect(std(ones.map((r) => d.x[2 * r + 1]))).toBeCloseTo(2, 1);
  });
});

describe('makeSpiral', () => {
  it('at noise 0 puts every point on its own arm', () => {
    const d = makeSpiral({ count: 300, noise: 0, dtype: 'float64' });
    for (let r = 0; r < d.m; r++) {
      const [a, b] = row(d.x, 2, r);
      const radius = Math.hypot(a, b);
      const t = 2 * Math.PI * 1.75 * (radius / 5) + d.labels![r] * Math.PI;
      expect(radius).toBeLessThan(5);
      expect(a).toBeCloseTo(radius * Math.sin(t), 9);
      expect(b).toBeCloseTo(radius * Math.cos(t), 9);
    }
  });

  it('with noise moves points off the arms by at most noise per axis', () => {
    const clean = makeSpiral({ count: 300, noise: 0, dtype: 'float64' });
    const noisy = makeSpiral({ count: 300, noise: 0.3, dtype: 'float64' });
    const offsets = Array.from(noisy.x, (v, i) => Math.abs(v - clean.x[i]));
    expect(Math.max(...offsets)).toBeLessThanOrEqual(0.3);
    expect(Math.max(...offsets)).toBeGreaterThan(0.25);
    expect(Array.from(noisy.labels!)).toEqual(Array.from(clean.labels!));
  });
});

describe('makeMoons', () => {
  it('at noise 0 puts each point on its own half circle', () => {
    const d = makeMoons({ count: 300, noise: 0, dtype: 'float64' });
    const R = MOON_RADIUS;
    for (let r = 0; r < d.m; r++) {
      const [a, b] = row(d.x, 2, r);
      // moon 0: upper arc round (-R/2, -R/4); moon 1: lower arc round (R/2, R/4)
      const [cx, cy, side] = d.labels![r] === 0 ? [-R / 2, -R / 4, 1] : [R / 2, R / 4, -1];
      expect(Math.hypot(a - cx, b - cy)).toBeCloseTo(R, 9);
      expect(side * (b - cy)).toBeGreaterThanOrEqual(-1e-12);
    }
  });

  it('spreads points by noise * radius', () => {
    const clean = makeMoons({ count: 2000, noise: 0, dtype: 'float64' });
    const noisy = makeMoons({ count: 2000, noise: 0.2, dtype: 'float64' });
    const offsets = Array.from(noisy.x, (v, i) => v - clean.x[i]);
    expect(std(offsets)).toBeCloseTo(0.2 * MOON_RADIUS, 1);
  });
});

describe('makeBlobs', () => {
  it('gives one-hot targets whose hot column is the label, k classes balanced', () => {
    const d = makeBlobs({ count: 301, classes: 4 });
    expect(d.outputs).toBe(4);
    expect(d.classNames).toHaveLength(4);
    for (let r = 0; r < d.m; r++) {
      const y = row(d.y, 4, r);
      expect(y.filter((v) => v === 1)).toHaveLength(1);
      expect(y.reduce((a, b) => a + b)).toBe(1);
      expect(y[d.labels![r]]).toBe(1);
    }
    const counts = classCounts(d);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('at noise 0 puts nearly every point nearest its own centre', () => {
    const k = 6;
    const d = makeBlobs({ count: 1200, classes: k, noise: 0, dtype: 'float64' });
    let nearestOwn = 0;
    for (let r = 0; r < d.m; r++) {
      const [a, b] = row(d.x, 2, r);
      const distances = Array.from({ length: k }, (_, c) =>
        Math.hypot(a - blobCentre(c, k)[0], b - blobCentre(c, k)[1]),
      );
      if (distances.indexOf(Math.min(...distances)) === d.labels![r]) nearestOwn++;
    }
    expect(nearestOwn / d.m).toBeGreaterThan(0.99);
  });

  it('rejects a class count outside 2..10', () => {
    expect(() => makeBlobs({ classes: 1 })).toThrow(
      /makeBlobs: classes must be an integer in \[2, 10\], got 1/,
    );
    expect(() => makeBlobs({ classes: 11 })).toThrow(/classes/);
  });
});
