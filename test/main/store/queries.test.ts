import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrainerCheckpoint } from '../../../src-engine/train/checkpoint';
import type { DatasetInput } from '../../../src-main/store/records';
import { configFor, reports, storeWithRun, tempDir, tempStore, xorDataset } from './helpers';

function threeRuns() {
  const store = tempStore();
  const input = xorDataset();
  const { dataset } = store.datasets.add(input);
  const design = store.designs.create('tiny', configFor(input).spec);
  const make = (name: string, designId: number | null) =>
    store.experiments.create({ name, datasetId: dataset.id, designId, config: configFor(input) })
      .id;
  return { store, ids: [make('alpha', design.id), make('beta 100%', null), make('gamma', null)] };
}

describe('compareExperiments', () => {
  it('returns each run with its config, final metrics and curves in epoch order', () => {
    const { store, ids } = threeRuns();
    store.metrics.append(ids[0], reports(500, 700));
    store.metrics.append(ids[0], reports(1, 499));
    store.metrics.append(ids[2], reports(1, 3));
    store.experiments.finish(ids[0], 'done', { finalMetrics: { loss: 0.1 } });
    const result = store.compareExperiments([ids[2], ids[1], ids[0]]);
    expect(result.map((r) => r.experiment.id)).toEqual([ids[2], ids[1], ids[0]]);
    const first = result[2];
    expect(Array.from(first.curves.epoch)).toEqual(Array.from({ length: 700 }, (_, i) => i + 1));
    expect(first.curves.loss[599]).toBeCloseTo(1 / 600, 12);
    expect(first.experiment.finalMetrics).toEqual({ loss: 0.1 });
    expect(first.experiment.config.seed).toBe(1);
    expect(result[1].curves.epoch).toHaveLength(0);
    expect(Array.from(result[0].curves.validationLoss)).toEqual([2, 1, 2 / 3]);
  });

  it('names ids that do not exist', () => {
    const { store, ids } = threeRuns();
    expect(() => store.compareExperiments([ids[0], 999])).toThrow(/no experiment 999/);
  });
});

describe('listExperiments', () => {
  it("lists what main made a dataset's name from, so an interface can say it in its language", () => {
    const store = tempStore();
    const nameFrom = { builtin: 'spiral', params: { count: 4, noise: 0.1 } };
    const drawn = {
      ...xorDataset(1),
      name: 'Spiral (count 4, noise 0.1)',
      source: 'builtin:spiral',
    };
    const generated = store.datasets.add({ ...drawn, nameFrom }).dataset;
    // a dataset whose name someone gave (a file's, a person's), even in main's words
    const plain = store.datasets.add({ ...xorDataset(2), name: drawn.name, source: 'data.csv' });
    const run = (datasetId: number, input: DatasetInput) =>
      store.experiments.create({ name: `on ${datasetId}`, datasetId, config: configFor(input) });
    const onGenerated = run(generated.id, drawn).id;
    const onPlain = run(plain.dataset.id, xorDataset(2)).id;
    const listed = new Map(store.listExperiments().map((r) => [r.id, r]));
    expect(listed.get(onGenerated)).toMatchObject({
      datasetName: 'Spiral (count 4, noise 0.1)',
      datasetNameFrom: nameFrom,
    });
    expect(listed.get(onPlain)).toMatchObject({ datasetName: 'Spiral (count 4, noise 0.1)' });
    expect(listed.get(onPlain)).not.toHaveProperty('datasetNameFrom');
  });

  it('lists with dataset and design names, filtered and sorted', () => {
    const { store, ids } = threeRuns();
    store.experiments.addTag(ids[1], 'sweep');
    store.experiments.setStatus(ids[2], 'running');
    store.experiments.setNotes(ids[0], 'try momentum');
    const all = store.listExperiments();
    expect(all.map((r) => r.name)).toEqual(['gamma', 'beta 100%', 'alpha']);
    expect(all[2]).toMatchObject({
      datasetName: 'xor 0',
      designName: 'tiny',
      notes: 'try momentum',
      // the settings a list shows beside the name
      training: { optimizer: { name: 'sgd' }, learningRate: 0.5, batchSize: 4 },
    });
    expect(all[1].designName).toBeNull();
    expect(store.listExperiments({ tag: 'sweep' }).map((r) => r.id)).toEqual([ids[1]]);
    expect(store.listExperiments({ status: 'running' }).map((r) => r.id)).toEqual([ids[2]]);
    expect(store.listExperiments({ status: ['running', 'queued'] })).toHaveLength(3);
    expect(store.listExperiments({ search: 'MOMENTUM' }).map((r) => r.id)).toEqual([ids[0]]);
    expect(store.listExperiments({ search: '0%' }).map((r) => r.id)).toEqual([ids[1]]);
    expect(store.listExperiments({ search: '%' }).map((r) => r.id)).toEqual([ids[1]]);
    expect(store.listExperiments({ sort: 'oldest', limit: 2 }).map((r) => r.id)).toEqual(
      ids.slice(0, 2),
    );
    expect(store.listExperiments({ sort: 'name' }).map((r) => r.name)).toEqual([
      'alpha',
      'beta 100%',
      'gamma',
    ]);
  });
});

describe('markInterruptedRuns', () => {
  it('marks running and paused runs crashed with a reason, keeping their checkpoint', () => {
    const { store, ids } = threeRuns();
    store.experiments.setStatus(ids[0], 'running');
    store.experiments.setStatus(ids[1], 'paused');
    store.checkpoints.save(ids[0], { epoch: 3 } as TrainerCheckpoint);
    expect(store.markInterruptedRuns()).toEqual([ids[0], ids[1]]);
    const [a, b, c] = ids.map((id) => store.experiments.get(id)!);
    expect([a.status, b.status, c.status]).toEqual(['crashed', 'crashed', 'queued']);
    expect(a.reason).toMatch(/closed or crashed/);
    expect(a.finishedAt).not.toBeNull();
    expect(store.checkpoints.get(ids[0])?.epoch).toBe(3);
    expect(store.markInterruptedRuns()).toEqual([]);
  });
});

describe('backupTo', () => {
  it('writes a database that opens, passes integrity_check and holds the same rows', async () => {
    const { store, runId } = storeWithRun();
    store.metrics.append(runId, reports(1, 50));
    const target = path.join(tempDir(), 'backups', 'lab.db');
    const result = await store.backupTo(target);
    expect(result.file).toBe(target);
    // The live store keeps working, and what is written after the backup is not in it.
    store.experiments.rename(runId, 'after backup');
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM metrics').pluck().get()).toBe(50);
    expect(copy.prepare('SELECT name FROM experiments').pluck().get()).toBe('xor run');
    copy.close();
    expect(fs.readdirSync(path.dirname(target))).toEqual(['lab.db']);
  });

  it('refuses to back up onto the live file', async () => {
    const { store } = storeWithRun();
    await expect(store.backupTo(store.file)).rejects.toThrow(/onto itself/);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
