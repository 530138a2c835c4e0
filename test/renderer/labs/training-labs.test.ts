// Labs 9–11: the files validate, every number the figures show equals an independent
// computation (closed forms, central finite differences, plain loops), and the checks pass on
// right answers and fail on wrong ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bestConstant,
  lastEpochMean,
  lossFloor,
  RATE_SWEEP,
} from '../../../src-renderer/labs/training/schedule-quality';
import { lossGradients, zAtRatio } from '../../../src-renderer/labs/training/loss-gradients';
import { generate } from '../../../src-engine/data/generators';
import { Network } from '../../../src-engine/network/network';
import { bundledLabs } from '../../../src-renderer/labs/bundled-labs';
import { runCheck } from '../../../src-renderer/labs/checks/registry';
import { formatPath } from '../../../src-main/contract/lab-document';
import {
  FIGURE_KINDS,
  type FigureKind,
} from '../../../src-main/contract/lab-document/figure-kinds';
import { LabFileError, parseLab, type Lab } from '../../../src-renderer/labs/lab-schema';
import { batchPlan, planProblems } from '../../../src-renderer/labs/training/batch-arithmetic';
import {
  compareBatchSizes,
  compareSchedules,
} from '../../../src-renderer/labs/training/compare-runs';
import {
  gradientTerms,
  neuronGradient,
  neuronLoss,
  neuronTrain,
  type NeuronMode,
  type XT,
} from '../../../src-renderer/labs/training/sigmoid-neuron';
import type {
  BatchCompareSetup,
  ScheduleCompareSetup,
  SigmoidNeuronSetup,
} from '../../../src-main/contract/lab-document/figures-training';
import {
  datasetOf,
  epochLosses,
  finalLoss,
} from '../../../src-renderer/labs/training/training-runs';

const DIR = join(__dirname, '../../../resources/labs');
const FILES = ['10-sigmoid-neuron.json', '11-learning-rate-schedules.json', '15-batch-size.json'];
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const lab = (file: string): Lab => parseLab(read(file), file);
const setupOf = <S>(file: string, activity: number): S =>
  lab(file).activities[activity].figure.setup as unknown as S;

// --- independent formulas (plain loops, no engine) --------------------------------------
const sigma = (z: number): number => 1 / (1 + Math.exp(-z));
function J(mode: NeuronMode, pts: XT[], w0: number, w1: number): number {
  const m = pts.length;
  let s = 0;
  for (const [x, t] of pts) {
    const h = sigma(w0 + w1 * x);
    s += mode === 'regression' ? (h - t) ** 2 / 2 : -(t * Math.log(h) + (1 - t) * Math.log(1 - h));
  }
  return s / m;
}
function finiteDiff(mode: NeuronMode, pts: XT[], w: [number, number]): [number, number] {
  const e = 1e-6;
  return [
    (J(mode, pts, w[0] + e, w[1]) - J(mode, pts, w[0] - e, w[1])) / (2 * e),
    (J(mode, pts, w[0], w[1] + e) - J(mode, pts, w[0], w[1] - e)) / (2 * e),
  ];
}

describe('the training labs (sigmoid neuron, schedules, batch size)', () => {
  it.each(FILES)('%s validates with the lab loader', (file) => {
    expect(() => lab(file)).not.toThrow();
  });

  it('are bundled without problems, at places 10, 11 and 15 (batch size after decision surfaces)', () => {
    const { labs, problems } = bundledLabs();
    expect(problems.filter((p) => /^(10|11|15)-/.test(p))).toEqual([]);
    const ours = labs.filter((l) => [10, 11, 15].includes(l.order)).map((l) => l.id);
    expect(ours).toEqual(['sigmoid-neuron', 'learning-rate-schedules', 'batch-size']);
    const at = (id: string): number => labs.find((l) => l.id === id)!.order;
    expect(at('batch-size')).toBeGreaterThan(at('decision-boundaries'));
  });

  it('name the bad field of a broken setup', () => {
    const data = read(FILES[0]) as unknown as Lab;
    (data.activities[0].figure.setup as Record<string, unknown>).points = [[0, 2]];
    const err = ((): LabFileError | null => {
      try {
        parseLab(data, 'x.json');
        return null;
      } catch (e) {
        return e as LabFileError;
      }
    })();
    expect(err).toBeInstanceOf(LabFileError);
    expect(err?.message).toContain('activities[0].figure.setup.points');
  });

  it('reject setups that cannot work, naming the field', () => {
    const sched = setupOf<ScheduleCompareSetup>(FILES[1], 0);
    const paths = (kind: FigureKind, s: unknown): string[] =>
      FIGURE_KINDS[kind].setup.safeParse(s).error?.issues.map((i) => formatPath(i.path)) ?? [];
    expect(paths('schedule-compare', sched)).toEqual([]);
    expect(paths('schedule-compare', { ...sched, dataset: { name: 'nope', params: {} } })).toEqual([
      'dataset',
    ]);
    expect(
      paths('schedule-compare', { ...sched, network: { inputs: 2, layers: sched.network.layers } }),
    ).toEqual(['network']);
    expect(paths('schedule-compare', { ...sched, batchSize: 51 })).toEqual(['batchSize']);
    const batch = setupOf<BatchCompareSetup>(FILES[2], 1);
    expect(paths('batch-compare', { ...batch, miniBatch: 50 })).toEqual(['miniBatch']);
    expect(paths('batch-calculator', { m: 10, K: 11, epochs: 1 })).toEqual(['K']);
    expect(
      paths('sigmoid-neuron', {
        ...setupOf<SigmoidNeuronSetup>(FILES[0], 1),
        points: [
          [0, 0.5],
          [1, 1],
        ],
      }),
    ).toEqual(['points[0]']);
    expect(
      paths('sigmoid-neuron', { ...setupOf<SigmoidNeuronSetup>(FILES[0], 0), ask: 'w2' }),
    ).toEqual(['ask']);
  });
});

describe('lab 9: one sigmoid neuron', () => {
  const cases: [string, SigmoidNeuronSetup][] = [0, 1].map((i) => {
    const s = setupOf<SigmoidNeuronSetup>(FILES[0], i);
    return [s.mode, s];
  });

  it.each(cases)('%s: J and the gradient equal the formulas and finite differences', (_, s) => {
    for (const w of [s.weights, [0.3, -1.2], [-2, 2.5]] as [number, number][]) {
      expect(neuronLoss(s.mode, s.points, w)).toBeCloseTo(J(s.mode, s.points, w[0], w[1]), 12);
      const g = neuronGradient(s.mode, s.points, w);
      const fd = finiteDiff(s.mode, s.points, w);
      expect(g[0]).toBeCloseTo(fd[0], 7);
      expect(g[1]).toBeCloseTo(fd[1], 7);
      // the substituted formula: the shown terms, summed and divided by m, give the gradient
      const terms = gradientTerms(s.mode, s.points, w);
      const m = s.points.length;
      expect(terms.reduce((a, t) => a + t.factor, 0) / m).toBeCloseTo(g[0], 12);
      expect(terms.reduce((a, t) => a + t.factor * t.x, 0) / m).toBeCloseTo(g[1], 12);
    }
  });

  it.each(cases)('%s: a gradient step is w − α∇J', (_, s) => {
    const g = finiteDiff(s.mode, s.points, s.weights);
    const next = neuronTrain(s.mode, s.points, s.weights, s.learningRate, 1);
    expect(next[0]).toBeCloseTo(s.weights[0] - s.learningRate * g[0], 7);
    expect(next[1]).toBeCloseTo(s.weights[1] - s.learningRate * g[1], 7);
  });

  it('the regression task wants an α that reaches J < 0.001 in 10 steps, and says why others fail', () => {
    const s = cases[0][1];
    const task = lab(FILES[0]).activities[0].task!;
    const answer = (learningRate: number, weights: [number, number] = s.weights) => ({
      mode: s.mode,
      points: s.points,
      weights,
      entered: NaN,
      learningRate,
      start: s.weights,
    });
    // 10 steps of w ← w − α∇J by hand (the gradient by central differences of the formula)
    const tenSteps = (alpha: number): number => {
      let w: [number, number] = [...s.weights];
      for (let k = 0; k < 10; k++) {
        const g = finiteDiff(s.mode, s.points, w);
        w = [w[0] - alpha * g[0], w[1] - alpha * g[1]];
      }
      return J('regression', s.points, w[0], w[1]);
    };
    expect(tenSteps(5)).toBeLessThan(0.001);
    expect(tenSteps(s.learningRate)).toBeGreaterThan(0.001);
    expect(tenSteps(30)).toBeGreaterThan(0.001);
    expect(runCheck(task.check, answer(5)).passed).toBe(true);
    // the default α (one click on Check), the target copied as α, and an α that saturates
    expect(runCheck(task.check, answer(s.learningRate)).message).toMatch(/steps are too small/);
    expect(runCheck(task.check, answer(0.001)).message).toMatch(/h\(1 − h\) ≤ ¼/);
    expect(runCheck(task.check, answer(30)).message).toMatch(
      /too large: the steps throw w₁ far past the fit/,
    );
    // trained weights do not matter: the check replays 10 steps from the start
    const trained = neuronTrain(s.mode, s.points, s.weights, 0.5, 100);
    expect(runCheck(task.check, answer(0.5, trained)).passed).toBe(false);
    expect(runCheck(task.check, answer(0)).message).toMatch(/above 0/);
    expect(runCheck(task.check, null).passed).toBe(false);
  });

  it('the gradient task passes on ∂J/∂w1 and fails on wrong signs, sums and blanks', () => {
    const s = cases[1][1];
    const task = lab(FILES[0]).activities[1].task!;
    const exact = finiteDiff(s.mode, s.points, s.weights)[1];
    const answer = (entered: number) => ({
      mode: s.mode,
      points: s.points,
      weights: s.weights,
      entered,
    });
    expect(runCheck(task.check, answer(exact)).passed).toBe(true);
    expect(runCheck(task.check, answer(Math.round(exact * 1000) / 1000)).passed).toBe(true);
    const wrongSign = runCheck(task.check, answer(-exact));
    expect(wrongSign.passed).toBe(false);
    expect(wrongSign.message).toContain('sign');
    const sum = runCheck(task.check, answer(exact * s.points.length));
    expect(sum.passed).toBe(false);
    expect(sum.message).toContain('divide by m');
    // the lecture's formula with the stray tⁱ gives another number, which must fail
    const lectures =
      s.points.reduce((a, [x, t]) => a + t * x * (sigma(s.weights[0] + s.weights[1] * x) - t), 0) /
      s.points.length;
    expect(Math.abs(lectures - exact)).toBeGreaterThan(0.01);
    expect(runCheck(task.check, answer(lectures)).passed).toBe(false);
    expect(runCheck(task.check, answer(NaN)).message).toContain('Enter a number');
  });
});

// --- labs 10 and 11: the runs, against plain loops ----------------------------------------
function initialLoss(s: ScheduleCompareSetup | BatchCompareSetup): number {
  const data = generate(s.dataset.name, s.dataset.params, 'float64');
  const w = new Network(s.network, { dtype: 'float64', seed: s.seed }).getWeights();
  let sum = 0;
  for (let i = 0; i < data.m; i++) sum += (w.b[0][0] + w.W[0][0][0] * data.x[i] - data.y[i]) ** 2;
  return sum / (2 * data.m);
}

describe('lab 10: learning rate schedules', () => {
  const s = setupOf<ScheduleCompareSetup>(FILES[1], 0);
  const task = lab(FILES[1]).activities[0].task!;

  it('rates are α and c1/(k + c2) for k = 0, 1, …; both curves start at the same loss', () => {
    const runs = compareSchedules(s, 1, 20);
    expect(runs.constant.rates).toHaveLength(1000);
    expect(runs.constant.rates.every((r) => r === s.constantRate)).toBe(true);
    runs.inverse.rates.forEach((r, k) => expect(r).toBeCloseTo(1 / (k + 20), 15));
    expect(runs.constant.losses[0]).toBeCloseTo(initialLoss(s), 12);
    expect(runs.inverse.losses[0]).toBeCloseTo(initialLoss(s), 12);
    expect(runs.constant.losses).toHaveLength(1001);
  });

  it('the task compares last-epoch means with the best constant of a sweep, above J*', () => {
    const answer = (c1: number, c2: number) => ({ setup: s, c1, c2 });
    // J* by the normal equations, solved here by hand for one input: w1 = cov/var, w0 = ȳ − w1·x̄
    const d = datasetOf(s.dataset);
    const xs = Array.from(d.x);
    const ys = Array.from(d.y);
    const mx = xs.reduce((a, b) => a + b, 0) / d.m;
    const my = ys.reduce((a, b) => a + b, 0) / d.m;
    const w1 =
      xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) /
      xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    const w0 = my - w1 * mx;
    const floor = xs.reduce((a, x, i) => a + (w0 + w1 * x - ys[i]) ** 2, 0) / (2 * d.m);
    expect(lossFloor(s)).toBeCloseTo(floor, 10);
    // the best constant: no rate of the sweep does better over the last epoch
    const best = bestConstant(s);
    for (const rate of RATE_SWEEP) {
      const run = compareSchedules({ ...s, constantRate: rate }, 1, 20).constant;
      expect(lastEpochMean(run)).toBeGreaterThanOrEqual(best.mean);
    }
    const mean = (c1: number, c2: number): number =>
      lastEpochMean(compareSchedules(s, c1, c2).inverse);
    expect(mean(1, 10) - floor).toBeLessThan(0.5 * (best.mean - floor));
    expect(runCheck(task.check, answer(1, 10)).passed).toBe(true);
    // the start values (a one-click Check), the constant's rate copied as c1/c2, and divergence
    expect(runCheck(task.check, answer(s.c1, s.c2)).message).toMatch(
      /starts below the best constant rate/,
    );
    expect(runCheck(task.check, answer(0.05, 1)).passed).toBe(false);
    expect(runCheck(task.check, answer(5, 1)).message).toContain('diverged');
    // a run that beats the lab's constant α on its last loss need not beat the best constant
    const good = compareSchedules(s, 0.5, 100);
    expect(finalLoss(good.inverse)).toBeLessThan(finalLoss(good.constant));
    expect(runCheck(task.check, answer(0.5, 100)).passed).toBe(false);
    expect(runCheck(task.check, null).passed).toBe(false);
  });
});

describe('lab 11: batch size', () => {
  it("the lecture's example: m = 1000 gives 1000, 20 and 1 batches", () => {
    expect(batchPlan(1000, 1)).toMatchObject({
      batchesPerEpoch: 1000,
      lastBatch: 1,
      regime: 'stochastic',
    });
    expect(batchPlan(1000, 50)).toMatchObject({
      batchesPerEpoch: 20,
      lastBatch: 50,
      regime: 'mini-batch',
    });
    expect(batchPlan(1000, 1000)).toMatchObject({
      batchesPerEpoch: 1,
      lastBatch: 1000,
      regime: 'batch',
    });
    expect(batchPlan(1000, 64)).toMatchObject({ batchesPerEpoch: 16, lastBatch: 40 });
    expect(planProblems(0, 1)[0]).toMatch(/^m/);
    expect(planProblems(10, 0)[0]).toMatch(/^K/);
    expect(() => batchPlan(5, 6)).toThrow(/K \(batch size\) cannot exceed m = 5/);
  });

  it('the updates check passes on ⌈m/K⌉ × epochs and explains the usual mistakes', () => {
    const task = lab(FILES[2]).activities[0].task!;
    expect(runCheck(task.check, { entered: Math.ceil(1000 / 64) * 5 }).passed).toBe(true);
    const floor = runCheck(task.check, { entered: Math.floor(1000 / 64) * 5 });
    expect(floor.passed).toBe(false);
    expect(floor.message).toContain('last, smaller batch');
    expect(runCheck(task.check, { entered: 16 }).message).toContain('one epoch');
    expect(runCheck(task.check, { entered: NaN }).passed).toBe(false);
  });

  it('three runs from one start: K = 1, K, m updates per epoch as counted', () => {
    const s = setupOf<BatchCompareSetup>(FILES[2], 1);
    const runs = compareBatchSizes(s, s.miniBatch);
    expect(runs.map((r) => [r.K, r.curve.batchesPerEpoch])).toEqual([
      [1, 50],
      [10, 5],
      [50, 1],
    ]);
    for (const r of runs) {
      expect(r.curve.losses[0]).toBeCloseTo(initialLoss(s), 12);
      expect(r.curve.losses).toHaveLength(1 + s.epochs * r.curve.batchesPerEpoch);
      expect(epochLosses(r.curve)).toHaveLength(s.epochs + 1);
    }
    // full batch, data order irrelevant: one step is w − α∇J over all samples
    const data = generate(s.dataset.name, s.dataset.params, 'float64');
    const w = new Network(s.network, { dtype: 'float64', seed: s.seed }).getWeights();
    let [b, a] = [w.b[0][0], w.W[0][0][0]];
    let g0 = 0;
    let g1 = 0;
    for (let i = 0; i < data.m; i++) {
      const e = b + a * data.x[i] - data.y[i];
      g0 += e / data.m;
      g1 += (e * data.x[i]) / data.m;
    }
    [b, a] = [b - s.learningRate * g0, a - s.learningRate * g1];
    let loss = 0;
    for (let i = 0; i < data.m; i++) loss += (b + a * data.x[i] - data.y[i]) ** 2;
    expect(runs[2].curve.losses[1]).toBeCloseTo(loss / (2 * data.m), 10);
  });
});

describe('lab 9: a confidently wrong point', () => {
  const act = lab(FILES[0]).activities.find((a) => a.id === 'confidently-wrong')!;
  const check = act.task!.check;
  const sig = (z: number): number => 1 / (1 + Math.exp(-z));

  it('the squared error gradient is (h − t)h(1 − h) and the cross-entropy one h − t (finite differences)', () => {
    for (const z of [-6, -2, 0.5, 3]) {
      const h0 = 1e-6;
      const mse = (v: number): number => 0.5 * (sig(v) - 1) ** 2;
      const ce = (v: number): number => -Math.log(sig(v));
      const g = lossGradients(z, 1);
      expect(g.mse).toBeCloseTo((mse(z + h0) - mse(z - h0)) / (2 * h0), 7);
      expect(g.ce).toBeCloseTo((ce(z + h0) - ce(z - h0)) / (2 * h0), 7);
    }
  });

  it('passes where the ratio is 100 (z ≈ −4.585), fails the default, copied numbers and the wrong side', () => {
    const z = zAtRatio(100, 1);
    expect(1 / (sig(z) * (1 - sig(z)))).toBeCloseTo(100, 9);
    expect(z).toBeCloseTo(-4.585, 3);
    const at = (v: number) => runCheck(check, { z: v, target: 1 });
    expect(at(z).passed).toBe(true);
    expect(at(-4.6).passed).toBe(true);
    expect(at(2).message).toMatch(/confidently wrong/); // the default
    expect(at(-0.01).passed).toBe(false); // 0.01 copied, made negative
    expect(at(-3).message).toMatch(/go further out/);
    expect(at(-6).message).toMatch(/come back towards 0/);
    expect(at(4.585).passed).toBe(false); // the right side of 0 for t = 1
  });
});
