import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../src-engine/data/generators';
import { parseModel } from '../../../src-engine/serialize/model-format';
import { RunService } from '../../../src-main/services/run-service';
import type { StartRun } from '../../../src-main/services/start-run';
import { openStore } from '../../../src-main/store';
import type { Store } from '../../../src-main/store';
import { Supervisor } from '../../../src-main/training/supervisor';
import { forkLauncher } from '../../../src-main/training/trainer-launcher';
import type { TrainerLauncher } from '../../../src-main/training/trainer-launcher';
import { bundledTrainer } from '../../../scripts/lib/trainer-bundle.mjs';

let trainerEntry = '';
beforeAll(() => {
  trainerEntry = bundledTrainer();
});

const open: Array<{ store: Store; supervisor: Supervisor }> = [];
afterEach(() => {
  for (const { store, supervisor } of open.splice(0)) {
    supervisor.shutdown();
    store.close();
  }
});

/** A store in a fresh folder, a supervisor whose trainers' pids are recorded, a service. */
function lab(maxConcurrent = 2) {
  const store = openStore({ dataDir: mkdtempSync(join(tmpdir(), 'neuron-lab-')) });
  const pids: number[] = [];
  const base = forkLauncher(trainerEntry);
  const launcher: TrainerLauncher = () => {
    const channel = base();
    if (channel.pid) pids.push(channel.pid);
    return channel;
  };
  const supervisor = new Supervisor({ launcher, maxConcurrent });
  const events: Array<{ name: string; payload: unknown }> = [];
  const service = new RunService(
    store,
    supervisor,
    { emit: (name, payload) => events.push({ name, payload }) },
    '0.1.0',
    0, // a checkpoint every 10 epochs however fast: the kill tests look for them
  );
  open.push({ store, supervisor });
  return { store, service, pids, events };
}

function addXor(store: Store) {
  const d = generate('xor-gate');
  return store.datasets.add({
    name: 'XOR',
    source: 'builtin:xor-gate',
    columns: [
      { name: 'x1', type: 'numeric', role: 'input' },
      { name: 'x2', type: 'numeric', role: 'input' },
      { name: 'y', type: 'categorical', role: 'target', categories: ['0', '1'] },
    ],
    task: 'classification',
    rowCount: d.m,
    split: { train: 1, validation: 0, test: 0 },
    x: d.x as Float32Array,
    y: d.y as Float32Array,
    labels: d.labels,
  }).dataset;
}

function xorRun(datasetId: number, epochs: number): StartRun {
  return {
    datasetId,
    spec: {
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    training: {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'sgd' },
      learningRate: 1,
      batchSize: 4,
      epochs,
      shuffle: false,
      seed: 1,
    },
    seed: 3,
  };
}

describe('RunService', () => {
  it('stores a run, trains it in a trainer process, keeps every epoch, the model and the final metrics', async () => {
    const { store, service, events } = lab();
    const dataset = addXor(store);
    const id = service.start(xorRun(dataset.id, 1500));
    const record = await service.waitFor(id);
    expect(record.status).toBe('done');
    expect(record.epochsDone).toBe(1500);
    expect(record.finalMetrics?.accuracy).toBe(1);
    const curves = store.metrics.curves(id);
    expect(Array.from(curves.epoch)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
    const { network } = parseModel(store.models.get(id)!.model);
    expect(
      Array.from(network.predict(Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]), 4), (v) =>
        v >= 0.5 ? 1 : 0,
      ),
    ).toEqual([0, 1, 1, 0]);
    expect(store.checkpoints.get(id)?.epoch).toBe(1500);
    expect(events.some((e) => e.name === 'runs:progress')).toBe(true);
    expect(events.at(-1)).toEqual({
      name: 'runs:status',
      payload: { experimentId: id, status: 'done', reason: undefined },
    });
  }, 30_000);

  it('names a run: the interface’s automatic name (numbered when taken), else its own English one', async () => {
    const { store, service } = lab();
    const dataset = addXor(store);
    const said = 'XOR 2-4-1 · SGD, tasa 1';
    const extras = [{ autoName: said }, { autoName: said }, {}, { name: 'mine', autoName: said }];
    const ids = extras.map((extra) => service.start({ ...xorRun(dataset.id, 5), ...extra }));
    for (const id of ids) await service.waitFor(id);
    expect(ids.map((id) => store.experiments.get(id)!.name)).toEqual([
      said,
      `${said} (2)`,
      'XOR 2-4-1 · SGD, lr 1',
      'mine',
    ]);
  }, 30_000);

  it('re-running an experiment gives the same metrics, number for number', async () => {
    const { store, service } = lab();
    const dataset = addXor(store);
    const first = service.start(xorRun(dataset.id, 200));
    await service.waitFor(first);
    const second = service.rerun(first);
    await service.waitFor(second);
    expect(Array.from(store.metrics.curves(second).loss)).toEqual(
      Array.from(store.metrics.curves(first).loss),
    );
    expect(store.experiments.get(second)!.config).toEqual(store.experiments.get(first)!.config);
  }, 30_000);

  it('refuses a network that does not fit the dataset, naming both sizes', () => {
    const { store, service } = lab();
    const dataset = addXor(store);
    const run = xorRun(dataset.id, 10);
    run.spec = { inputs: 3, layers: [{ units: 1, activation: 'sigmoid' }] };
    expect(() => service.start(run)).toThrow("the network has 3 inputs; dataset 'XOR' has 2");
  });

  it('a run stopped while queued, or before its trainer is ready, ends stopped', async () => {
    const { store, service } = lab(1);
    const dataset = addXor(store);
    const first = service.start(xorRun(dataset.id, 1_000_000));
    const queued = service.start(xorRun(dataset.id, 10));
    service.control(queued, 'stop');
    const dropped = await service.waitFor(queued);
    expect(dropped).toMatchObject({ status: 'stopped', reason: 'stopped before it started' });
    expect(store.models.get(queued)).toBeUndefined();
    // the first run's trainer may not have said it is ready yet: the stop must still arrive
    service.control(first, 'stop');
    expect((await service.waitFor(first)).status).toBe('stopped');
  }, 20_000);

  it('killing trainers at random points 50 times: runs crashed with their last checkpoint, the database intact, other experiments untouched', async () => {
    const { store, service, pids } = lab(1);
    const dataset = addXor(store);
    const keeper = service.start(xorRun(dataset.id, 100));
    await service.waitFor(keeper);
    const before = JSON.stringify({
      e: store.experiments.get(keeper),
      c: Array.from(store.metrics.curves(keeper).loss),
      m: store.models.get(keeper),
    });
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 50; i++) {
      const run = { ...xorRun(dataset.id, 1_000_000), name: `victim ${i}` };
      const id = service.start(run);
      const waitMs = Math.floor(random() * 150);
      await new Promise((r) => setTimeout(r, 30 + waitMs));
      process.kill(pids.at(-1)!, 'SIGKILL');
      const record = await service.waitFor(id);
      expect(record.status).toBe('crashed');
      expect(record.reason).toMatch(/killed \(SIGKILL\)|exited/);
      const checkpoint = store.checkpoints.get(id);
      if (checkpoint) expect(checkpoint.epoch).toBeLessThanOrEqual(record.epochsDone);
    }
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = JSON.stringify({
      e: store.experiments.get(keeper),
      c: Array.from(store.metrics.curves(keeper).loss),
      m: store.models.get(keeper),
    });
    expect(after).toBe(before);
  }, 120_000);

  it('a crashed run resumes from its last checkpoint and finishes as if never interrupted', async () => {
    const { store, service, pids } = lab(1);
    const dataset = addXor(store);
    const straight = service.start(xorRun(dataset.id, 3000));
    await service.waitFor(straight);
    const id = service.start(xorRun(dataset.id, 3000));
    while ((store.checkpoints.get(id)?.epoch ?? 0) < 20) await new Promise((r) => setTimeout(r, 5));
    process.kill(pids.at(-1)!, 'SIGKILL');
    expect((await service.waitFor(id)).status).toBe('crashed');
    service.resume(id);
    const record = await service.waitFor(id);
    expect(record.status).toBe('done');
    expect(Array.from(store.metrics.curves(id).loss)).toEqual(
      Array.from(store.metrics.curves(straight).loss),
    );
  }, 30_000);
});

describe('RunService when a run cannot start', () => {
  it('a split the data cannot take marks the stored run failed instead of leaving it queued', () => {
    const { store, service } = lab();
    const dataset = addXor(store);
    const run = { ...xorRun(dataset.id, 10), split: { train: 0.5, validation: 0.2, test: 0.2 } };
    expect(() => service.start(run)).toThrow(/must be 1/);
    const [stored] = store.listExperiments({});
    expect(stored.status).toBe('failed');
    expect(stored.reason).toMatch(/must be 1/);
  });
});

describe('RunService when a run ends early', () => {
  it('an early-stopped run tells the views why with the engine’s code and values', async () => {
    const { store, service, events } = lab();
    const dataset = addXor(store);
    const run = xorRun(dataset.id, 50);
    // no epoch improves by a million: stopped after the second epoch, the first one's weights back
    run.training.earlyStopping = { patience: 1, minDelta: 1e6 };
    const id = service.start(run);
    const record = await service.waitFor(id);
    expect(record.status).toBe('done'); // early stopping is a way of finishing
    const ended = events.at(-1)!.payload as { reason?: string; reasonDetail?: unknown };
    expect(ended.reason).toBe(record.reason);
    expect(ended.reason).toMatch(/^validation loss did not improve for 1 epochs .*at epoch 1\)/);
    expect(ended.reasonDetail).toMatchObject({
      key: 'engine.run.earlyStoppedRestored',
      params: { patience: 1, epoch: 1 },
    });
    // stored too, so the Experiments views say it in their reader's language later
    expect(record.reasonDetail).toEqual(ended.reasonDetail);
    expect(store.experiments.get(id)?.reasonDetail).toEqual(ended.reasonDetail);
  }, 30_000);
});
