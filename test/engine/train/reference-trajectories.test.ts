import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DType, FloatArray } from '../../../src-engine/core/float-array';
import { toFloatArray } from '../../../src-engine/core/float-array';
import { Network } from '../../../src-engine/network/network';
import type { ActivationName } from '../../../src-engine/activations/activation';
import type { LossName } from '../../../src-engine/losses/loss';
import type { OptimizerSpec } from '../../../src-engine/optim/optimizer';
import { Trainer } from '../../../src-engine/train/trainer';
import { getLoss } from '../../../src-engine/losses/registry';
import { setKernelPolicy } from '../../../src-engine/kernels/kernel-choice';

/** One PyTorch run (see test/fixtures/reference/README.md). */
interface Reference {
  name: string;
  sizes: number[];
  activations: ActivationName[];
  loss: LossName;
  optimizer: {
    name: 'sgd' | 'adam';
    lr: number;
    momentum?: number;
    weightDecay?: number;
    beta1?: number;
    beta2?: number;
    eps?: number;
  };
  schedule?: { c1: number; c2: number };
  batchSize: number;
  epochs: number;
  x: number[][];
  t: number[][];
  init: { W: number[][][]; b: number[][] };
  expected: {
    stepLosses: number[];
    learningRates: number[];
    final: { W: number[][][]; b: number[][] };
    outputs: number[][];
    finalLoss: number;
  };
}

const folder = join(__dirname, '../../fixtures/reference');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Relative difference, measured against a floor so that numbers near zero compare
 * absolutely. */
function relErr(actual: number, expected: number, floor = 1e-3): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
}

function maxRelErr(actual: ArrayLike<number>, expected: number[], floor?: number): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++)
    worst = Math.max(worst, relErr(actual[i], expected[i], floor));
  return worst;
}

function replay(ref: Reference, dtype: DType) {
  const optimizer: OptimizerSpec =
    ref.optimizer.name === 'adam'
      ? {
          name: 'adam',
          beta1: ref.optimizer.beta1,
          beta2: ref.optimizer.beta2,
          eps: ref.optimizer.eps,
          weightDecay: ref.optimizer.weightDecay,
        }
      : { name: 'sgd', momentum: ref.optimizer.momentum, weightDecay: ref.optimizer.weightDecay };
  const network = new Network(
    {
      inputs: ref.sizes[0],
      layers: ref.activations.map((activation, l) => ({ units: ref.sizes[l + 1], activation })),
    },
    { dtype },
  );
  network.setWeights(ref.init);
  const m = ref.x.length;
  const data = { x: toFloatArray(dtype, ref.x.flat()), y: toFloatArray(dtype, ref.t.flat()), m };
  const trainer = new Trainer(network, data, {
    loss: ref.loss,
    optimizer,
    learningRate: ref.optimizer.lr,
    schedule: ref.schedule ? { kind: 'inverse', ...ref.schedule } : undefined,
    batchSize: ref.batchSize,
    epochs: ref.epochs,
    shuffle: false,
    seed: 0,
  });
  const losses: number[] = [];
  const rates: number[] = [];
  while (!trainer.finished) {
    const { batch } = trainer.step();
    losses.push(batch.loss);
    rates.push(batch.learningRate);
  }
  const outputs: FloatArray = network.predict(data.x, m);
  const finalLoss = getLoss(ref.loss).value(outputs, data.y, m, network.outputs);
  return { trainer, network, losses, rates, outputs, finalLoss };
}

describe('PyTorch reference trajectories', () => {
  it('finds the fixture files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    const ref = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Reference;

    it(`${file}: float64 matches every number to 1e-9 relative`, () => {
      const run = replay(ref, 'float64');
      expect(run.trainer.status).toBe('done');
      expect(maxRelErr(run.losses, ref.expected.stepLosses)).toBeLessThan(1e-9);
      expect(maxRelErr(run.rates, ref.expected.learningRates)).toBeLessThan(1e-12);
      const weights = run.network.getWeights();
      ref.expected.final.W.forEach((w, l) =>
        expect(maxRelErr(weights.W[l].flat(), w.flat())).toBeLessThan(1e-9),
      );
      ref.expected.final.b.forEach((b, l) => expect(maxRelErr(weights.b[l], b)).toBeLessThan(1e-9));
      expect(maxRelErr(run.outputs, ref.expected.outputs.flat())).toBeLessThan(1e-9);
      expect(relErr(run.finalLoss, ref.expected.finalLoss)).toBeLessThan(1e-9);
    });

    // These networks are small enough that the engine runs them in JavaScript; the second
    // float32 replay forces the WebAssembly kernels onto every layer, same tolerance.
    for (const kernels of ['auto', 'wasm'] as const) {
      it(`${file}: float32 (${kernels} kernels) matches to 1e-4 relative`, () => {
        const previous = setKernelPolicy(kernels);
        try {
          const run = replay(ref, 'float32');
          expect(maxRelErr(run.losses, ref.expected.stepLosses)).toBeLessThan(1e-4);
          expect(maxRelErr(run.rates, ref.expected.learningRates)).toBeLessThan(1e-6);
          const weights = run.network.getWeights();
          ref.expected.final.W.forEach((w, l) =>
            expect(maxRelErr(weights.W[l].flat(), w.flat(), 1e-2)).toBeLessThan(1e-4),
          );
          expect(maxRelErr(run.outputs, ref.expected.outputs.flat(), 1e-2)).toBeLessThan(1e-4);
        } finally {
          setKernelPolicy(previous);
        }
      });
    }
  }
});
