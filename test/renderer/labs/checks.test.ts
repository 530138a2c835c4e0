// Every check kind passes on a right answer and fails, saying what is wrong, on a wrong one.
import { CHECK_KIND_NAMES, checkProblems } from '../../../src-main/contract/lab-document';
import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { leastSquares } from '../../../src-engine/units/least-squares';
import { Madaline } from '../../../src-engine/units/madaline';
import { xorNetwork } from '../../../src-engine/units/mp-network';
import { CHECK_KINDS, runCheck } from '../../../src-renderer/labs/checks/registry';
import { trainXor, xorSpec } from '../../../src-renderer/labs/models/xor-network';

/** A check's problems, through the shared lab-document schema. */
const checkParamsProblems = (kind: string, params: object) => checkProblems({ ...params, kind });

type Pt = [number, number, number];
const unit = (threshold: number, kinds: ('excitatory' | 'inhibitory')[], mode = 'weighted') => ({
  inputs: kinds.map((_, i) => `a${i + 1}`),
  nodes: [
    {
      id: 'c',
      sources: kinds.map((_, i) => `a${i + 1}`),
      unit: { mode, threshold, inputs: kinds.map((kind) => ({ kind, weight: 1 })) },
    },
  ],
  outputs: ['c'],
});

describe('truth-table-equals', () => {
  const and = { kind: 'truth-table-equals', outputs: [0, 0, 0, 1] };

  it('passes AND with θ = 2 and fails θ = 1 naming the wrong rows', () => {
    expect(runCheck(and, { circuit: unit(2, ['excitatory', 'excitatory']) }).passed).toBe(true);
    const r = runCheck(and, { circuit: unit(1, ['excitatory', 'excitatory']) });
    expect(r.passed).toBe(false);
    expect(r.message).toBe(
      '2 of 4 rows are wrong: for a1 = 0, a2 = 1 it gives 1, the table wants 0; for a1 = 1, a2 = 0 it gives 1, the table wants 0.',
    );
  });

  it("passes the lecture's XOR network and refuses a wrong input count", () => {
    const xor = { kind: 'truth-table-equals', outputs: [0, 1, 1, 0] };
    expect(runCheck(xor, { circuit: xorNetwork().toSpec() }).passed).toBe(true);
    expect(runCheck(xor, { circuit: unit(0, ['inhibitory']) }).message).toBe(
      'The circuit has 1 inputs; this table needs 2.',
    );
  });

  it('requires the asked inhibition rule', () => {
    const check = {
      kind: 'truth-table-equals',
      outputs: [0, 0, 1, 0, 1, 0, 1, 0],
      mode: 'absolute',
    };
    const kinds = ['excitatory', 'excitatory', 'inhibitory'] as const;
    expect(runCheck(check, { circuit: unit(1, [...kinds], 'absolute') }).passed).toBe(true);
    const weighted = runCheck(check, { circuit: unit(1, [...kinds]) });
    expect(weighted.passed).toBe(false);
    expect(weighted.message).toContain('uses weighted inhibition');
  });

  it("XNOR from the lecture's XOR network by changing only y: a NAND of h1 and h2", () => {
    const check = { kind: 'truth-table-equals', outputs: [1, 0, 0, 1], onlyChange: ['y'] };
    const spec = xorNetwork().toSpec();
    const y = spec.nodes[2].unit;
    y.inputs = y.inputs.map(() => ({ kind: 'inhibitory' as const, weight: 1 }));
    y.threshold = -1;
    expect(runCheck(check, { circuit: spec, changed: ['y'] }).passed).toBe(true);
    // the same table reached by rebuilding a hidden unit is refused, naming it
    const r = runCheck(check, { circuit: spec, changed: ['h1', 'y'] });
    expect(r).toEqual({
      passed: false,
      message:
        'You changed unit h1; this task allows changing only y. Press “Reset the units” and try again.',
    });
    // the lecture's own AND at y is still XOR, and copying h1's OR into y always fires
    const lecture = xorNetwork().toSpec();
    expect(runCheck(check, { circuit: lecture, changed: [] }).passed).toBe(false);
    lecture.nodes[2].unit.threshold = 1;
    expect(runCheck(check, { circuit: lecture, changed: ['y'] }).message).toMatch(/^2 of 4 rows/);
    expect(checkParamsProblems('truth-table-equals', { ...check, onlyChange: [] })).toEqual([
      { path: 'onlyChange', message: 'must be a list of unit ids' },
    ]);
  });

  it('fails a malformed answer with a message instead of throwing', () => {
    expect(runCheck(and, null)).toEqual({
      passed: false,
      message: 'There is no circuit to check yet.',
    });
    const bad = unit(2, ['excitatory', 'excitatory']);
    bad.nodes[0].sources = ['a1'];
    expect(runCheck(and, { circuit: bad }).message).toMatch(/^The circuit is not valid: /);
  });
});

describe('perceptron-separates', () => {
  const check = { kind: 'perceptron-separates', minPerClass: 2 };
  const points: Pt[] = [
    [1, 1, 1],
    [2, 1, 1],
    [-1, -1, 0],
    [-2, 0, 0],
  ];

  it('passes a separating line and fails a wrong one, counting misclassified points', () => {
    expect(runCheck(check, { points, weights: [0, 1, 1] }).passed).toBe(true);
    const r = runCheck(check, { points, weights: [0, -1, -1] });
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/^4 of 4 points are still on the wrong side/);
  });

  it('says how many points a class still needs', () => {
    const r = runCheck(check, { points: points.slice(1), weights: [0, 1, 1] });
    expect(r.message).toBe('class 1 has 1 point, add at least 1 more.');
  });
});

describe('adaline-least-squares', () => {
  const points: Pt[] = [
    [0, 0, -1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ];
  const best = Array.from(
    leastSquares(
      points.map((p) => [p[0], p[1]]),
      points.map((p) => p[2]),
    ),
  );
  const check = { kind: 'adaline-least-squares', tolerance: 0.05 };

  it('passes weights near the normal-equation solution, fails far ones with the distance', () => {
    expect(runCheck(check, { points, weights: best.map((w) => w + 0.04) }).passed).toBe(true);
    const r = runCheck(check, { points, weights: [best[0] + 0.2, best[1], best[2]] });
    expect(r.passed).toBe(false);
    expect(r.message).toContain('a weight is still 0.2 from the least-squares weights');
  });
});

describe('madaline-classifies', () => {
  const points: Pt[] = [
    [-1, 1, 1],
    [1, -1, 1],
    [-1, -1, -1],
    [1, 1, -1],
  ];
  const check = { kind: 'madaline-classifies' };

  it('passes a trained MADALINE and fails an untrained one', () => {
    const m = new Madaline({ inputs: 2, hidden: 2, logic: 'and', seed: 3 });
    const untrained = m.weights.map((w) => Array.from(w));
    const wrongBefore = points.filter((p) => m.predict([p[0], p[1]]) !== p[2]).length;
    expect(wrongBefore).toBeGreaterThan(0);
    const failed = runCheck(check, { points, weights: untrained, logic: 'and' });
    expect(failed.passed).toBe(false);
    expect(failed.message).toMatch(
      new RegExp(`^${wrongBefore} of 4 points are still misclassified`),
    );
    expect(
      m.train(
        points.map((p) => [p[0], p[1]]),
        points.map((p) => p[2]),
      ).converged,
    ).toBe(true);
    const trained = m.weights.map((w) => Array.from(w));
    expect(runCheck(check, { points, weights: trained, logic: 'and' }).passed).toBe(true);
  });
});

describe('perceptron-never-settles', () => {
  const check = { kind: 'perceptron-never-settles', minEpochs: 20, outputs: [0, 1, 1, 0] };

  it('passes after enough epochs on XOR, fails too few epochs and a separable table', () => {
    expect(runCheck(check, { learningRate: 1, epochs: 25 }).passed).toBe(true);
    expect(runCheck(check, { learningRate: 1, epochs: 3 }).message).toBe(
      'You have run 3 epochs; run at least 20 to see that it never settles.',
    );
    const and = { ...check, outputs: [0, 0, 0, 1] };
    expect(runCheck(and, { learningRate: 1, epochs: 25 }).message).toMatch(/linearly separable/);
  });
});

describe('network-classifies', () => {
  const check = { kind: 'network-classifies', outputs: [0, 1, 1, 0] };

  it('passes a trained 2-2-1 and fails the untrained one, naming the rows', () => {
    const trained = trainXor({ activation: 'sigmoid', learningRate: 2, epochs: 3000, seed: 1 });
    expect(runCheck(check, { spec: trained.spec, weights: trained.weights }).passed).toBe(true);
    const spec = xorSpec('sigmoid');
    const untrained = new Network(spec, { seed: 1 }).getWeights();
    const r = runCheck(check, { spec, weights: untrained });
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/rows are wrong: \(/);
  });

  it('with nameHidden, each hidden unit must be named by its table, read from its net input', () => {
    const named = { ...check, nameHidden: true };
    const t = trainXor({ activation: 'sigmoid', learningRate: 2, epochs: 3000, seed: 1 });
    // by hand: unit j is on at row x when w_j·x + b_j > 0
    const rows = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const tables = t.weights.W[0].map((w, j) =>
      rows.map((x) => Number(w[0] * x[0] + w[1] * x[1] + t.weights.b[0][j] > 0)).join(''),
    );
    expect(tables).toEqual(['0001', '0111']); // seed 1 finds AND and OR
    const answer = (hiddenGuess: string[]) => ({ spec: t.spec, weights: t.weights, hiddenGuess });
    expect(runCheck(named, answer(['', ''])).message).toMatch(/Now read it/);
    // the lecture's OR and NAND are not what this network learned
    expect(runCheck(named, answer(['0111', '1110'])).message).toMatch(/computes something else/);
    expect(runCheck(named, answer(['0111', '0001'])).passed).toBe(false);
    expect(runCheck(named, answer(tables))).toEqual({
      passed: true,
      message:
        'Right: the outputs round to the table, and the hidden units compute x₁ AND x₂ and x₁ OR x₂.',
    });
  });
});

describe('check parameters', () => {
  it('every kind reports bad parameters by field', () => {
    // the registry runs exactly the checks the shared lab schema lets a lab name
    expect(Object.keys(CHECK_KINDS).sort()).toEqual([...CHECK_KIND_NAMES].sort());
    expect(checkParamsProblems('truth-table-equals', { outputs: [0, 1, 1] })[0].path).toBe(
      'outputs',
    );
    expect(checkParamsProblems('perceptron-separates', { minPerClass: 0 })[0].path).toBe(
      'minPerClass',
    );
    expect(checkParamsProblems('adaline-least-squares', {})[0].path).toBe('tolerance');
    expect(checkParamsProblems('network-classifies', { outputs: 'x' })[0].path).toBe('outputs');
    expect(checkParamsProblems('nope', {})).toEqual([
      { path: 'kind', message: expect.stringMatching(/^unknown check "nope"/) },
    ]);
    expect(runCheck({ kind: 'nope' }, {}).passed).toBe(false);
  });
});

describe('activation-derivative', () => {
  const check = { kind: 'activation-derivative', function: 'tanh', below: 0.01 };

  it('passes where tanh′ has vanished, fails near 0 and on another function', () => {
    // tanh′(3) = 1 − tanh(3)² ≈ 0.0099
    expect(1 - Math.tanh(3) ** 2).toBeLessThan(0.01);
    expect(runCheck(check, { function: 'tanh', x: 3, param: NaN }).passed).toBe(true);
    const near = runCheck(check, { function: 'tanh', x: 0.5, param: NaN });
    expect(near.passed).toBe(false);
    expect(near.message).toBe(
      `At x = 0.5, tanh′(x) = ${Math.round((1 - Math.tanh(0.5) ** 2) * 1000) / 1000}, not below 0.01 yet: move x further from 0.`,
    );
    expect(runCheck(check, { function: 'sigmoid', x: 3, param: NaN }).message).toBe(
      'Show tanh first: the plot shows sigmoid.',
    );
  });

  it('finds where tanh′ = 0.01: x = atanh(√0.99) ≈ 2.993, within 0.01, on the positive side', () => {
    const equals = {
      kind: 'activation-derivative',
      function: 'tanh',
      equals: 0.01,
      xTolerance: 0.01,
    };
    const root = Math.atanh(Math.sqrt(0.99));
    expect(root).toBeCloseTo(2.9932, 4);
    const at = (x: number) => runCheck(equals, { function: 'tanh', x, param: NaN });
    expect(at(2.99).passed).toBe(true);
    expect(at(3).passed).toBe(true);
    // the number on screen (0.01), the default x (0) and a slider stop short of it fail
    expect(at(0.01).message).toMatch(/still above 0\.01: go further out\.$/);
    expect(at(0).message).toMatch(/look on the positive side/);
    expect(at(2.9).passed).toBe(false);
    expect(at(3.5).message).toMatch(/already below 0\.01: come back towards 0\.$/);
    expect(at(-2.99).passed).toBe(false);
    expect(
      checkParamsProblems('activation-derivative', { function: 'tanh', equals: 0.01 }),
    ).toEqual([{ path: 'xTolerance', message: 'must be a positive number with equals' }]);
  });
});

describe('softmax-equals', () => {
  const check = { kind: 'softmax-equals', target: [0.51, 0.18, 0.31], fixed: [1.6, 0.55, null] };

  it("passes the slide's scores [1.60, 0.55, 1.10], fails the lecture's [1.60, 0.55, 0.98]", () => {
    expect(runCheck(check, { scores: [1.6, 0.55, 1.1] }).passed).toBe(true);
    expect(runCheck(check, { scores: [1.6, 0.55, 0.98] }).message).toBe(
      'softmax gives [0.53, 0.19, 0.28], the target is [0.51, 0.18, 0.31].',
    );
    // the slide's target copied into z3 is far off
    expect(runCheck(check, { scores: [1.6, 0.55, 0.31] }).passed).toBe(false);
    // z3 = z1 + ln(a3/a1), worked out from the ratio
    expect(runCheck(check, { scores: [1.6, 0.55, 1.6 + Math.log(0.31 / 0.51)] }).passed).toBe(true);
    expect(runCheck(check, { scores: [1.7, 0.55, 1.1] }).message).toBe(
      'Keep score 1 at 1.6; change the others.',
    );
  });
});
