import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { createEventHub } from '../../../src-main/contract/handlers';
import type { LabHandlers } from '../../../src-main/contract/handlers';
import { labHandlers } from '../../../src-main/services/handlers/lab-handlers';
import { openServices } from '../../../src-main/services/services';
import type { Services } from '../../../src-main/services/services';
import { forkLauncher } from '../../../src-main/training/trainer-launcher';
import { bundledTrainer } from '../../../scripts/lib/trainer-bundle.mjs';

let lab: Services;
let handlers: LabHandlers;
const seen: Array<{ name: string; payload: unknown }> = [];

beforeAll(() => {
  const hub = createEventHub();
  hub.subscribe((event) => seen.push(event));
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-handlers-'));
  lab = openServices({
    dataDir,
    launcher: forkLauncher(bundledTrainer()),
    events: hub,
    appVersion: '0.1.0',
  });
  handlers = labHandlers(lab, hub, { version: '0.1.0', dataDir, host: 'local' });
});
afterAll(() => lab.close());

/** A call as it arrives from a window: by name, with an unchecked payload. */
async function call(name: string, payload?: unknown) {
  return dispatch(handlers, name, payload, { host: 'local' });
}

async function value<T>(name: string, payload?: unknown): Promise<T> {
  const result = await call(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('the lab behind the contract', () => {
  it('app:info says which host and folder', async () => {
    expect(await value('app:info')).toMatchObject({ version: '0.1.0', host: 'local' });
  });

  it('generates a dataset, trains on it, and the experiment comes back with its curves', async () => {
    const dataset = await value<{ id: number; name: string }>('datasets:generate', {
      name: 'xor-gate',
      split: { train: 1, validation: 0, test: 0 },
    });
    expect((await value<Array<{ id: number }>>('datasets:list')).map((d) => d.id)).toContain(
      dataset.id,
    );
    const detail = await value<{
      inputs: number;
      outputs: number;
      firstRows: { rows: number; x: Float32Array };
    }>('datasets:get', { id: dataset.id });
    expect(detail).toMatchObject({ inputs: 2, outputs: 1, firstRows: { rows: 4 } });
    expect(Array.from(detail.firstRows.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    const { experimentId } = await value<{ experimentId: number }>('runs:start', {
      datasetId: dataset.id,
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
        epochs: 400,
        shuffle: false,
        seed: 1,
      },
      seed: 3,
    });
    const done = await lab.runs.waitFor(experimentId);
    expect(done.status).toBe('done');
    const got = await value<{
      experiment: { finalMetrics: Record<string, number> };
      curves: { epoch: Float64Array };
    }>('experiments:get', { id: experimentId });
    expect(got.curves.epoch.length).toBe(400);
    expect(got.experiment.finalMetrics.accuracy).toBe(1);
    expect(seen.some((e) => e.name === 'runs:progress')).toBe(true);
    await value('experiments:tag', { id: experimentId, tag: 'lesson 1' });
    const tagged = await value<Array<{ id: number }>>('experiments:list', { tag: 'lesson 1' });
    expect(tagged.map((e) => e.id)).toEqual([experimentId]);
  }, 30_000);

  it('previews and imports a dropped CSV file, with progress events', async () => {
    const content = 'size;colour;price\r\n1,5;red;10\r\n2,5;blue;20\r\n3,5;red;31\r\n4,5;;40\r\n';
    const preview = await value<{
      previewId: string;
      delimiter: string;
      decimalComma: boolean;
      rows: number;
      columns: Array<{ name: string; type: string }>;
      report: { lines: string[] };
    }>('datasets:preview', { fileName: 'prices.csv', content, requestId: 'p1' });
    expect(preview).toMatchObject({ delimiter: ';', decimalComma: true, rows: 4 });
    expect(preview.columns.map((c) => [c.name, c.type])).toEqual([
      ['size', 'numeric'],
      ['colour', 'categorical'],
      ['price', 'numeric'],
    ]);
    expect(preview.report.lines).toContain(
      'missing values (policy drop): 1 of 4 rows dropped — colour: 1 (1 empty); 3 rows kept',
    );
    // Another choice, reported without sending the file again; then imported from the preview.
    const choice = {
      roles: [{ column: 'price', role: 'target' }],
      missing: 'mode',
    };
    const plan = await value<{ rowsKept: number; lines: string[] }>('datasets:plan', {
      previewId: preview.previewId,
      ...choice,
    });
    expect(plan.rowsKept).toBe(4);
    expect(plan.lines).toContain(
      "missing values (policy mode): 1 cell filled — colour: 1 (1 empty) filled with its most frequent value 'red'; 4 rows kept",
    );
    const fromPreview = await value<{ rowCount: number; report: { lines: string[] } }>(
      'datasets:import',
      { fileName: 'prices.csv', previewId: preview.previewId, ...choice },
    );
    expect(fromPreview.rowCount).toBe(4);
    expect(fromPreview.report.lines).toEqual(plan.lines);
    // the table is let go once imported
    expect(await call('datasets:plan', { previewId: preview.previewId, ...choice })).toMatchObject({
      ok: false,
      error: { code: 'expired' },
    });
    const summary = await value<{ id: number; rowCount: number; task: string }>('datasets:import', {
      fileName: 'prices.csv',
      content,
      roles: [{ column: 'price', role: 'target' }],
      missing: 'drop',
      requestId: 'i1',
    });
    expect(summary).toMatchObject({ rowCount: 3, task: 'regression' });
    const detail = await value<{ inputs: number }>('datasets:get', { id: summary.id });
    expect(detail.inputs).toBe(3);
    expect(
      seen.some(
        (e) =>
          e.name === 'datasets:importProgress' &&
          (e.payload as { requestId: string }).requestId === 'i1',
      ),
    ).toBe(true);
  });

  it("services' own errors come back with their code and message", async () => {
    expect(await call('datasets:get', { id: 9999 })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'dataset 9999 does not exist',
        detail: { key: 'store.notFound.dataset', params: { id: 9999 } },
      },
    });
    const bad = await call('datasets:import', {
      fileName: 'x.csv',
      content: 'a,b\n1,2,3\n',
      roles: [],
      missing: 'drop',
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toMatch(/x\.csv: row 2 has 3 cells, the header has 2/);
    const dataset = await value<{ id: number }>('datasets:generate', { name: 'circle' });
    const mismatch = await call('runs:start', {
      datasetId: dataset.id,
      spec: { inputs: 5, layers: [{ units: 1, activation: 'sigmoid' }] },
      training: {
        loss: 'mse',
        optimizer: { name: 'sgd' },
        learningRate: 0.1,
        batchSize: 4,
        epochs: 1,
        shuffle: false,
        seed: 1,
      },
      seed: 1,
    });
    expect(mismatch).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: "the network has 5 inputs; dataset 'Circle' has 2",
        detail: { key: 'runFit.inputs', params: { inputs: 5, dataset: 'Circle', has: 2 } },
      },
    });
    expect(await call('datasets:generate', { name: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-dataset' },
    });
    expect(await call('runs:control', { experimentId: 1, action: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
