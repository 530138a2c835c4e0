import { Adaline } from '../../../src-engine/units/adaline';
import { Perceptron } from '../../../src-engine/units/perceptron';
import { readLog, sameUpdate, type UpdateRecord } from '../models/update-predictions';
import { isRecord } from '../problems';
import { fail, fmt, list, pass, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

export interface UpdatePredictedParams {
  /** the learning rule the figure steps */
  rule: 'perceptron' | 'adaline';
  /** 0/1 targets (binary) or ±1 (bipolar) */
  coding: 'binary' | 'bipolar';
  /** right predictions needed in a row (default 1) */
  count?: number;
  /** among them, at least one step that moves the weights */
  nonZero?: boolean;
  /** they must cover one whole epoch, every sample once, first to last */
  wholeEpoch?: boolean;
  /** among them, a step on a sample already on its side (sign of y = t) that still moves w */
  onRightSide?: boolean;
  /** largest accepted error per component (default 1e-9: exact) */
  tolerance?: number;
}

/** The answer of a figure that steps with predictions. */
export interface UpdateAnswer {
  points: [number, number, number][];
  log: UpdateRecord[];
}

interface Judged {
  r: UpdateRecord;
  update: number[];
  y: number;
  right: boolean;
}

const vec = (v: readonly number[]): string => `[${list(v)}]`;

/** The step replayed by the engine's own unit: y and the update α·x·(t − y). */
function replay(p: UpdatePredictedParams, r: UpdateRecord): { y: number; update: number[] } {
  if (p.rule === 'perceptron') {
    const unit = new Perceptron({
      inputs: 2,
      learningRate: r.rate,
      init: r.before,
      output: p.coding,
    });
    const s = unit.step(r.x, r.t);
    return { y: s.y, update: Array.from(s.update) };
  }
  const unit = new Adaline({ inputs: 2, learningRate: r.rate, init: r.before, classes: p.coding });
  const s = unit.step(r.x, r.t);
  return { y: s.y, update: Array.from(s.update) };
}

/** Whether a run of right predictions (consecutive steps) meets what the task asks. */
function enough(p: UpdatePredictedParams, run: Judged[], samples: number): boolean {
  if (run.length < (p.count ?? 1)) return false;
  if (p.nonZero && !run.some((j) => j.update.some((u) => u !== 0))) return false;
  if (
    p.onRightSide &&
    !run.some(
      (j) => Math.sign(j.y) === Math.sign(j.r.t) && j.update.some((u) => Math.abs(u) > 1e-12),
    )
  )
    return false;
  if (p.wholeEpoch) {
    const starts = run.findIndex((j) => j.r.sample === 0);
    return starts >= 0 && run.length - starts >= samples;
  }
  return true;
}

/**
 * Passes when the student predicted the updates of enough consecutive steps right, each entered
 * before its Step; every update is computed again here by the engine's perceptron or Adaline
 * from the weights before the step, never taken from the figure.
 */
export const updatePredicted: CheckKind<UpdatePredictedParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !Array.isArray(answer.points)) return fail(say('update.noSteps'));
    const log = readLog(answer.log);
    const tol = params.tolerance ?? 1e-9;
    let judged: Judged[];
    try {
      judged = log.map((r) => {
        const { y, update } = replay(params, r);
        return {
          r,
          y,
          update,
          right: r.predicted !== null && sameUpdate(r.predicted, update, tol),
        };
      });
    } catch (error) {
      return fail(say('update.notReplayed', { why: thrownText(error) }));
    }
    const predicted = judged.filter((j) => j.r.predicted !== null);
    if (predicted.length === 0) return fail(say('update.enterFirst'));
    // runs of right predictions over consecutive steps
    let run: Judged[] = [];
    for (const j of judged) {
      const follows = run.length > 0 && j.r.n === run[run.length - 1].r.n + 1;
      run = j.right ? (follows ? [...run, j] : [j]) : [];
      if (enough(params, run, answer.points.length)) {
        const steps =
          run.length === 1
            ? say('update.step', { n: run[0].r.n })
            : say('update.steps', { from: run[0].r.n, to: run[run.length - 1].r.n });
        const epoch = params.wholeEpoch ? say('update.wholeEpoch') : '';
        return pass(say('update.passed', { steps, epoch }));
      }
    }
    const last = predicted[predicted.length - 1];
    if (!last.right) {
      const onSide =
        Math.sign(last.y) === Math.sign(last.r.t) ||
        (params.rule === 'perceptron' && last.update.every((u) => u === 0));
      const hint =
        params.rule === 'adaline' &&
        last.r.predicted!.every((v) => v === 0) &&
        last.update.some((u) => u !== 0)
          ? say('update.adalineHint')
          : onSide && params.rule === 'perceptron'
            ? say('update.onSideHint')
            : say('update.valuesHint', { y: fmt(last.y), t: last.r.t });
      return fail(
        say('update.failed', {
          n: last.r.n,
          predicted: vec(last.r.predicted!),
          update: vec(last.update),
          hint,
        }),
      );
    }
    const needs: string[] = [];
    if ((params.count ?? 1) > 1) needs.push(say('update.needsCount', { count: params.count }));
    if (params.nonZero) needs.push(say('update.needsNonZero'));
    if (params.onRightSide) needs.push(say('update.needsOnSide'));
    if (params.wholeEpoch) needs.push(say('update.needsEpoch', { n: answer.points.length }));
    return fail(say('update.keepGoing', { n: last.r.n, needs: needs.join(', ') }));
  },
};
