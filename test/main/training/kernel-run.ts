import type { RunRequest } from '../../../src-main/training/protocol';

/**
 * A run for the kernel tests: 64 inputs → `units` → 1 at batch 4. With 64 units the first layer
 * is large enough for WebAssembly (4 · 64 · 64 multiply-adds) and the second is not
 * (4 · 64 · 1); with 32768 the first splits its products between two threads (≥ 2^23).
 * `rows` other than 4 leaves the data short of what m says, and the run fails.
 */
export function kernelRun(runId: string, units = 64, rows = 4): RunRequest {
  const m = 4;
  return {
    runId,
    spec: {
      inputs: 64,
      layers: [
        { units, activation: 'relu' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    dtype: 'float32',
    initSeed: 1,
    config: {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'sgd' },
      learningRate: 0.1,
      batchSize: m,
      epochs: 3,
      shuffle: false,
      seed: 1,
    },
    train: {
      x: Float32Array.from({ length: rows * 64 }, (_, i) => (i % 7) / 7),
      y: Float32Array.from({ length: rows }, (_, i) => [0, 1, 1, 0][i % 4]),
      m,
      task: 'classification',
    },
  };
}
