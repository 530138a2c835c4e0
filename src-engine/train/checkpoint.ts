import type { OptimizerState } from '../optim/optimizer';
import type { ScheduleSpec } from '../optim/schedule';
import type { EpochReport } from './reports';

/**
 * Everything needed to continue a run exactly where it was: with the same network spec,
 * data and config, a trainer restored from a checkpoint makes the same updates, bit for bit,
 * as one that was never interrupted. Plain data, so it can be stored as JSON.
 */
export interface TrainerCheckpoint {
  version: 1;
  /** every parameter, in `network.params()` order */
  params: number[][];
  optimizer: OptimizerState;
  /** the shuffling generator's state and the current epoch's order */
  batches: { rng: [number, number, number, number]; order: number[] };
  schedule: ScheduleSpec;
  baseRate: number;
  epoch: number;
  batchInEpoch: number;
  steps: number;
  epochLoss: number;
  epochCorrect: number;
  history: EpochReport[];
  early: { best: number; bestEpoch: number; waited: number; bestParams: number[][] | null } | null;
}
