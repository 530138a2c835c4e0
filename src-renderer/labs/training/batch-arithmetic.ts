/**
 * Epochs and batches (the batch-size lab): how a training set of m samples is cut into batches of K.
 * The counts come from the engine's BatchSource, the very object that cuts the batches in
 * training, so the calculator cannot disagree with what the Trainer does.
 */
import { BatchSource } from '../../../src-engine/train/batches';
import {
  MAX_SAMPLES,
  planProblems,
} from '../../../src-main/contract/lab-document/figures-training';
import { i18n } from '../../i18n/index';

export {
  MAX_SAMPLES,
  planProblems,
} from '../../../src-main/contract/lab-document/figures-training';

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

/**
 * planProblems(m, K) in the interface's language: the shared schema writes its messages in
 * English (they also name a lab file's mistakes), so each is recognised by what it is about.
 */
export function planProblemsText(m: number, K: number): string[] {
  const t = i18n.global.t;
  return planProblems(m, K).map((p) => {
    if (p.startsWith('m ')) return t('labs-training.calculator.badM', { max: MAX_SAMPLES });
    if (p.includes('cannot exceed')) return t('labs-training.calculator.kAboveM', { m });
    return t('labs-training.calculator.badK');
  });
}
