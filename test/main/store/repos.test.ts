import { describe, expect, it } from 'vitest';
import type { TrainerCheckpoint } from '../../../src-engine/train/checkpoint';
import type { ModelFile } from '../../../src-engine/serialize/model-format';
import { datasetHash, StoreError } from '../../../src-main/store';
import { configFor, reports, storeWithRun, tempStore, xorDataset } from './helpers';

const count = (store: ReturnType<typeof tempStore>, table: string) =>
  store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function checkpointAt(epoch: number): TrainerCheckpoint {
  return {
    version: 1,
    params: [[epoch, 0.5]],
    optimizer: {} as TrainerCheckpoint['optimizer'],
    batches: { rng: [1, 2, 3, 4], order: [0, 1, 2, 3] },
    schedule: { kind: 'constant' } as unknown as TrainerCheckpoint['schedule'],
    baseRate: 0.5,
    epoch,
    batchInEpoch: 0,
    steps: epoch * 2,
    epochLoss: 0,
    epochCorrect: 0,
    history: [],
    early: null,
  };
}

describe('datasets', () => {
  it('stores the arrays and reads them back exactly', () => {
    const store = tempStore();
    const input = xorDataset();
    const { dataset, created } = store.datasets.add(input);
    expect(created).toBe(true);
    expect(dataset.hash).toBe(datasetHash(input));
    const back = store.datasets.get(dataset.id)!;
    expect(back.x).toEqual(input.x);
    expect(back.y).toEqual(input.y);
    expect(back.labels).toEqual(input.labels);
    expect(back.columns).toEqual(input.columns);
    expect(back.split).toEqual(input.split);
    expect(store.datasets.findByHash(dataset.hash)?.id).toBe(dataset.id);
    store.datasets.delete(dataset.id);
    expect(store.datasets.get(dataset.id)).toBeUndefined();
  });

  it('stores the same content once, whatever its name', () => {
    const store = tempStore();
    const first = store.datasets.add(xorDataset());
    const again = store.datasets.add({ ...xorDataset(), name: 'another name' });
    expect(again.created).toBe(false);
    expect(again.dataset.id).toBe(first.dataset.id);
    expect(store.datasets.add(xorDataset(1)).created).toBe(true);
    expect(store.datasets.list()).toHaveLength(2);
  });

  it('refuses arrays that do not match the row count', () => {
    const store = tempStore();
    expect(() => store.datasets.add({ ...xorDataset(), rowCount: 3 })).toThrow(/rows/);
  });

  it('refuses to delete a dataset an experiment uses', () => {
    const { store, datasetId } = storeWithRun();
    expect(() => store.datasets.delete(datasetId)).toThrow(/used by experiments/);
  });
});

describe('designs', () => {
  const spec = { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' as const }] };

  it('creates, renames, updates, duplicates and deletes', () => {
    const store = tempStore();
    const design = store.designs.create('perceptron', spec);
    expect(store.designs.get(design.id)?.spec).toEqual(spec);
    expect(store.designs.rename(design.id, 'single neuron').name).toBe('single neuron');
    const wider = {
      inputs: 2,
      layers: [{ units: 3, activation: 'relu' as const }, ...spec.layers],
    };
    expect(store.designs.update(design.id, wider).spec).toEqual(wider);
    expect(store.designs.duplicate(design.id).name).toBe('single neuron (copy)');
    expect(store.designs.duplicate(design.id).name).toBe('single neuron (copy 2)');
    expect(store.designs.list().map((d) => d.name)).toEqual([
      'single neuron',
      'single neuron (copy 2)',
      'single neuron (copy)',
    ]);
    store.designs.delete(design.id);
    expect(store.designs.get(design.id)).toBeUndefined();
    expect(() => store.designs.delete(design.id)).toThrow(/no design/);
  });

  it('keeps names unique', () => {
    const store = tempStore();
    store.designs.create('a', spec);
    const b = store.designs.create('b', spec);
    expect(() => store.designs.create('a', spec)).toThrow(/already exists/);
    expect(() => store.designs.rename(b.id, 'a')).toThrow(StoreError);
  });

  it('leaves experiments made from a deleted design with their own spec', () => {
    const { store, runId } = storeWithRun();
    const design = store.designs.create('d', spec);
    store.db.prepare('UPDATE experiments SET design_id = ? WHERE id = ?').run(design.id, runId);
    store.designs.delete(design.id);
    const run = store.experiments.get(runId)!;
    expect(run.designId).toBeNull();
    expect(run.config.spec.layers).toHaveLength(2);
  });
});

describe('experiments', () => {
  it('returns everything needed to reproduce a run', () => {
    const store = tempStore();
    const input = xorDataset();
    const { dataset } = store.datasets.add(input);
    const config = configFor(input, 42);
    const run = store.experiments.create({ name: 'r', datasetId: dataset.id, config });
    const back = store.experiments.get(run.id)!;
    expect(back.config).toEqual(config);
    expect(back.config.seed).toBe(42);
    expect(back.config.datasetHash).toBe(dataset.hash);
    expect(back.status).toBe('queued');
    expect(store.datasets.findByHash(back.config.datasetHash)?.id).toBe(back.datasetId);
  });

  it('refuses a config whose dataset hash is not the dataset', () => {
    const store = tempStore();
    const { dataset } = store.datasets.add(xorDataset());
    const config = configFor(xorDataset(1));
    expect(() => store.experiments.create({ name: 'r', datasetId: dataset.id, config })).toThrow(
      /does not match/,
    );
  });

  it('renames, sets notes, and keeps tags unique', () => {
    const { store, runId } = storeWithRun();
    expect(store.experiments.rename(runId, 'renamed').name).toBe('renamed');
    expect(store.experiments.setNotes(runId, 'lr too high?').notes).toBe('lr too high?');
    store.experiments.addTag(runId, 'sweep');
    store.experiments.addTag(runId, 'sweep');
    expect(store.experiments.addTag(runId, 'baseline').tags).toEqual(['baseline', 'sweep']);
    expect(count(store, 'experiment_tags')).toBe(2);
    expect(() =>
      store.db.prepare("INSERT INTO experiment_tags VALUES (?, 'sweep')").run(runId),
    ).toThrow(/UNIQUE/);
    expect(store.experiments.removeTag(runId, 'sweep').tags).toEqual(['baseline']);
  });

  it('stamps start and finish times as the status moves', () => {
    const { store, runId } = storeWithRun();
    const running = store.experiments.setStatus(runId, 'running');
    expect(running.startedAt).not.toBeNull();
    expect(running.finishedAt).toBeNull();
    expect(store.experiments.setStatus(runId, 'paused').startedAt).toBe(running.startedAt);
    const done = store.experiments.finish(runId, 'done', { finalMetrics: { loss: 0.01 } });
    expect(done.status).toBe('done');
    expect(done.finishedAt).toBeGreaterThan(running.startedAt!);
    expect(done.finalMetrics).toEqual({ loss: 0.01 });
  });

  it('refuses an unknown status (CHECK constraint)', () => {
    const { store, runId } = storeWithRun();
    expect(() => store.experiments.setStatus(runId, 'exploded' as 'done')).toThrow(
      /not a run status/,
    );
    expect(() =>
      store.db.prepare("UPDATE experiments SET status = 'early-stopped' WHERE id = ?").run(runId),
    ).toThrow(/CHECK constraint/);
    expect(store.experiments.get(runId)!.status).toBe('queued');
  });

  it('deletes a run with its tags, metrics, checkpoint and model', () => {
    const { store, runId } = storeWithRun();
    store.experiments.addTag(runId, 't');
    store.metrics.append(runId, reports(1, 300));
    store.checkpoints.save(runId, checkpointAt(300));
    store.models.save(runId, { format: 'neuron-lab-model' } as ModelFile);
    store.experiments.delete(runId);
    for (const table of [
      'experiments',
      'experiment_tags',
      'metrics',
      'metric_chunks',
      'checkpoints',
      'models',
    ]) {
      expect(count(store, table), table).toBe(0);
    }
    expect(store.datasets.list()).toHaveLength(1);
  });
});

describe('metrics', () => {
  it('appends a batch in one transaction and reads curves in epoch order', () => {
    const { store, runId } = storeWithRun();
    store.metrics.append(runId, reports(301, 600));
    store.metrics.append(runId, reports(1, 300).reverse());
    const curves = store.metrics.curves(runId);
    expect(Array.from(curves.epoch)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    expect(curves.loss[9]).toBeCloseTo(1 / 10, 12);
    expect(curves.step[599]).toBe(1200);
    expect(Number.isNaN(curves.validationAccuracy[0])).toBe(true);
    expect(store.experiments.get(runId)!.epochsDone).toBe(600);
  });

  it('writes nothing of a batch that fails part-way', () => {
    const { store, runId } = storeWithRun();
    const bad = reports(1, 5);
    (bad[3] as { epoch: unknown }).epoch = 'four';
    expect(() => store.metrics.append(runId, bad)).toThrow();
    expect(count(store, 'metrics')).toBe(0);
    expect(() => store.metrics.append(runId + 1, reports(1, 3))).toThrow(/FOREIGN KEY/);
    expect(count(store, 'metrics')).toBe(0);
  });

  it('drops the epochs after a checkpoint before a resume', () => {
    const { store, runId } = storeWithRun();
    store.metrics.append(runId, reports(1, 600));
    store.metrics.deleteAfter(runId, 270);
    expect(store.metrics.curves(runId).epoch).toHaveLength(270);
    expect(store.experiments.get(runId)!.epochsDone).toBe(270);
    store.metrics.append(runId, reports(271, 280));
    expect(Array.from(store.metrics.curves(runId).epoch.slice(-2))).toEqual([279, 280]);
  });
});

describe('checkpoints and models', () => {
  it('keeps only the latest checkpoint of a run', () => {
    const { store, runId } = storeWithRun();
    store.checkpoints.save(runId, checkpointAt(5));
    store.checkpoints.save(runId, checkpointAt(9));
    const latest = store.checkpoints.get(runId)!;
    expect(latest.epoch).toBe(9);
    expect(latest.checkpoint).toEqual(checkpointAt(9));
    expect(count(store, 'checkpoints')).toBe(1);
  });

  it('stores the final model', () => {
    const { store, runId } = storeWithRun();
    const model = { format: 'neuron-lab-model', version: 1, dtype: 'float32' } as ModelFile;
    store.models.save(runId, model);
    expect(store.models.get(runId)?.model).toEqual(model);
    expect(store.models.get(runId + 1)).toBeUndefined();
  });
});
