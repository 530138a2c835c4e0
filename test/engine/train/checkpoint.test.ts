import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { Trainer } from '../../../src-engine/train/trainer';
import type { TrainConfig, TrainingData } from '../../../src-engine/train/config';
import { Rng } from '../../../src-engine/random/rng';

function blobs(m: number, seed: number): TrainingData {
  const rng = new Rng(seed);
  const x = new Float32Array(m * 2);
  const y = new Float32Array(m * 3);
  for (let i = 0; i < m; i++) {
    const c = i % 3;
    x[i * 2] = Math.cos((2 * Math.PI * c) / 3) * 2 + rng.normal(0, 0.5);
    x[i * 2 + 1] = Math.sin((2 * Math.PI * c) / 3) * 2 + rng.normal(0, 0.5);
    y[i * 3 + c] = 1;
  }
  return { x, y, m, task: 'classification' };
}

const spec: NetworkSpec = {
  inputs: 2,
  layers: [
    { units: 6, activation: 'relu' },
    { units: 3, activation: 'softmax' },
  ],
};
const data = blobs(90, 1);
const validation = blobs(30, 2);

describe('checkpoints', () => {
  for (const optimizer of [{ name: 'sgd' as const, momentum: 0.9 }, { name: 'adam' as const }]) {
    for (const dtype of ['float32', 'float64'] as const) {
      it(`${optimizer.name}, ${dtype}: a run restored mid-epoch from a JSON checkpoint continues bit for bit`, () => {
        const config: TrainConfig = {
          loss: 'cross_entropy',
          optimizer,
          learningRate: 0.05,
          batchSize: 16,
          epochs: 6,
          shuffle: true,
          seed: 3,
          earlyStopping: { patience: 50 },
        };
        const straight = new Network(spec, { dtype, seed: 4 });
        const a = new Trainer(straight, data, config, validation);
        const lossesA: number[] = [];
        while (!a.finished) lossesA.push(a.step().batch.loss);

        const first = new Network(spec, { dtype, seed: 4 });
        const b = new Trainer(first, data, config, validation);
        const lossesB: number[] = [];
        for (let i = 0; i < 13; i++) lossesB.push(b.step().batch.loss);
        const saved = JSON.parse(JSON.stringify(b.checkpoint()));

        const second = new Network(spec, { dtype, seed: 999 });
        const c = new Trainer(second, data, config, validation);
        c.restore(saved);
        while (!c.finished) lossesB.push(c.step().batch.loss);

        expect(lossesB).toEqual(lossesA);
        expect(second.getWeights()).toEqual(straight.getWeights());
        expect(c.history).toEqual(a.history.map((h) => ({ ...h, millis: expect.any(Number) })));
      });
    }
  }

  it('refuses a checkpoint of another network', () => {
    const a = new Trainer(new Network(spec), data, {
      loss: 'cross_entropy',
      optimizer: { name: 'sgd' },
      learningRate: 0.1,
      batchSize: 10,
      epochs: 1,
      shuffle: false,
      seed: 1,
    });
    const other = new Trainer(
      new Network({ inputs: 2, layers: [{ units: 3, activation: 'softmax' }] }),
      data,
      {
        loss: 'cross_entropy',
        optimizer: { name: 'sgd' },
        learningRate: 0.1,
        batchSize: 10,
        epochs: 1,
        shuffle: false,
        seed: 1,
      },
    );
    expect(() => other.restore(a.checkpoint())).toThrow(/does not belong/);
  });
});
