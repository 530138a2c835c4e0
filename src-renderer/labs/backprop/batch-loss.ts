/**
 * The lecture's loss on a batch: K examples, C classes, one-hot targets y_k (class c is the
 * vector with 1 at place c), outputs ŷ_k = softmax(z_k), and
 *   J = (1/K) Σ_k Σ_c ℓ(ŷ_k^c, y_k^c),  ℓ = −y ln ŷ  (the cross-entropy),
 * so each example adds −ln ŷ_k of its own class. Its gradient at the scores is
 *   ∂J/∂z_k^c = (ŷ_k^c − y_k^c) / K.
 */
import { softmax } from '../../../src-engine/activations/softmax';
import { Rng } from '../../../src-engine/random/rng';
import type { ScoreBatch } from '../../../src-main/contract/lab-document/figures-backprop';

export type { ScoreBatch };

/** The one-hot vector of class `label` (1-based) among C. */
export const oneHot = (label: number, C: number): number[] =>
  Array.from({ length: C }, (_, c) => (c === label - 1 ? 1 : 0));

/** Everything the figure shows of a batch. */
export interface BatchLoss {
  /** softmax of each example's scores, [K][C] */
  outputs: number[][];
  /** ℓ_k = −ln ŷ_k of the example's class, [K] */
  losses: number[];
  /** J = mean of ℓ_k */
  J: number;
  /** ∂J/∂z_k^c = (ŷ − y)/K, [K][C] */
  gradient: number[][];
}

export function batchLoss(b: ScoreBatch): BatchLoss {
  const K = b.scores.length;
  const outputs = b.scores.map((z) => Array.from(softmax(z)));
  const losses = outputs.map((y, k) => -Math.log(y[b.labels[k] - 1]));
  const J = losses.reduce((s, v) => s + v, 0) / K;
  const gradient = outputs.map((y, k) => {
    const t = oneHot(b.labels[k], y.length);
    return y.map((v, c) => (v - t[c]) / K);
  });
  return { outputs, losses, J, gradient };
}

/** Another batch of the same shape for attempt k ≥ 1: scores in steps of 0.5 from −2 to 2. */
export function freshBatch(base: ScoreBatch, k: number): ScoreBatch {
  const rng = new Rng(6_151 * k + 11);
  const C = base.scores[0].length;
  return {
    scores: base.scores.map(() => Array.from({ length: C }, () => (rng.int(9) - 4) / 2)),
    labels: base.labels.map(() => 1 + rng.int(C)),
  };
}
