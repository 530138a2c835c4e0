/**
 * Epochs and batches (the batch-size lab): how a training set of m samples is cut into batches of K.
 * The counts come from the engine's BatchSource, the very object that cuts the batches in
 * training, so the calculator cannot disagree with what the Trainer does.
 */
import { BatchSource } from '../../../src-engine/train/batches';

/** The lecture's three names for a batch size. */
export type Regime = 'stochastic' | 'mini-batch' | 'batch';

export interface BatchPlan {
  m: number;
  K: number;
  regime: Regime;
  /** ⌈m / K⌉ */
  batchesPerEpoch: number;
  /** size of the last batch of an epoch (K when K divides m) */
  lastBatch: number;
}

/** Largest m the calculator accepts (the engine's BatchSource is built over m rows). */
export const MAX_SAMPLES = 1_000_000;

/** Problems with m and K, in words naming the field; empty when both are usable. */
export function planProblems(m: number, K: number): string[] {
  const out: string[] = [];
  if (!Number.isInteger(m) || m < 1 || m > MAX_SAMPLES)
    out.push(`m (training samples) must be a whole number from 1 to ${MAX_SAMPLES}`);
  if (!Number.isInteger(K) || K < 1) out.push('K (batch size) must be a whole number ≥ 1');
  else if (Number.isInteger(m) && K > m) out.push(`K (batch size) cannot exceed m = ${m}`);
  return out;
}

/** The regime of K for m samples. */
export function regimeOf(m: number, K: number): Regime {
  if (K >= m) return 'batch';
  return K === 1 ? 'stochastic' : 'mini-batch';
}

/** How m samples are cut into batches of K. @throws if planProblems(m, K) is not empty */
export function batchPlan(m: number, K: number): BatchPlan {
  const problems = planProblems(m, K);
  if (problems.length) throw new Error(problems.join('; '));
  const rows = { x: new Float32Array(m), y: new Float32Array(m), m };
  const source = new BatchSource(rows, 1, 1, K, false, 0);
  const last = source.batch(source.batchesPerEpoch - 1).size;
  return { m, K, regime: regimeOf(m, K), batchesPerEpoch: source.batchesPerEpoch, lastBatch: last };
}
