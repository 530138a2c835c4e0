import { describe, expect, it } from 'vitest';
import type { DType } from '../../../src-engine/core/float-array';
import { toFloatArray } from '../../../src-engine/core/float-array';
import type { KernelPolicy } from '../../../src-engine/kernels/kernel-choice';
import { WASM_MIN_WORK, setKernelPolicy } from '../../../src-engine/kernels/kernel-choice';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { Rng } from '../../../src-engine/random/rng';
import { Trainer } from '../../../src-engine/train/trainer';

// Training at a size where the engine chooses the WebAssembly kernels for float32 (every
// layer here is above WASM_MIN_WORK) against the same run in float64, which always runs the
// JavaScript kernels in double precision; and the float32 run repeated, bit for bit.

const CLASSES = 16;
const spec: NetworkSpec = {
  inputs: 100,
  layers: [
    { units: 64, activation: 'relu' },
    { units: 33, activation: 'tanh' },
    { units: CLASSES, activation: 'softmax' },
  ],
};
const BATCH = 32;
const M = 96;

function data(dtype: DType) {
  const rng = new Rng(21);
  const x = Array.from({ length: M * spec.inputs }, () => rng.uniform(0, 1));
  const y = new Array<number>(M * CLASSES).fill(0);
  for (let r = 0; r < M; r++) y[r * CLASSES + rng.int(CLASSES)] = 1;
  return { x: toFloatArray(dtype, x), y: toFloatArray(dtype, y), m: M };
}

function train(dtype: DType, kernels: KernelPolicy = 'auto', optimizer: 'adam' | 'sgd' = 'adam') {
  const previous = setKernelPolicy(kernels);
  try {
    return trainWithPolicy(dtype, optimizer);
  } finally {
    setKernelPolicy(previous);
  }
}

function trainWithPolicy(dtype: DType, optimizer: 'adam' | 'sgd') {
  const network = new Network(spec, { dtype, seed: 3 });
  const trainer = new Trainer(network, data(dtype), {
    loss: 'cross_entropy',
    optimizer: { name: optimizer },
    learningRate: 0.01,
    batchSize: BATCH,
    epochs: 4,
    shuffle: true,
    seed: 4,
  });
  const losses: number[] = [];
  while (!trainer.finished) losses.push(trainer.step().batch.loss);
  return { losses, weights: network.getWeights() };
}

describe('training on the WebAssembly kernels', () => {
  it('chooses them for every layer above the threshold, and they differ from JavaScript', () => {
    expect(BATCH * 33 * CLASSES).toBeGreaterThanOrEqual(WASM_MIN_WORK);
    // SGD: its updates stay in JavaScript under every policy, so only the products can differ
    const auto = train('float32', 'auto', 'sgd');
    expect(train('float32', 'wasm', 'sgd')).toEqual(auto);
    // float32 sums in SIMD lanes round differently from JavaScript's double sums: were both
    // the same, the two checks above would not tell which kernels ran.
    expect(train('float32', 'javascript', 'sgd').weights).not.toEqual(auto.weights);
  });

  it('follows the float64 run: losses to 1e-4, weights to 1e-3 (float32 over 12 Adam steps)', () => {
    const single = train('float32');
    const double = train('float64');
    single.losses.forEach((loss, i) =>
      expect(Math.abs(loss - double.losses[i]) / double.losses[i]).toBeLessThan(1e-4),
    );
    double.weights.W.forEach((w, l) => {
      const a = single.weights.W[l].flat();
      const b = w.flat();
      const worst = Math.max(...b.map((v, i) => Math.abs(a[i] - v) / Math.max(Math.abs(v), 1e-2)));
      expect(worst).toBeLessThan(1e-3);
    });
  });

  it('repeats bit for bit', () => {
    const first = train('float32');
    const second = train('float32');
    expect(second.losses).toEqual(first.losses);
    expect(second.weights).toEqual(first.weights);
  });
});
