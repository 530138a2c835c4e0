import { describe } from '../data/validate';
import type { FloatArray } from '../core/float-array';
import type { Task } from '../data/dataset';
import type { LossName } from '../losses/loss';
import { isLossName } from '../losses/registry';
import type { OptimizerSpec } from '../optim/optimizer';
import { assertValidOptimizer } from '../optim/optimizer';
import type { ScheduleSpec } from '../optim/schedule';
import { assertValidSchedule } from '../optim/schedule';

/** Stop when the validation loss has not improved by `minDelta` for `patience` epochs. */
export interface EarlyStoppingSpec {
  patience: number;
  minDelta?: number;
  /** put back the weights of the best epoch when stopping (default true) */
  restoreBest?: boolean;
}

/** Everything that decides how a network is trained, apart from the network and the data. */
export interface TrainConfig {
  loss: LossName;
  optimizer: OptimizerSpec;
  learningRate: number;
  schedule?: ScheduleSpec;
  /** K: 1 is stochastic, m is full batch, between is mini-batch (the last batch may be smaller) */
  batchSize: number;
  /** the planned number of epochs */
  epochs: number;
  /** go on past `epochs` until stopped (a run to watch rather than to finish) */
  keepRunning?: boolean;
  /** reshuffle the samples every epoch (seeded), or keep the data's order */
  shuffle: boolean;
  /** seed of the shuffling */
  seed: number;
  earlyStopping?: EarlyStoppingSpec;
  /** include a copy of the weights in every epoch report */
  reportWeights?: boolean;
}

/** The arrays a trainer reads: x: [m, inputs], y: [m, outputs]. */
export interface TrainingData {
  x: FloatArray;
  y: FloatArray;
  m: number;
  task?: Task;
}

/** Checks a config. @throws naming the field that is wrong. */
export function assertValidConfig(config: TrainConfig): void {
  if (!isLossName(config.loss)) throw new Error(`unknown loss ${describe(config.loss)}`);
  assertValidOptimizer(config.optimizer);
  if (config.schedule) assertValidSchedule(config.schedule);
  // finiteness first: a comparison would call the valueOf of an object sent in its place
  if (!Number.isFinite(config.learningRate) || !(config.learningRate > 0)) {
    throw new Error(
      `learning rate must be a positive number, got ${describe(config.learningRate)}`,
    );
  }
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1) {
    throw new Error(`batch size must be a whole number ≥ 1, got ${describe(config.batchSize)}`);
  }
  if (!Number.isInteger(config.epochs) || config.epochs < 1) {
    throw new Error(`epochs must be a whole number ≥ 1, got ${describe(config.epochs)}`);
  }
  if (!Number.isInteger(config.seed))
    throw new Error(`seed must be a whole number, got ${describe(config.seed)}`);
  const es = config.earlyStopping;
  if (es && (!Number.isInteger(es.patience) || es.patience < 1)) {
    throw new Error(
      `early stopping patience must be a whole number ≥ 1, got ${describe(es.patience)}`,
    );
  }
}
