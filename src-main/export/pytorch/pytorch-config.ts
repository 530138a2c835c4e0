import { featureList } from '../../../src-engine/data/derived-features';
import { activationParamOf } from '../../../src-engine/network/spec';
import type { OptimizerSpec } from '../../../src-engine/optim/optimizer';
import type { TrainConfig } from '../../../src-engine/train/config';
import { scalingOf } from '../exportable-model';
import type { PytorchRun } from './pytorch-run';

/** The files of the project that config.json names. */
export const PROJECT_FILES = {
  data: 'data.csv',
  initial: 'initial_weights.json',
  trained: 'trained_weights.json',
  labMetrics: 'lab_metrics.csv',
} as const;

/** Every optimiser setting spelled out, the lab's defaults filled in, so that train.py
 * holds no defaults of its own. Nesterov needs momentum (PyTorch refuses it without;
 * the lab then does plain descent). */
function explicitOptimizer(spec: OptimizerSpec) {
  const penalties = { weightDecay: spec.weightDecay ?? 0, l1: spec.l1 ?? 0 };
  if (spec.name === 'adam') {
    return {
      name: 'adam',
      beta1: spec.beta1 ?? 0.9,
      beta2: spec.beta2 ?? 0.999,
      eps: spec.eps ?? 1e-8,
      ...penalties,
    };
  }
  const momentum = spec.momentum ?? 0;
  return { name: 'sgd', momentum, nesterov: momentum > 0 && !!spec.nesterov, ...penalties };
}

function explicitTraining(training: TrainConfig, epochs: number) {
  const early = training.earlyStopping;
  return {
    loss: training.loss,
    optimizer: explicitOptimizer(training.optimizer),
    learningRate: training.learningRate,
    schedule: training.schedule ?? { kind: 'constant' },
    batchSize: training.batchSize,
    epochs,
    shuffle: training.shuffle,
    seed: training.seed,
    earlyStopping: early
      ? {
          patience: early.patience,
          minDelta: early.minDelta ?? 0,
          restoreBest: early.restoreBest ?? true,
        }
      : null,
  };
}

/**
 * config.json: the run as train.py reads it — the network (each activation's parameter
 * written out), the training settings with every default filled in, the data's columns,
 * input features and normalisation, and where the lab's run came from.
 */
export function pytorchConfig(run: PytorchRun, appVersion: string): object {
  const { record, dataset, prepared } = run;
  const { spec, derived } = record.config;
  const features = derived?.length ? featureList(derived) : null;
  return {
    format: 'neuron-lab-pytorch',
    version: 1,
    experiment: {
      id: record.id,
      name: record.name,
      status: record.status,
      reason: record.reason,
      datasetName: dataset.name,
      datasetHash: dataset.hash,
      appVersion,
    },
    network: {
      inputs: spec.inputs,
      layers: spec.layers.map((layer) => {
        const param = activationParamOf(layer);
        return {
          units: layer.units,
          activation: layer.activation,
          ...(Number.isFinite(param) ? { activationParam: param } : {}),
        };
      }),
    },
    training: explicitTraining(record.config.training, run.epochs),
    data: {
      file: PROJECT_FILES.data,
      task: dataset.task,
      rawInputs: prepared.raw.train.featureNames,
      targets: prepared.targetNames,
      features,
      inputNames: prepared.featureNames,
      normalization: prepared.scaler
        ? { kind: prepared.scaler.kind, ...scalingOf(prepared.scaler) }
        : null,
      rows: {
        train: prepared.train.m,
        validation: prepared.validation.m,
        test: prepared.test.m,
      },
    },
    weights: { initial: PROJECT_FILES.initial, trained: PROJECT_FILES.trained },
  };
}
