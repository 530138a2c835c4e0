import type { ActivationName } from '../activations/activation';
import type { Task } from '../data/dataset';
import type { LossName } from '../losses/loss';
import type { LayerSpec, NetworkSpec } from '../network/spec';
import type { TrainConfig } from './config';

/** The output layer that suits a task with `outputs` target columns: linear for regression,
 * one sigmoid unit for two classes in one column, softmax for one column per class. */
export function outputLayerFor(task: Task, outputs: number): LayerSpec {
  if (task === 'regression') return { units: outputs, activation: 'linear' };
  return outputs === 1
    ? { units: 1, activation: 'sigmoid' }
    : { units: outputs, activation: 'softmax' };
}

/** The loss that matches an output activation: cross-entropy after softmax, binary
 * cross-entropy after a sigmoid, squared error for regression and any other output (whose
 * values need not be probabilities, where a log would fail). */
export function lossForOutput(task: Task, output: ActivationName | undefined): LossName {
  if (task === 'regression') return 'mse';
  if (output === 'softmax') return 'cross_entropy';
  if (output === 'sigmoid') return 'binary_cross_entropy';
  return 'mse';
}

/** Training settings a first run works with: the loss matching the output, Adam at 0.01
 * (a rate that rarely diverges), batches of a tenth of the rows up to 32, 200 epochs.
 * @param rows the training rows */
export function defaultTraining(task: Task, spec: NetworkSpec, rows = 200): TrainConfig {
  return {
    loss: lossForOutput(task, spec.layers.at(-1)?.activation),
    optimizer: { name: 'adam' },
    learningRate: 0.01,
    batchSize: Math.max(1, Math.min(32, Math.floor(rows / 10) || 1)),
    epochs: 200,
    shuffle: true,
    seed: 1,
  };
}
