import { isRecord } from '../problems';
import { compareSchedules } from '../training/compare-runs';
import type { ScheduleCompareSetup } from '../../../src-main/contract/lab-document/figures-training';
import { bestConstant, lastEpochMean, lossFloor } from '../training/schedule-quality';
import { finalLoss, type RunCurve } from '../training/training-runs';
import { fail, fmt, pass, type CheckKind } from './check-result';

/** Rates are small: three significant digits, not three decimals. */
const rate = (v: number): string => String(Number(v.toPrecision(3)));

export interface ScheduleBeatsConstantParams {
  /**
   * Without `against`: the schedule's final loss must be below the constant's times this.
   * With `against: 'best-constant'`: its excess over the floor J*, averaged over the last
   * epoch, must be below the best constant rate's excess times this.
   */
  factor: number;
  /** compare with the best rate of a sweep, over the last epoch (the fair comparison) */
  against?: 'best-constant';
}

/** The answer of a 'schedule-compare' figure: its setup and the chosen constants. */
export interface ScheduleAnswer {
  setup: ScheduleCompareSetup;
  c1: number;
  c2: number;
}

/** Passes when training with α_k = c1/(k + c2) ends with a lower loss than the constant α. */
export const scheduleBeatsConstant: CheckKind<ScheduleBeatsConstantParams> = {
  paramProblems(params) {
    const out =
      typeof params.factor === 'number' && params.factor > 0 && params.factor <= 1
        ? []
        : [{ path: 'factor', message: 'must be a number in (0, 1]' }];
    if (params.against !== undefined && params.against !== 'best-constant')
      out.push({ path: 'against', message: "must be 'best-constant' when given" });
    return out;
  },
  run(params, answer) {
    if (!isRecord(answer) || !isRecord(answer.setup))
      return fail('The figure has not reported its runs yet.');
    const { setup, c1, c2 } = answer as unknown as ScheduleAnswer;
    if (!(c1 > 0) || !(c2 > 0)) return fail('c1 and c2 must both be positive numbers.');
    const runs = compareSchedules(setup, c1, c2);
    if (params.against === 'best-constant')
      return againstBest(params.factor, setup, runs.inverse, c1, c2);
    const constant = finalLoss(runs.constant);
    const inverse = finalLoss(runs.inverse);
    const target = constant * params.factor;
    if (inverse < target)
      return pass(
        `Final loss ${fmt(inverse)} with c1 = ${c1}, c2 = ${c2}, against ${fmt(constant)} at constant α.`,
      );
    if (!Number.isFinite(inverse))
      return fail(
        `With c1 = ${c1}, c2 = ${c2} the first rate c1/c2 = ${rate(c1 / c2)} is so large that training diverged.`,
      );
    return fail(
      `Final loss ${fmt(inverse)} is not below ${fmt(target)} (constant α ends at ${fmt(constant)}). ` +
        `The first rate is c1/c2 = ${rate(c1 / c2)}; the last is ${rate(runs.inverse.rates[runs.inverse.rates.length - 1])}.`,
    );
  },
};

const small = (v: number): string => (Math.abs(v) < 0.001 ? v.toExponential(1) : fmt(v));

/** The fair comparison: last-epoch means, as excess over the floor J*, against the best constant. */
function againstBest(
  factor: number,
  setup: ScheduleAnswer['setup'],
  inverse: RunCurve,
  c1: number,
  c2: number,
) {
  const floor = lossFloor(setup) ?? 0;
  const best = bestConstant(setup);
  const mine = lastEpochMean(inverse);
  if (!Number.isFinite(mine))
    return fail(
      `With c1 = ${c1}, c2 = ${c2} the first rate c1/c2 = ${rate(c1 / c2)} is so large that training diverged.`,
    );
  const [eMine, eBest] = [mine - floor, best.mean - floor];
  const said = `Over the last epoch the loss averages ${fmt(mine)} (${small(eMine)} above the least-squares minimum ${fmt(floor)}); the best constant rate, α = ${best.rate}, averages ${fmt(best.mean)} (${small(eBest)} above).`;
  if (eMine <= factor * eBest) return pass(said);
  const last = inverse.rates[inverse.rates.length - 1];
  return fail(
    `${said} The task wants at most ${factor === 0.5 ? 'half' : `${factor} times`} the best constant's excess. Your rate goes from ${rate(c1 / c2)} to ${rate(last)}: ${c1 / c2 < best.rate ? 'it starts below the best constant rate, so the weights arrive late' : 'it must still be large enough early on and small enough at the end'}.`,
  );
}
