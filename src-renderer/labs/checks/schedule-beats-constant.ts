import { isRecord } from '../problems';
import { compareSchedules } from '../training/compare-runs';
import type { ScheduleCompareSetup } from '../training/training-figure-kinds';
import { finalLoss } from '../training/training-runs';
import { fail, fmt, pass, type CheckKind } from './check-result';

/** Rates are small: three significant digits, not three decimals. */
const rate = (v: number): string => String(Number(v.toPrecision(3)));

export interface ScheduleBeatsConstantParams {
  /** the decreasing schedule's final loss must be below the constant's times this (≤ 1) */
  factor: number;
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
    return typeof params.factor === 'number' && params.factor > 0 && params.factor <= 1
      ? []
      : [{ path: 'factor', message: 'must be a number in (0, 1]' }];
  },
  run(params, answer) {
    if (!isRecord(answer) || !isRecord(answer.setup))
      return fail('The figure has not reported its runs yet.');
    const { setup, c1, c2 } = answer as unknown as ScheduleAnswer;
    if (!(c1 > 0) || !(c2 > 0)) return fail('c1 and c2 must both be positive numbers.');
    const runs = compareSchedules(setup, c1, c2);
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
