import { describe, it, expect } from 'vitest';
import { Adaline, leastSquares } from '../../../src-engine/units/adaline';
import { Rng } from '../../../src-engine/random/rng';

/** t = 0.3 + 1.5·a − 0.8·b + N(0, 0.1²) on 20 seeded points. */
function noisyLinear(seed: number): { xs: number[][]; ts: number[] } {
  const rng = new Rng(seed);
  const xs: number[][] = [];
  const ts: number[] = [];
  for (let i = 0; i < 20; i++) {
    const a = rng.uniform(-1, 1);
    const b = rng.uniform(-1, 1);
    xs.push([a, b]);
    ts.push(0.3 + 1.5 * a - 0.8 * b + rng.normal(0, 0.1));
  }
  return { xs, ts };
}

describe('leastSquares', () => {
  it('fits a line by hand: (0,1), (1,3), (2,4) → t = 7/6 + 1.5·x', () => {
    const w = leastSquares([[0], [1], [2]], [1, 3, 4]);
    expect(w[0]).toBeCloseTo(7 / 6, 12);
    expect(w[1]).toBeCloseTo(1.5, 12);
  });

  it('recovers exact weights from noise-free data', () => {
    const xs = [
      [1, 0],
      [0, 1],
      [2, 3],
      [-1, 4],
      [5, -2],
    ];
    const ts = xs.map(([a, b]) => 1 + 2 * a - 3 * b);
    const w = leastSquares(xs, ts);
    [1, 2, -3].forEach((v, j) => expect(w[j]).toBeCloseTo(v, 10));
  });

  it('throws when XᵀX is singular or the data are malformed', () => {
    expect(() => leastSquares([[1], [1]], [0, 1])).toThrow(/singular/);
    expect(() =>
      leastSquares(
        [
          [1, 2],
          [2, 4],
          [3, 6],
        ],
        [0, 1, 2],
      ),
    ).toThrow(/singular/);
    expect(() => leastSquares([], [])).toThrow(/empty/);
    expect(() => leastSquares([[1], [2]], [1])).toThrow(/2 samples but 1 targets/);
  });
});

describe('Adaline', () => {
  it('computes one LMS update by hand', () => {
    const a = new Adaline({ inputs: 2, learningRate: 0.1, init: [0.1, 0.2, -0.3] });
    // y = 0.1 + 0.2 − 0.6 = −0.3; t − y = 1.3; Δw = 0.13·[1, 1, 2]
    const s = a.step([1, 2], 1);
    expect(s.y).toBeCloseTo(-0.3, 15);
    expect(s.error).toBeCloseTo(1.3, 15);
    [0.13, 0.13, 0.26].forEach((v, j) => expect(s.update[j]).toBeCloseTo(v, 15));
    [0.23, 0.33, -0.04].forEach((v, j) => expect(s.weights[j]).toBeCloseTo(v, 15));
    expect(a.output([1, 2])).toBeCloseTo(0.23 + 0.33 - 0.08, 15);
  });

  it('converges to the least-squares solution within 1e-3 on noisy linear data', () => {
    const { xs, ts } = noisyLinear(7);
    const ls = leastSquares(xs, ts);
    const a = new Adaline({ inputs: 2, learningRate: 0.02 });
    const r = a.train(xs, ts, { maxEpochs: 5000, tolerance: 0, learningRateDecay: 0.01 });
    expect(r.stoppedBy).toBe('maxEpochs');
    for (let j = 0; j < 3; j++) expect(Math.abs(r.weights[j] - ls[j])).toBeLessThan(1e-3);
    // the final MSE is the least-squares minimum, and far below the start
    const lsMse =
      xs.reduce((s, x, i) => s + (ts[i] - ls[0] - ls[1] * x[0] - ls[2] * x[1]) ** 2, 0) / xs.length;
    expect(r.msePerEpoch[r.msePerEpoch.length - 1]).toBeCloseTo(lsMse, 6);
    expect(r.initialMse).toBeGreaterThan(10 * lsMse);
  });

  it('reports a decreasing MSE per epoch and stops on the tolerance', () => {
    const { xs, ts } = noisyLinear(1);
    const a = new Adaline({ inputs: 2, learningRate: 0.05 });
    const r = a.train(xs, ts, { maxEpochs: 10000, tolerance: 1e-8 });
    expect(r.stoppedBy).toBe('tolerance');
    expect(r.epochs).toBeLessThan(10000);
    expect(r.msePerEpoch).toHaveLength(r.epochs);
    expect(r.msePerEpoch[0]).toBeLessThan(r.initialMse);
    expect(r.msePerEpoch[9]).toBeLessThan(r.msePerEpoch[0]);
    const n = r.msePerEpoch.length;
    expect(Math.abs(r.msePerEpoch[n - 1] - r.msePerEpoch[n - 2])).toBeLessThan(1e-8);
    expect(r.msePerEpoch[n - 1]).toBeCloseTo(a.mse(xs, ts), 15);
  });

  it('reports divergence when α is too large', () => {
    const { xs, ts } = noisyLinear(2);
    const r = new Adaline({ inputs: 2, learningRate: 5 }).train(xs, ts, { maxEpochs: 5000 });
    expect(r.stoppedBy).toBe('diverged');
    expect(r.epochs).toBeLessThan(5000);
  });

  it('classifies by thresholding y at 0.5 (binary) or 0 (bipolar)', () => {
    const bin = new Adaline({ inputs: 1, classes: 'binary', init: [0.5, 0] });
    expect(bin.classify([7])).toBe(1);
    bin.setWeights([0.49, 0]);
    expect(bin.classify([7])).toBe(0);
    const bip = new Adaline({ inputs: 1, init: [0, 0] });
    expect(bip.classify([3])).toBe(1);
    bip.setWeights([-0.01, 0]);
    expect(bip.classify([3])).toBe(-1);
    expect(
      new Adaline({ inputs: 2, classes: 'binary', init: [0, 1, 1] }).decisionLine()?.intercept,
    ).toBe(0.5);
  });

  it('learns AND from 0/1 targets (least squares w = [−0.25, 0.5, 0.5])', () => {
    const xs = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const ts = [0, 0, 0, 1];
    const a = new Adaline({ inputs: 2, classes: 'binary', learningRate: 0.05 });
    a.train(xs, ts, {
      maxEpochs: 3000,
      tolerance: 0,
      shuffle: true,
      seed: 4,
      learningRateDecay: 0.01,
    });
    expect(xs.map((x) => a.classify(x))).toEqual(ts);
    [-0.25, 0.5, 0.5].forEach((v, j) => expect(a.weights[j]).toBeCloseTo(v, 2));
  });

  it('steps through training with the α actually used', () => {
    const { xs, ts } = noisyLinear(3);
    const steps = [
      ...new Adaline({ inputs: 2, learningRate: 0.1 }).steps(xs, ts, {
        maxEpochs: 2,
        tolerance: 0,
        learningRateDecay: 1,
      }),
    ];
    expect(steps).toHaveLength(40);
    expect(steps[0].learningRate).toBe(0.1);
    expect(steps[39].learningRate).toBe(0.05);
    expect(steps[25].sample).toBe(5);
  });

  it('rejects invalid arguments with clear messages', () => {
    expect(() => new Adaline({ inputs: 1.5 })).toThrow(/inputs must be a positive integer/);
    expect(() => new Adaline({ inputs: 2, learningRate: 0 })).toThrow(/learningRate/);
    expect(() => new Adaline({ inputs: 2, classes: 'x' as never })).toThrow(/classes must be/);
    const a = new Adaline({ inputs: 2 });
    expect(() => a.train([[0, 0]], [NaN])).toThrow(/target 0 is NaN/);
    expect(() => a.train([[0, 0]], [1], { tolerance: -1 })).toThrow(/tolerance/);
    expect(() => a.train([[0, 0]], [1], { learningRateDecay: -1 })).toThrow(/learningRateDecay/);
    expect(() => a.step([0, 0], 1, 0)).toThrow(/learningRate/);
    expect(() => a.output([1, 2, 3])).toThrow(/3 inputs, expected 2/);
  });
});
