/**
 * The training settings a fresh setup starts from, chosen by the task so that a first run
 * works: cross-entropy with the matching output, Adam, a rate that rarely diverges.
 */
import type { LayerSpec, NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';

export type Task = 'classification' | 'regression';

/** The output layer that suits a task with `outputs` target columns. */
export function outputLayerFor(task: Task, outputs: number): LayerSpec {
  if (task === 'regression') return { units: outputs, activation: 'linear' };
  return outputs === 1
    ? { units: 1, activation: 'sigmoid' }
    : { units: outputs, activation: 'softmax' };
}

/** The loss that suits a network's output layer and the task. */
export function lossFor(task: Task, spec: NetworkSpec): TrainConfig['loss'] {
  if (task === 'regression') return 'mse';
  const last = spec.layers[spec.layers.length - 1];
  if (last?.activation === 'softmax') return 'cross_entropy';
  if (last?.activation === 'sigmoid') return 'binary_cross_entropy';
  return 'mse';
}

/** Training settings for a network on a task with `rows` training rows. */
export function defaultTraining(task: Task, spec: NetworkSpec, rows = 200): TrainConfig {
  return {
    loss: lossFor(task, spec),
    optimizer: { name: 'adam' },
    learningRate: 0.01,
    batchSize: Math.max(1, Math.min(32, Math.floor(rows / 10) || 1)),
    epochs: 200,
    shuffle: true,
    seed: 1,
  };
}
