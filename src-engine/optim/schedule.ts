/**
 * How the learning rate changes during training. k counts updates (batches) from 0 for the
 * lecture's inverse decay; step and exponential decay count epochs.
 * - constant: α
 * - inverse: α_k = c1 / (k + c2) (the lecture's schedule; α itself is unused)
 * - step: α · γ^⌊epoch / every⌋
 * - exponential: α · γ^epoch
 */
import { engineError } from '../core/engine-error';

export type ScheduleSpec =
  | { kind: 'constant' }
  | { kind: 'inverse'; c1: number; c2: number }
  | { kind: 'step'; gamma: number; every: number }
  | { kind: 'exponential'; gamma: number };

/** The learning rate of update `k` (from 0) in epoch `epoch` (from 0). */
export function learningRateAt(
  schedule: ScheduleSpec,
  baseRate: number,
  k: number,
  epoch: number,
): number {
  switch (schedule.kind) {
    case 'constant':
      return baseRate;
    case 'inverse':
      return schedule.c1 / (k + schedule.c2);
    case 'step':
      return baseRate * Math.pow(schedule.gamma, Math.floor(epoch / schedule.every));
    case 'exponential':
      return baseRate * Math.pow(schedule.gamma, epoch);
  }
}

/** Checks a schedule's numbers. @throws naming the bad field. */
export function assertValidSchedule(schedule: ScheduleSpec): void {
  const at = { schedule: schedule.kind };
  switch (schedule.kind) {
    case 'constant':
      return;
    case 'inverse':
      for (const field of ['c1', 'c2'] as const) {
        const value = schedule[field];
        if (!(value > 0) || !Number.isFinite(value))
          throw engineError('config.schedulePositive', { ...at, field });
      }
      return;
    case 'step':
      if (!(schedule.gamma > 0 && schedule.gamma <= 1))
        throw engineError('config.scheduleGamma', at);
      if (!(Number.isInteger(schedule.every) && schedule.every >= 1))
        throw engineError('config.scheduleEvery', at);
      return;
    case 'exponential':
      if (!(schedule.gamma > 0 && schedule.gamma <= 1))
        throw engineError('config.scheduleGamma', at);
      return;
    default: {
      throw engineError('config.schedule', { got: String((schedule as { kind: string }).kind) });
    }
  }
}

/**
 * The schedule and base rate that continue from a rate changed by hand while training: the
 * rate becomes `rate` now and the schedule goes on from there (the inverse decay keeps its
 * c2 and rescales c1 so that c1 / (k + c2) = rate).
 */
export function rescheduleAt(
  schedule: ScheduleSpec,
  baseRate: number,
  rate: number,
  k: number,
  epoch: number,
): { schedule: ScheduleSpec; baseRate: number } {
  if (schedule.kind === 'inverse') {
    return { schedule: { ...schedule, c1: rate * (k + schedule.c2) }, baseRate };
  }
  const current = learningRateAt(schedule, 1, k, epoch);
  return { schedule, baseRate: rate / current };
}
