import { isRecord } from '../problems';
import { compareSchedules } from '../training/compare-runs';
import type { ScheduleCompareSetup } from '../../../src-main/contract/lab-document/figures-training';
import { bestConstant, lastEpochMean, lossFloor } from '../training/schedule-quality';
import { finalLoss, type RunCurve } from '../training/training-runs';
import { decimal, fail, fmt, pass, plain, say, type CheckKind } from './check-result';

/** Rates are small: three significant digits, not three decimals. */
const rate = (v: number): string => decimal(String(Number(v.toPrecision(3))));

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
  run(params, answer) {
    if (!isRecord(answer) || !isRecord(answer.setup)) return fail(say('schedule.noRuns'));
    const { setup, c1, c2 } = answer as unknown as ScheduleAnswer;
    if (!(c1 > 0) || !(c2 > 0)) return fail(say('schedule.positive'));
    const runs = compareSchedules(setup, c1, c2);
    if (params.against === 'best-constant')
      return againstBest(params.factor, setup, runs.inverse, c1, c2);
    const constant = finalLoss(runs.constant);
    const inverse = finalLoss(runs.inverse);
    const target = constant * params.factor;
    if (inverse < target)
      return pass(
        say('schedule.passed', {
          inverse: fmt(inverse),
          c1: plain(c1),
          c2: plain(c2),
          constant: fmt(constant),
        }),
      );
    if (!Number.isFinite(inverse)) return fail(diverged(c1, c2));
    return fail(
      say('schedule.failed', {
        inverse: fmt(inverse),
        target: fmt(target),
        constant: fmt(constant),
        first: rate(c1 / c2),
        last: rate(runs.inverse.rates[runs.inverse.rates.length - 1]),
      }),
    );
  },
};

const small = (v: number): string => (Math.abs(v) < 0.001 ? decimal(v.toExponential(1)) : fmt(v));

const diverged = (c1: number, c2: number): string =>
  say('schedule.diverged', { c1: plain(c1), c2: plain(c2), first: rate(c1 / c2) });

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
  if (!Number.isFinite(mine)) return fail(diverged(c1, c2));
  const [eMine, eBest] = [mine - floor, best.mean - floor];
  const said = say('schedule.lastEpoch', {
    mine: fmt(mine),
    excess: small(eMine),
    floor: fmt(floor),
    rate: plain(best.rate),
    best: fmt(best.mean),
    bestExcess: small(eBest),
  });
  if (eMine <= factor * eBest) return pass(said);
  const last = inverse.rates[inverse.rates.length - 1];
  return fail(
    say('schedule.notEnough', {
      said,
      atMost:
        factor === 0.5 ? say('schedule.half') : say('schedule.times', { factor: plain(factor) }),
      first: rate(c1 / c2),
      last: rate(last),
      why: say(c1 / c2 < best.rate ? 'schedule.startsLow' : 'schedule.shape'),
    }),
  );
}
