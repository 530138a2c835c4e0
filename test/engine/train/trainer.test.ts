import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { Trainer } from '../../../src-engine/train/trainer';
import type { TrainConfig, TrainingData } from '../../../src-engine/train/config';
import { fit } from '../../../src-engine/train/fit';
import { Rng } from '../../../src-engine/random/rng';

const xor: TrainingData = {
  x: Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
  y: Float32Array.from([0, 1, 1, 0]),
  m: 4,
  task: 'classification',
};
const xorSpec: NetworkSpec = {
  inputs: 2,
  layers: [
    { units: 4, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};
const base: TrainConfig = {
  loss: 'binary_cross_entropy',
  optimizer: { name: 'sgd' },
  learningRate: 0.5,
  batchSize: 4,
  epochs: 10,
  shuffle: false,
  seed: 1,
};

/** m points of a noisy line y = 2x − 1, as a regression set. */
function line(m: number, seed: number): TrainingData {
  const rng = new Rng(seed);
  const x = new Float32Array(m);
  const y = new Float32Array(m);
  for (let i = 0; i < m; i++) {
    x[i] = rng.uniform(-1, 1);
    y[i] = 2 * x[i] - 1 + rng.normal(0, 0.3);
  }
  return { x, y, m, task: 'regression' };
}

describe('Trainer', () => {
  it('a multilayer network learns XOR', () => {
    const net = new Network(xorSpec, { seed: 3 });
    const result = fit(net, xor, { ...base, epochs: 2000, learningRate: 1 });
    expect(result.status).toBe('done');
    const y = net.predict(xor.x, 4);
    expect(Array.from(y, (v) => (v >= 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
    expect(result.history.at(-1)!.accuracy).toBe(1);
  });

  it("the lecture's batch example: m = 1000, K = 50 gives 20 batches; K = 1 gives 1000; K = m one", () => {
    const data = line(1000, 1);
    const spec: NetworkSpec = { inputs: 1, layers: [{ units: 1, activation: 'linear' }] };
    const cfg = { ...base, loss: 'mse' as const, epochs: 1, learningRate: 0.01 };
    for (const [k, batches] of [
      [50, 20],
      [1, 1000],
      [1000, 1],
      [300, 4],
    ]) {
      const sizes: number[] = [];
      fit(
        new Network(spec),
        data,
        { ...cfg, batchSize: k },
        { onBatch: (b) => sizes.push(b.size) },
      );
      expect(sizes.length).toBe(batches);
      expect(sizes.reduce((s, v) => s + v, 0)).toBe(1000);
    }
  });

  it('the last batch may be smaller (K = 300 on 1000: 300, 300, 300, 100)', () => {
    const sizes: number[] = [];
    fit(
      new Network({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] }),
      line(1000, 2),
      { ...base, loss: 'mse', epochs: 1, batchSize: 300 },
      { onBatch: (b) => sizes.push(b.size) },
    );
    expect(sizes).toEqual([300, 300, 300, 100]);
  });

  it('same spec + seed + data give the same run bit for bit, with shuffling', () => {
    const run = () => {
      const net = new Network(xorSpec, { seed: 9 });
      const losses: number[] = [];
      fit(
        net,
        xor,
        { ...base, batchSize: 1, shuffle: true, seed: 5, epochs: 30 },
        { onBatch: (b) => losses.push(b.loss) },
      );
      return { losses, w: net.getWeights() };
    };
    const a = run();
    const b = run();
    expect(a.losses).toEqual(b.losses);
    expect(a.w).toEqual(b.w);
    const c = (() => {
      const net = new Network(xorSpec, { seed: 9 });
      const losses: number[] = [];
      fit(
        net,
        xor,
        { ...base, batchSize: 1, shuffle: true, seed: 6, epochs: 30 },
        { onBatch: (bt) => losses.push(bt.loss) },
      );
      return losses;
    })();
    expect(c).not.toEqual(a.losses);
  });

  it('divergence stops the run with a reason that suggests a smaller learning rate', () => {
    const net = new Network(
      { inputs: 1, layers: [{ units: 1, activation: 'linear' }] },
      { seed: 1 },
    );
    const data = line(50, 3);
    data.x = data.x.map((v) => v * 100);
    const result = fit(net, data, {
      ...base,
      loss: 'mse',
      learningRate: 5,
      epochs: 500,
      batchSize: 50,
    });
    expect(result.status).toBe('diverged');
    expect(result.reason).toMatch(
      /^the (loss became (NaN|Infinity)|weights became infinite) .*epoch \d+.* try a smaller learning rate \(now 5\)/,
    );
    expect(result.epochs).toBeLessThan(500);
  });

  it('early stopping stops when validation loss stalls and restores the best weights', () => {
    const rng = new Rng(4);
    const m = 20;
    // A wide network on few noisy points overfits: validation loss turns up.
    const train = line(m, 5);
    const validation = line(200, 6);
    const net = new Network(
      {
        inputs: 1,
        layers: [
          { units: 64, activation: 'tanh' },
          { units: 1, activation: 'linear' },
        ],
        init: { kind: 'uniform', scale: 2 },
      },
      { seed: rng.int(1000) },
    );
    const snapshots = new Map<number, string>();
    const trainer = new Trainer(
      net,
      train,
      {
        ...base,
        loss: 'mse',
        optimizer: { name: 'adam' },
        learningRate: 0.05,
        batchSize: m,
        epochs: 3000,
        earlyStopping: { patience: 25 },
      },
      validation,
    );
    while (!trainer.finished) {
      const { epoch } = trainer.step();
      if (epoch) snapshots.set(epoch.epoch, JSON.stringify(net.getWeights()));
    }
    expect(trainer.status).toBe('early-stopped');
    const best = trainer.bestEpoch!;
    const history = trainer.history;
    expect(history.length).toBe(best + 25);
    const bestLoss = Math.min(...history.map((h) => h.validationLoss!));
    expect(history[best - 1].validationLoss).toBe(bestLoss);
    expect(JSON.stringify(net.getWeights())).toBe(snapshots.get(best));
    expect(trainer.reason).toMatch(/did not improve for 25 epochs.*weights of epoch \d+ restored/);
  });

  it('reports validation metrics each epoch and the learning rate used', () => {
    const epochs: number[] = [];
    const net = new Network(xorSpec, { seed: 2 });
    fit(
      net,
      xor,
      { ...base, epochs: 3 },
      { validation: xor, onEpoch: (e) => epochs.push(e.validationAccuracy ?? -1, e.learningRate) },
    );
    expect(epochs.length).toBe(6);
    expect(epochs[1]).toBe(0.5);
    expect(epochs[0]).toBeGreaterThanOrEqual(0);
  });

  it('step and exponential schedules decay per epoch; the inverse schedule per update', () => {
    const rates = (schedule: TrainConfig['schedule']) => {
      const out: number[] = [];
      fit(
        new Network(xorSpec),
        xor,
        { ...base, batchSize: 2, epochs: 4, learningRate: 0.8, schedule },
        { onBatch: (b) => out.push(b.learningRate) },
      );
      return out;
    };
    expect(rates({ kind: 'step', gamma: 0.5, every: 2 })).toEqual([
      0.8, 0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.4,
    ]);
    expect(rates({ kind: 'exponential', gamma: 0.5 })).toEqual([
      0.8, 0.8, 0.4, 0.4, 0.2, 0.2, 0.1, 0.1,
    ]);
    expect(rates({ kind: 'inverse', c1: 5, c2: 10 })).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((k) => 5 / (k + 10)),
    );
  });

  it('the learning rate can be changed while training, and a schedule continues from it', () => {
    const trainer = new Trainer(new Network(xorSpec), xor, {
      ...base,
      batchSize: 1,
      epochs: 3,
      schedule: { kind: 'inverse', c1: 5, c2: 10 },
    });
    trainer.step();
    trainer.step();
    trainer.setLearningRate(0.1);
    expect(trainer.step().batch.learningRate).toBeCloseTo(0.1, 15);
    expect(trainer.step().batch.learningRate).toBeCloseTo((0.1 * 12) / 13, 15);
    const constant = new Trainer(new Network(xorSpec), xor, base);
    constant.step();
    constant.setLearningRate(0.02);
    expect(constant.step().batch.learningRate).toBe(0.02);
    expect(() => constant.setLearningRate(-1)).toThrow(/positive/);
  });

  it('weights are reported on request', () => {
    const seen: unknown[] = [];
    fit(
      new Network(xorSpec),
      xor,
      { ...base, epochs: 2, reportWeights: true },
      { onEpoch: (e) => seen.push(e.weights) },
    );
    expect(seen.length).toBe(2);
    expect((seen[0] as { W: number[][][] }).W[0].length).toBe(4);
    expect(seen[0]).not.toEqual(seen[1]);
  });

  it('refuses data that does not fit the network, naming the row', () => {
    const net = new Network(xorSpec);
    expect(() => new Trainer(net, { ...xor, m: 3 }, base)).toThrow(/x must be 3 × 2/);
    const bad = { ...xor, x: Float32Array.from([0, 0, 0, 1, NaN, 0, 1, 1]) };
    expect(() => new Trainer(net, bad, base)).toThrow(/row 3, input 1 is NaN/);
    expect(() => new Trainer(net, xor, { ...base, batchSize: 0 })).toThrow(/batch size/);
    expect(
      () => new Trainer(net, xor, { ...base, optimizer: { name: 'sgd', momentum: 1.5 } }),
    ).toThrow(/momentum out of range/);
  });

  it('stop ends the run, and a finished run refuses more steps', () => {
    const trainer = new Trainer(new Network(xorSpec), xor, base);
    trainer.step();
    trainer.stop();
    expect(trainer.status).toBe('stopped');
    expect(() => trainer.step()).toThrow(/ended/);
  });

  it('result() sums up a stopped run: status, counts, reason and the epochs it finished', () => {
    const trainer = new Trainer(new Network(xorSpec), xor, { ...base, batchSize: 2 });
    for (let i = 0; i < 5; i++) trainer.step();
    trainer.stop();
    const result = trainer.result();
    expect(result).toMatchObject({ status: 'stopped', epochs: 2, steps: 5, bestEpoch: undefined });
    expect(result.reason).toMatch(/stopped by the user after epoch 2/);
    expect(result.history.map((h) => h.epoch)).toEqual([1, 2]);
  });
});
