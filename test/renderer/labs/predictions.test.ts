// Predict, then reveal: the prediction logs the figures keep and the checks that judge them.
// Every expected update is worked out here from the lecture's rule, by hand or in a loop.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Madaline } from '../../../src-engine/units/madaline';
import { runCheck } from '../../../src-renderer/labs/checks/registry';
import type { LabPoint } from '../../../src-main/contract/lab-document/figures-classic';
import {
  freshSample,
  noPredictions,
  recordReveal,
} from '../../../src-renderer/labs/descent/backprop-predictions';
import { PerceptronWalk } from '../../../src-renderer/labs/models/perceptron-walk';
import {
  withRecord,
  type UpdateRecord,
} from '../../../src-renderer/labs/models/update-predictions';
import type { Lab } from '../../../src-renderer/labs/lab-schema';

const DIR = join(__dirname, '../../../resources/labs');
/** A shipped lab by its id (whatever number its file name carries). */
const labFile = (id: string): Lab => {
  const file = readdirSync(DIR).find((f) => f.endsWith(`-${id}.json`));
  if (!file) throw new Error(`no lab file for ${id}`);
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Lab;
};

/** Steps a walk as the figure does, recording each step with a prediction. */
function stepWith(
  walk: PerceptronWalk,
  log: UpdateRecord[],
  predicted: (x: number[], t: number, w: number[]) => number[] | null,
): UpdateRecord[] {
  const before = walk.weights;
  const p = walk.points[walk.cursor];
  const x = [1, p[0], p[1]];
  const guess = predicted(x, p[2], before);
  const s = walk.step();
  return withRecord(log, {
    n: s.n,
    epoch: s.epoch,
    sample: s.sample,
    x: [p[0], p[1]],
    t: p[2],
    before,
    rate: walk.learningRate,
    predicted: guess,
  });
}
/** The lecture's rule, by hand: y = 1 if w·x ≥ 0, Δw = α·x·(t − y). */
const rosenblatt = (alpha: number) => (x: number[], t: number, w: number[]) => {
  const y = w[0] * x[0] + w[1] * x[1] + w[2] * x[2] >= 0 ? 1 : 0;
  return x.map((xj) => alpha * xj * (t - y));
};

describe('perceptron: predict the next update (lab "The perceptron")', () => {
  const lab = labFile('perceptron');
  const act = lab.activities.find((a) => a.id === 'predict')!;
  const setup = act.figure.setup as { points: LabPoint[]; weights: number[]; learningRate: number };
  const check = act.task!.check;
  const walk = () => new PerceptronWalk(setup.points, setup.weights, setup.learningRate);
  const answer = (log: UpdateRecord[]) => ({ points: setup.points, weights: [], log });

  it('the first two steps of the lab, worked out by hand, pass; the first moves w', () => {
    const w = walk();
    let log: UpdateRecord[] = [];
    log = stepWith(w, log, () => [0.5, 1, 0.5]); // sample (2, 1), t = 1: s = −0.5, y = 0
    log = stepWith(w, log, () => [-0.5, 0.5, -1]); // sample (−1, 2), t = 0: s = 4, y = 1
    expect(runCheck(check, answer(log))).toMatchObject({ passed: true });
  });

  it('fails a step with no prediction, a copied x, the current w, zeros and a lone right guess', () => {
    const w = walk();
    let log: UpdateRecord[] = [];
    expect(runCheck(check, answer(log)).message).toMatch(/before pressing Step/);
    log = stepWith(w, log, () => null); // "Step" pressed once, nothing entered
    expect(runCheck(check, answer(log)).message).toMatch(/before pressing Step/);
    log = stepWith(w, log, (x) => x); // x copied from the screen
    expect(runCheck(check, answer(log)).message).toMatch(
      /you predicted \[1, -1, 2\]; the update was \[-0\.5, 0\.5, -1\]/,
    );
    log = stepWith(w, log, (_x, _t, wb) => wb); // the weights on screen
    expect(runCheck(check, answer(log)).passed).toBe(false);
    log = stepWith(w, log, () => [0, 0, 0]);
    log = stepWith(w, log, rosenblatt(setup.learningRate));
    expect(runCheck(check, answer(log)).message).toMatch(
      /Keep going: the task needs 2 right in a row/,
    );
    log = stepWith(w, log, rosenblatt(setup.learningRate));
    // two in a row, by the rule: passes if one of them moved w (else keep stepping)
    for (let i = 0; i < 6 && !runCheck(check, answer(log)).passed; i++)
      log = stepWith(w, log, rosenblatt(setup.learningRate));
    expect(runCheck(check, answer(log)).passed).toBe(true);
  });

  it('two right zero updates in a row are not enough (they change nothing)', () => {
    // a converged walk: every step is a zero update
    const w = walk();
    w.runToConvergence(100);
    let log: UpdateRecord[] = [];
    for (let i = 0; i < 3; i++) log = stepWith(w, log, () => [0, 0, 0]);
    expect(runCheck(check, answer(log)).message).toMatch(/at least one that moves the weights/);
  });
});

describe('backprop predictions', () => {
  it('keeps the first record of a reveal, and what was entered for it', () => {
    let p = noPredictions();
    p = recordReveal(p, 'z', -3);
    p = recordReveal(p, 'z', 5); // stepped back and forward again: the first record stays
    p = recordReveal(p, 'u', NaN);
    p = recordReveal(p, 'u', 2);
    expect(p).toEqual({ predicted: { z: -3 }, unpredicted: ['u'] });
  });

  it('fresh samples are new numbers, never z = 0, and the same for the same attempt', () => {
    const seen = new Set<string>();
    for (let k = 1; k <= 20; k++) {
      const s = freshSample('linear-regression', k);
      expect(s.params.w0 + s.params.w1 * s.inputs.x).not.toBe(s.inputs.y);
      expect(freshSample('linear-regression', k)).toEqual(s);
      seen.add(JSON.stringify(s));
    }
    expect(seen.size).toBeGreaterThan(15);
    const net = freshSample('sigmoid-2-2-1', 3);
    expect(Object.keys(net.params)).toHaveLength(9);
    expect([0, 1]).toContain(net.inputs.y);
  });
});

describe("XOR: the perceptron's cycle, predicted for a whole epoch", () => {
  const lab = labFile('xor');
  const act = lab.activities.find((a) => a.id === 'perceptron-fails')!;
  const points: LabPoint[] = [
    [0, 0, 0],
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 0],
  ];
  const answer = (log: UpdateRecord[]) => ({ points, log, epochs: 0, learningRate: 1 });

  it('from epoch 2 on, every epoch ends at w = [0, −1, 0]: the line never moves between epochs', () => {
    const w = new PerceptronWalk(points, [0, 0, 0], 1);
    const ends: number[][] = [];
    for (let e = 0; e < 6; e++) {
      w.runEpochs(1);
      ends.push(w.weights);
    }
    expect(ends[0]).toEqual([-1, -1, 0]);
    for (const end of ends.slice(1)) expect(end).toEqual([0, -1, 0]);
    expect(w.errorsPerEpoch.slice(2).every((e) => e === 4)).toBe(true);
    expect(lab.activities[0].blocks.map((b) => JSON.stringify(b)).join()).not.toContain(
      'keeps jumping',
    );
  });

  it('passes four right predictions from the first row of an epoch; three, or from row 2, fail', () => {
    const check = act.task!.check;
    const w = new PerceptronWalk(points, [0, 0, 0], 1);
    let log: UpdateRecord[] = [];
    w.runEpochs(2); // as "Run 1 epoch" twice: no predictions
    log = stepWith(w, log, () => null); // row 1 of epoch 3 unpredicted
    for (let i = 0; i < 3; i++) log = stepWith(w, log, rosenblatt(1));
    expect(runCheck(check, answer(log)).message).toMatch(/a whole epoch, all 4 samples/);
    for (let i = 0; i < 4; i++) log = stepWith(w, log, rosenblatt(1));
    expect(runCheck(check, answer(log)).passed).toBe(true);
  });

  it('the zeros a student expects from a cycle that "settles" fail, naming y and t', () => {
    const w = new PerceptronWalk(points, [0, 0, 0], 1);
    w.runEpochs(2);
    const log = stepWith(w, [], () => [0, 0, 0]);
    expect(runCheck(act.task!.check, answer(log)).message).toMatch(
      /you predicted \[0, 0, 0\]; the update was \[-1, 0, 0\]\. There y = 1 and t = 0\./,
    );
  });
});

describe('Adaline: predict an update the perceptron would not make', () => {
  const lab = labFile('adaline');
  const act = lab.activities.find((a) => a.id === 'compare')!;
  const setup = act.figure.setup as { points: LabPoint[]; learningRate: number; decay: number };
  const check = act.task!.check;

  /** LMS by hand: y = w·x (linear), Δw = α·x·(t − y); the rate of epoch e is α / (1 + d(e − 1)). */
  function walkLms(epochs: number): { w: number[]; e: number } {
    let w = [0, 0, 0];
    for (let e = 1; e <= epochs; e++) {
      const rate = setup.learningRate / (1 + setup.decay * (e - 1));
      for (const [x1, x2, t] of setup.points) {
        const y = w[0] + w[1] * x1 + w[2] * x2;
        w = w.map((wj, j) => wj + rate * [1, x1, x2][j] * (t - y));
      }
    }
    return { w, e: epochs + 1 };
  }
  const record = (
    n: number,
    sample: number,
    w: number[],
    rate: number,
    predicted: number[] | null,
  ): UpdateRecord => {
    const [x1, x2, t] = setup.points[sample];
    return { n, epoch: 4, sample, x: [x1, x2], t, before: w, rate, predicted };
  };

  it("passes a right prediction on a sample already on its side; the perceptron's zeros fail", () => {
    const { w, e } = walkLms(3);
    const rate = setup.learningRate / (1 + setup.decay * (e - 1));
    // the first sample of epoch 4 on the right side of the line: sign(y) = t
    const i = setup.points.findIndex(
      ([x1, x2, t]) => Math.sign(w[0] + w[1] * x1 + w[2] * x2) === t,
    );
    expect(i).toBeGreaterThanOrEqual(0);
    const [x1, x2, t] = setup.points[i];
    const y = w[0] + w[1] * x1 + w[2] * x2;
    const update = [1, x1, x2].map((xj) => rate * xj * (t - y));
    expect(Math.max(...update.map(Math.abs))).toBeGreaterThan(0.002);
    const answer = (predicted: number[] | null) => ({
      points: setup.points,
      log: [record(25, i, w, rate, predicted)],
    });
    expect(runCheck(check, answer(update.map((u) => Math.round(u * 1000) / 1000)))).toMatchObject({
      passed: true,
    });
    expect(runCheck(check, answer([0, 0, 0])).message).toMatch(
      /That is what the perceptron would do/,
    );
    // the sample's x copied from the screen, and no prediction at all
    expect(runCheck(check, answer([1, x1, x2])).passed).toBe(false);
    expect(runCheck(check, answer(null)).passed).toBe(false);
  });

  it('a right prediction on a misclassified sample is not what the task asks', () => {
    const w = [0, 0, 0]; // from zero weights y = 0: no sample is on its side yet
    const rate = setup.learningRate;
    const [x1, x2, t] = setup.points[0];
    const update = [1, x1, x2].map((xj) => rate * xj * t);
    const r = runCheck(check, { points: setup.points, log: [record(1, 0, w, rate, update)] });
    expect(r.message).toMatch(/one on a sample already on its side/);
  });
});

describe('MADALINE: what would OR say?', () => {
  const lab = labFile('adaline');
  const act = lab.activities.find((a) => a.id === 'madaline')!;
  const setup = act.figure.setup as { points: LabPoint[]; hidden: number; seed: number };
  const check = act.task!.check;
  const net = new Madaline({ inputs: 2, hidden: setup.hidden, logic: 'and', seed: setup.seed });
  net.train(
    setup.points.map((p) => [p[0], p[1]]),
    setup.points.map((p) => p[2]),
    { maxEpochs: 100 },
  );
  const weights = net.weights.map((w) => Array.from(w));
  // OR by hand: +1 where either line's w·x ≥ 0
  const or = setup.points.map(([x1, x2]) =>
    weights.some((w) => w[0] + w[1] * x1 + w[2] * x2 >= 0) ? 1 : -1,
  );
  const answer = (orPrediction: number[] | null) => ({
    points: setup.points,
    weights,
    logic: 'and',
    orPrediction,
  });

  it('passes the OR worked out from the two lines; the AND answers (the targets) and nothing fail', () => {
    expect(runCheck(check, answer(or)).passed).toBe(true);
    expect(runCheck(check, answer(setup.points.map((p) => p[2]))).message).toMatch(
      /wrong at 4 of 8 points/,
    );
    expect(runCheck(check, answer(null)).message).toMatch(/Now predict what an OR unit/);
    expect(runCheck(check, answer(or.map(() => 0))).passed).toBe(false);
  });
});
