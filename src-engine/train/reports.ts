import type { EngineProblem } from '../core/engine-error';
import type { Weights } from '../network/network';

/** What a trainer says after each update. */
export interface BatchReport {
  /** epoch, from 1 */
  epoch: number;
  /** batch within the epoch, from 1 */
  batch: number;
  batchesPerEpoch: number;
  /** updates made so far, this one included */
  step: number;
  /** the batch loss before the update */
  loss: number;
  /** the rate used for this update */
  learningRate: number;
  size: number;
}

/** What a trainer says after each epoch. Training metrics are averaged over the epoch's
 * batches (each measured before its update); validation metrics over a pass after it. */
export interface EpochReport {
  epoch: number;
  step: number;
  loss: number;
  accuracy?: number;
  validationLoss?: number;
  validationAccuracy?: number;
  learningRate: number;
  /** milliseconds the epoch took */
  millis: number;
  weights?: Weights;
}

/** How a run ended, or that it has not yet. */
export type TrainStatus =
  'ready' | 'running' | 'paused' | 'done' | 'stopped' | 'early-stopped' | 'diverged';

/** The end of a run. */
export interface TrainResult {
  status: TrainStatus;
  epochs: number;
  steps: number;
  /** why it ended, in words, when not simply done */
  reason?: string;
  /** the same as code and values, for a translation (see run-endings.ts) */
  ending?: EngineProblem;
  /** the epoch whose weights were kept by early stopping */
  bestEpoch?: number;
  history: EpochReport[];
}
