import type { Network } from '../network/network';
import type { TrainConfig, TrainingData } from './config';
import type { BatchReport, EpochReport, TrainResult } from './reports';
import { Trainer } from './trainer';

/**
 * Trains to the end in one synchronous call (for scripts, tests and benchmarks; a lab run
 * uses `RunLoop` so that it can be paused).
 */
export function fit(
  network: Network,
  train: TrainingData,
  config: TrainConfig,
  options: {
    validation?: TrainingData;
    onBatch?: (report: BatchReport) => void;
    onEpoch?: (report: EpochReport) => void;
  } = {},
): TrainResult {
  const trainer = new Trainer(network, train, config, options.validation);
  while (!trainer.finished) {
    const outcome = trainer.step();
    options.onBatch?.(outcome.batch);
    if (outcome.epoch) options.onEpoch?.(outcome.epoch);
  }
  return trainer.result();
}
