/** Runs as the lab stores them, for the Experiments view's pure modules. */
import type { ExperimentRecord, ExperimentSummary } from '../../../src-main/contract/types';

/** A finished XOR run: 2-4-1 tanh/sigmoid, Adam, rate 0.03, seed 1; override any field. */
export function record(overrides: Partial<ExperimentRecord> = {}): ExperimentRecord {
  return {
    id: 1,
    name: 'xor 2-4-1',
    datasetId: 7,
    designId: null,
    config: {
      spec: {
        inputs: 2,
        layers: [
          { units: 4, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      training: {
        loss: 'binary_cross_entropy',
        optimizer: { name: 'adam' },
        learningRate: 0.03,
        batchSize: 10,
        epochs: 300,
        shuffle: true,
        seed: 1,
      },
      seed: 1,
      datasetHash: 'hash-xor',
      appVersion: '0.1.0',
      normalize: 'none',
    },
    status: 'done',
    reason: null,
    createdAt: 1_000_000,
    startedAt: 1_000_100,
    finishedAt: 1_012_400,
    epochsDone: 300,
    finalMetrics: { loss: 0.05, accuracy: 0.99, validationLoss: 0.08, validationAccuracy: 0.97 },
    notes: '',
    tags: [],
    ...overrides,
  };
}

/** A record with different training settings (merged into the default ones). */
export function withTraining(
  id: number,
  training: Partial<ExperimentRecord['config']['training']>,
  overrides: Partial<ExperimentRecord> = {},
): ExperimentRecord {
  const base = record({ id, name: `run ${id}`, ...overrides });
  return {
    ...base,
    config: { ...base.config, training: { ...base.config.training, ...training } },
  };
}

/** A list entry. */
export function summary(overrides: Partial<ExperimentSummary> = {}): ExperimentSummary {
  const { config: _config, ...rest } = record();
  void _config;
  return {
    ...rest,
    datasetName: 'xor',
    designName: null,
    ...overrides,
  };
}
