import { engineError, problemOf } from '../core/engine-error';
import { gotValues } from '../data/validate';
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

/** Checks a config. @throws EngineError naming the field that is wrong. */
export function assertValidConfig(config: TrainConfig): void {
  if (!isLossName(config.loss)) throw engineError('config.loss', gotValues(config.loss));
  assertValidOptimizer(config.optimizer);
  if (config.schedule) assertValidSchedule(config.schedule);
  // finiteness first: a comparison would call the valueOf of an object sent in its place
  if (!Number.isFinite(config.learningRate) || !(config.learningRate > 0))
    throw engineError('config.learningRate', gotValues(config.learningRate));
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1)
    throw engineError('config.batchSize', gotValues(config.batchSize));
  if (!Number.isInteger(config.epochs) || config.epochs < 1)
    throw engineError('config.epochs', gotValues(config.epochs));
  if (!Number.isInteger(config.seed)) throw engineError('config.seed', gotValues(config.seed));
  const es = config.earlyStopping;
  if (es && (!Number.isInteger(es.patience) || es.patience < 1))
    throw engineError('config.patience', gotValues(es.patience));
}

/** A model file's training config checked, its problem said as the file's (as its spec's is).
 * @throws EngineError('model.training') listing the config's problem */
export function assertValidFileConfig(config: TrainConfig): void {
  try {
    assertValidConfig(config);
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) throw error;
    throw engineError('model.training', {}, [problem]);
  }
}
