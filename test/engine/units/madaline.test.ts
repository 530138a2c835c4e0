import { describe, it, expect } from 'vitest';
import { Madaline } from '../../../src-engine/units/madaline';

const X = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
const XOR = [-1, 1, 1, -1];

describe('Madaline', () => {
  it('combines hidden outputs with AND, OR and majority (ties give +1)', () => {
    const m = (logic: 'and' | 'or' | 'majority') =>
      new Madaline({
        inputs: 1,
        hidden: 2,
        logic,
        init: [
          [0, 0],
          [0, 0],
        ],
      });
    expect(
      [
        [1, 1],
        [1, -1],
        [-1, -1],
      ].map((h) => m('and').combine(h)),
    ).toEqual([1, -1, -1]);
    expect(
      [
        [1, 1],
        [1, -1],
        [-1, -1],
      ].map((h) => m('or').combine(h)),
    ).toEqual([1, 1, -1]);
    expect(
      [
        [1, 1],
        [1, -1],
        [-1, -1],
      ].map((h) => m('majority').combine(h)),
    ).toEqual([1, 1, -1]);
    expect(m('majority').combine([1, -1, -1])).toBe(-1);
  });

  it('computes one MRII step by hand: flip the only helpful Adaline, α-LMS to the target', () => {
    const m = new Madaline({
      inputs: 2,
      hidden: 2,
      logic: 'and',
      init: [
        [0, 1, 0],
        [0.1, 0, 1],
      ],
    });
    // nets: 1 and 0.1 − 1 = −0.9 → hidden [+1, −1] → AND = −1, t = +1
    const s = m.step([1, -1], 1);
    expect(s.error).toBe(true);
    expect(s.hidden).toEqual([1, -1]);
    expect(s.trialOrder).toEqual([1, 0]);
    expect(s.flipped).toEqual([1]);
    // Δw = α·(t − net)·x/|x|² = 1·1.9·[1, 1, −1]/3
    [1.9 / 3, 1.9 / 3, -1.9 / 3].forEach((v, j) => expect(s.updates[0][j]).toBeCloseTo(v, 14));
    expect(Array.from(s.weights[0])).toEqual([0, 1, 0]);
    expect(m.nets([1, -1])[1]).toBeCloseTo(1, 14); // α = 1 lands the net exactly on t
    expect(m.predict([1, -1])).toBe(1);
  });

  it('flips the least confident Adalines first, as many as the logic needs', () => {
    const or = new Madaline({
      inputs: 1,
      hidden: 2,
      logic: 'or',
      init: [
        [0.9, 0],
        [0.2, 0],
      ],
    });
    expect(or.step([1], -1).flipped).toEqual([1, 0]); // OR = −1 needs both down
    const maj = new Madaline({
      inputs: 1,
      hidden: 3,
      logic: 'majority',
      init: [
        [-0.5, 0],
        [-0.1, 0],
        [-0.3, 0],
      ],
    });
    const s = maj.step([1], 1);
    expect(s.trialOrder).toEqual([1, 2, 0]);
    expect(s.flipped).toEqual([1, 2]); // two of three suffice
    expect(Array.from(s.weights[0])).toEqual([-0.5, 0]);
  });

  it('leaves weights alone when the output is already right', () => {
    const m = new Madaline({ inputs: 2, hidden: 2, logic: 'or', seed: 1 });
    const before = m.weights;
    const t = m.predict([1, 1]);
    const s = m.step([1, 1], t);
    expect(s.error).toBe(false);
    expect(s.flipped).toEqual([]);
    expect(m.weights).toEqual(before);
  });

  for (const logic of ['and', 'or'] as const) {
    it(`solves XOR with 2 Adalines + ${logic.toUpperCase()} from a fixed seed`, () => {
      const m = new Madaline({ inputs: 2, hidden: 2, logic, seed: 42 });
      const r = m.train(X, XOR, { maxEpochs: 100 });
      expect(r.converged).toBe(true);
      expect(r.errorsPerEpoch[r.epochs - 1]).toBe(0);
      expect(X.map((x) => m.predict(x))).toEqual(XOR);
    });
  }

  it('solves XOR with 3 Adalines + majority, shuffled', () => {
    const m = new Madaline({ inputs: 2, hidden: 3, logic: 'majority', seed: 5 });
    const r = m.train(X, XOR, { maxEpochs: 100, shuffle: true, seed: 6 });
    expect(r.converged).toBe(true);
    expect(X.map((x) => m.predict(x))).toEqual(XOR);
  });

  it('is reproducible bit for bit from the same seed, and differs with another', () => {
    const run = (seed: number) => {
      const m = new Madaline({ inputs: 2, hidden: 2, logic: 'and', seed, learningRate: 0.7 });
      return m.train(X, XOR, { maxEpochs: 50, shuffle: true, seed: seed + 1 });
    };
    const a = run(11);
    const b = run(11);
    expect(a.epochs).toBe(b.epochs);
    expect(a.errorsPerEpoch).toEqual(b.errorsPerEpoch);
    a.weights.forEach((w, i) => expect(Array.from(w)).toEqual(Array.from(b.weights[i])));
    expect(Array.from(run(12).weights[0])).not.toEqual(Array.from(a.weights[0]));
  });

  it('rejects invalid arguments with clear messages', () => {
    expect(() => new Madaline({ inputs: 2, hidden: 2, logic: 'and' })).toThrow(
      /need a seed or an rng/,
    );
    expect(() => new Madaline({ inputs: 2, hidden: 0, logic: 'and', seed: 1 })).toThrow(
      /hidden must be a positive integer/,
    );
    expect(() => new Madaline({ inputs: 2, hidden: 2, logic: 'xor' as never, seed: 1 })).toThrow(
      /logic must be/,
    );
    expect(
      () => new Madaline({ inputs: 2, hidden: 2, logic: 'or', seed: 1, learningRate: 2 }),
    ).toThrow(/\(0, 2\)/);
    expect(() => new Madaline({ inputs: 2, hidden: 2, logic: 'or', init: [[0, 0, 0]] })).toThrow(
      /1 weight vectors for 2/,
    );
    const m = new Madaline({ inputs: 2, hidden: 2, logic: 'or', seed: 1 });
    expect(() => m.train(X, [0, 1, 1, 0])).toThrow(
      /target 0 is 0; bipolar targets must be -1 or \+1/,
    );
    expect(() => m.step([1], 1)).toThrow(/1 inputs, expected 2/);
  });
});
