/**
 * Predict the next update, then step (after backprop-explainer's hide-then-reveal): before each
 * Step the student may enter the update Δw = α·x·(t − y) they expect; the step is recorded with
 * what was entered, the sample and the weights before it, so a check can replay the rule with
 * the engine and judge the prediction. Only the last few steps are kept.
 */

/** One step as the figure took it, with the student's prediction (null: none entered). */
export interface UpdateRecord {
  /** step number since the start, from 1 */
  n: number;
  epoch: number;
  /** index of the sample in the figure's points */
  sample: number;
  /** [x1, x2] */
  x: [number, number];
  t: number;
  /** [w0, w1, w2] before the step */
  before: number[];
  /** the α of this step */
  rate: number;
  predicted: number[] | null;
}

/** How many steps a figure keeps (enough for a whole epoch of a lab's points and a margin). */
export const KEPT_RECORDS = 16;

/** The log with one more step, trimmed to the last KEPT_RECORDS. */
export function withRecord(log: readonly UpdateRecord[], r: UpdateRecord): UpdateRecord[] {
  return [...log, r].slice(-KEPT_RECORDS);
}

/** The three numbers entered, or null unless all three are numbers. */
export function entered(v: readonly number[]): number[] | null {
  return v.length === 3 && v.every(Number.isFinite) ? [...v] : null;
}

/** Whether a prediction matches an update component by component. */
export function sameUpdate(
  predicted: readonly number[],
  actual: readonly number[],
  tolerance: number,
): boolean {
  return (
    predicted.length === actual.length &&
    predicted.every((p, j) => Math.abs(p - actual[j]) <= tolerance)
  );
}

/** Reads a log from an answer, dropping malformed entries. */
export function readLog(v: unknown): UpdateRecord[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (r): r is UpdateRecord =>
      typeof r === 'object' &&
      r !== null &&
      Number.isInteger(r.n) &&
      Number.isInteger(r.sample) &&
      Array.isArray(r.x) &&
      r.x.length === 2 &&
      r.x.every(Number.isFinite) &&
      Number.isFinite(r.t) &&
      Array.isArray(r.before) &&
      r.before.length === 3 &&
      r.before.every(Number.isFinite) &&
      r.rate > 0 &&
      (r.predicted === null || (Array.isArray(r.predicted) && r.predicted.length === 3)),
  );
}
