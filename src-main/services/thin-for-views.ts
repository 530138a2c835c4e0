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
  const k = VIEW_EPOCHS_PER_EVENT;
  if (n <= k) return epochs;
  // the i-th of k evenly spaced reports ends at ⌈i·n/k⌉, in whole numbers (no rounding off
  // the end); the k-th is the last
  return Array.from({ length: k }, (_, i) => epochs[Math.floor(((i + 1) * n + k - 1) / k) - 1]);
}
