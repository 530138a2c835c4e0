import type { EpochReport } from '../../src-engine/train/reports';

/** The most epoch reports one progress event carries to views (at ~30 events a second). */
export const VIEW_EPOCHS_PER_EVENT = 60;

/**
 * The epochs a view is sent of one progress message: all of them up to
 * VIEW_EPOCHS_PER_EVENT, else evenly spaced ones and always the last. Charts draw at most a
 * thousand or so points a line anyway; every epoch is still stored.
 */
export function thinForViews(epochs: EpochReport[]): EpochReport[] {
  const n = epochs.length;
  if (n <= VIEW_EPOCHS_PER_EVENT) return epochs;
  const every = n / VIEW_EPOCHS_PER_EVENT;
  const kept: EpochReport[] = [];
  for (let k = 1; k <= VIEW_EPOCHS_PER_EVENT; k++) kept.push(epochs[Math.ceil(k * every) - 1]);
  return kept;
}
