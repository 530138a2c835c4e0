import { describe, it, expect } from 'vitest';
import { Perceptron } from '../../../src-engine/units/perceptron';
import { Rng } from '../../../src-engine/random/rng';

const X01 = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const XPM = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
const GATES = {
  and: { binary: [0, 0, 0, 1], bipolar: [-1, -1, -1, 1] },
  or: { binary: [0, 1, 1, 1], bipolar: [-1, 1, 1, 1] },
};

describe('Perceptron', () => {
  it('computes one binary update by hand', () => {
    const p = new Perceptron({ inputs: 2, learningRate: 0.1, init: [0.5, -0.2, 0.3] });
    // net = 0.5 − 0.4 + 0.3 = 0.4 ≥ 0 → y = 1, t = 0 → Δw = 0.1·[1, 2, 1]·(−1)
    const s = p.step([2, 1], 0);
    expect(s.y).toBe(1);
    expect(s.error).toBe(true);
    expect(Array.from(s.x)).toEqual([1, 2, 1]);
    expect(Array.from(s.update)).toEqual([-0.1, -0.2, -0.1]);
    expect(s.weights[0]).toBeCloseTo(0.4, 15);
    expect(s.weights[1]).toBeCloseTo(-0.4, 15);
    expect(s.weights[2]).toBeCloseTo(0.2, 15);
    expect(Array.from(p.weights)).toEqual(Array.from(s.weights));
    // now correct: no change
    const again = p.step([2, 1], 0);
    expect(again.error).toBe(false);
    expect(Array.from(again.update)).toEqual([0, 0, 0]);
    expect(Array.from(again.weights)).toEqual(Array.from(s.weights));
  });

  it('computes one bipolar update by hand (t − y = −2)', () => {
    const p = new Perceptron({ inputs: 2, output: 'bipolar', learningRate: 0.5, init: [0, 1, 1] });
    const s = p.step([1, -0.5], -1);
    expect(s.y).toBe(1);
    expect(Array.from(s.update)).toEqual([-1, -1, 0.5]);
    expect(Array.from(s.weights)).toEqual([-1, 0, 1.5]);
  });

  it('steps through the AND trace that can be checked by hand', () => {
    const p = new Perceptron({ inputs: 2 });
    const steps = [...p.steps(X01, GATES.and.binary, { maxEpochs: 2 })];
    expect(steps.map((s) => [s.epoch, s.sample, s.y])).toEqual([
      [1, 0, 1],
      [1, 1, 0],
      [1, 2, 0],
      [1, 3, 0],
      [2, 0, 1],
      [2, 1, 1],
      [2, 2, 0],
      [2, 3, 0],
    ]);
    expect(Array.from(steps[3].weights)).toEqual([0, 1, 1]);
    expect(Array.from(steps[7].weights)).toEqual([-1, 2, 1]);
  });

  for (const gate of ['and', 'or'] as const) {
    for (const output of ['binary', 'bipolar'] as const) {
      it(`converges on ${gate.toUpperCase()} (${output})`, () => {
        const xs = output === 'binary' ? X01 : XPM;
        const ts = GATES[gate][output];
        const p = new Perceptron({ inputs: 2, output });
        const r = p.train(xs, ts, { maxEpochs: 100 });
        expect(r.converged).toBe(true);
        expect(r.errorsPerEpoch.length).toBe(r.epochs);
        expect(r.errorsPerEpoch[r.epochs - 1]).toBe(0);
        expect(r.errorsPerEpoch.slice(0, -1).every((e) => e > 0)).toBe(true);
        expect(xs.map((x) => p.predict(x))).toEqual(ts);
        expect(p.errors(xs, ts)).toBe(0);
      });
    }
  }

  it('never reaches zero errors on XOR (not linearly separable)', () => {
    for (const output of ['binary', 'bipolar'] as const) {
      const p = new Perceptron({ inputs: 2, output });
      const ts = output === 'binary' ? [0, 1, 1, 0] : [-1, 1, 1, -1];
      const r = p.train(output === 'binary' ? X01 : XPM, ts, { maxEpochs: 1000 });
      expect(r.converged).toBe(false);
      expect(r.epochs).toBe(1000);
      expect(r.errorsPerEpoch).toHaveLength(1000);
      expect(Math.min(...r.errorsPerEpoch)).toBeGreaterThan(0);
    }
  });

  it('shuffles with a seed: same seed, same run bit for bit', () => {
    const run = (seed: number) => {
      const p = new Perceptron({ inputs: 2, init: 'uniform', seed });
      const r = p.train(X01, GATES.or.binary, { shuffle: true, seed });
      return {
        r,
        order: [
          ...new Perceptron({ inputs: 2 }).steps(X01, GATES.or.binary, {
            shuffle: true,
            seed,
            maxEpochs: 1,
          }),
        ].map((s) => s.sample),
      };
    };
    const a = run(3);
    const b = run(3);
    expect(a.r.converged).toBe(true);
    expect(Array.from(a.r.weights)).toEqual(Array.from(b.r.weights));
    expect(a.r.errorsPerEpoch).toEqual(b.r.errorsPerEpoch);
    expect(a.order).toEqual(b.order);
    expect([...a.order].sort()).toEqual([0, 1, 2, 3]);
    const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => run(s).order.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('draws uniform initial weights from the seed within the range', () => {
    const w1 = new Perceptron({ inputs: 3, init: 'uniform', initRange: 0.1, seed: 9 }).weights;
    const w2 = new Perceptron({ inputs: 3, init: 'uniform', initRange: 0.1, rng: new Rng(9) })
      .weights;
    expect(Array.from(w1)).toEqual(Array.from(w2));
    expect(Array.from(w1).every((w) => Math.abs(w) <= 0.1)).toBe(true);
    expect(new Set(w1).size).toBe(4);
  });

  it('gives the decision line of a 2-input unit', () => {
    const p = new Perceptron({ inputs: 2, init: [-3, 2, 1] });
    const line = p.decisionLine();
    expect(line).toEqual({ a: 2, b: 1, c: -3, slope: -2, intercept: 3, verticalX: null });
    p.setWeights([1, 2, 0]);
    expect(p.decisionLine()?.verticalX).toBe(-0.5);
    p.setWeights([1, 0, 0]);
    expect(p.decisionLine()).toBeNull();
    expect(() => new Perceptron({ inputs: 3 }).decisionLine()).toThrow(/2 inputs/);
  });

  it('rejects invalid arguments with clear messages', () => {
    expect(() => new Perceptron({ inputs: 0 })).toThrow(/inputs must be a positive integer/);
    expect(() => new Perceptron({ inputs: 2, learningRate: -1 })).toThrow(/learningRate/);
    expect(() => new Perceptron({ inputs: 2, output: 'ternary' as never })).toThrow(
      /output must be/,
    );
    expect(() => new Perceptron({ inputs: 2, init: 'uniform' })).toThrow(/needs a seed or an rng/);
    expect(() => new Perceptron({ inputs: 2, init: [1, 2] })).toThrow(/3 numbers/);
    const p = new Perceptron({ inputs: 2 });
    expect(() => p.train(X01, [0, 1, 1, 2])).toThrow(
      /target 3 is 2; binary targets must be 0 or 1/,
    );
    expect(() => p.train(X01, [0, 1, 1])).toThrow(/4 samples but 3 targets/);
    expect(() => p.train([[0, 0], [1]], [0, 1])).toThrow(/sample 1 has 1 inputs, expected 2/);
    expect(() => p.train(X01, [0, 1, 1, 0], { maxEpochs: 0 })).toThrow(/maxEpochs/);
    expect(() => p.train(X01, [0, 1, 1, 0], { shuffle: true })).toThrow(/shuffle needs a seed/);
    expect(() => p.predict([0, NaN])).toThrow(/input 1 is NaN/);
    expect(() => p.step([0, 1], -1)).toThrow(/binary targets/);
  });
});
