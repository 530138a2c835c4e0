/**
 * The one-neuron lab's sigmoid neuron h(x) = σ(w0 + w1·x) on a handful of 1-D points, trained with
 * the lecture's MSE (regression) or cross-entropy (classification). Every loss, gradient and
 * update comes from the engine (a 1-input, 1-unit sigmoid Network, its loss and its Trainer);
 * the per-sample terms are only there to show the formula with the numbers substituted.
 */
import { getLoss } from '../../../src-engine/losses/registry';
import { fusedGradient } from '../../../src-engine/losses/fused';
import { Network } from '../../../src-engine/network/network';
import { fit } from '../../../src-engine/train/fit';
import type { TrainingData } from '../../../src-engine/train/config';

export type NeuronMode = 'regression' | 'classification';
/** A sample [x, t]. */
export type XT = [number, number];
/** [w0 (bias), w1] */
export type NeuronWeights = [number, number];
export type NeuronParam = 'w0' | 'w1';

/** The engine's loss of each mode: the lecture's J = 1/(2m) Σ (h − t)² or the mean cross-entropy. */
export const lossOf = (mode: NeuronMode): 'mse' | 'binary_cross_entropy' =>
  mode === 'regression' ? 'mse' : 'binary_cross_entropy';

function network(w: NeuronWeights): Network {
  const net = new Network(
    { inputs: 1, layers: [{ units: 1, activation: 'sigmoid' }] },
    { dtype: 'float64' },
  );
  net.setWeights({ W: [[[w[1]]]], b: [[w[0]]] });
  return net;
}

function data(points: readonly XT[]): TrainingData {
  return {
    x: Float64Array.from(points, (p) => p[0]),
    y: Float64Array.from(points, (p) => p[1]),
    m: points.length,
  };
}

/** h(x) = σ(w0 + w1·x), by the engine's forward pass. */
export function neuronOutputs(w: NeuronWeights, xs: readonly number[]): number[] {
  return Array.from(network(w).predict(Float64Array.from(xs), xs.length));
}

/** J(w) on the points, by the engine's loss. */
export function neuronLoss(mode: NeuronMode, points: readonly XT[], w: NeuronWeights): number {
  const d = data(points);
  const y = network(w).predict(d.x, d.m);
  return getLoss(lossOf(mode)).value(y, d.y, d.m, 1);
}

/**
 * [∂J/∂w0, ∂J/∂w1] by the engine's backward pass, the way its Trainer computes them
 * (cross-entropy after a sigmoid is fused into ∂J/∂z = (h − t)/m).
 */
export function neuronGradient(
  mode: NeuronMode,
  points: readonly XT[],
  w: NeuronWeights,
): NeuronWeights {
  const net = network(w);
  const d = data(points);
  const y = net.forward(d.x, d.m);
  const dOut = new Float64Array(d.m);
  if (mode === 'classification') {
    fusedGradient(y, d.y, dOut, d.m, 1);
    net.backwardFromOutputPreActivation(dOut, d.m);
  } else {
    getLoss('mse').gradient(y, d.y, dOut, d.m, 1);
    net.backward(dOut, d.m);
  }
  const [W, b] = net.params();
  return [b.grad[0], W.grad[0]];
}

/**
 * The weights after `steps` full-batch gradient-descent updates w ← w − α∇J(w), made by the
 * engine's Trainer (plain SGD, K = m, data in order).
 */
export function neuronTrain(
  mode: NeuronMode,
  points: readonly XT[],
  w: NeuronWeights,
  alpha: number,
  steps: number,
): NeuronWeights {
  const net = network(w);
  fit(net, data(points), {
    loss: lossOf(mode),
    optimizer: { name: 'sgd' },
    learningRate: alpha,
    batchSize: points.length,
    epochs: steps,
    shuffle: false,
    seed: 1,
  });
  const weights = net.getWeights();
  return [weights.b[0][0], weights.W[0][0][0]];
}

/** One sample's share of the gradient sums, for showing the formula with numbers in it. */
export interface GradientTerm {
  x: number;
  t: number;
  /** h(x) */
  h: number;
  /** the factor multiplying x_j: (h − t)·h(1 − h) for MSE, (h − t) for cross-entropy */
  factor: number;
}

/** The per-sample terms of the lecture's gradient formula at w. */
export function gradientTerms(
  mode: NeuronMode,
  points: readonly XT[],
  w: NeuronWeights,
): GradientTerm[] {
  const hs = neuronOutputs(
    w,
    points.map((p) => p[0]),
  );
  return points.map(([x, t], i) => {
    const h = hs[i];
    return { x, t, h, factor: mode === 'regression' ? (h - t) * h * (1 - h) : h - t };
  });
}
