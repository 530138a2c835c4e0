// The export calls behind the contract: files as bytes, and each failure with its own code
// and a message naming what is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { createEventHub, type LabHandlers } from '../../../src-main/contract/handlers';
import type { ExportedFiles, ModelInspection } from '../../../src-main/contract/types';
import { ExportError } from '../../../src-main/export/export-error';
import { labHandlers } from '../../../src-main/services/handlers/lab-handlers';
import type { Services } from '../../../src-main/services/services';
import { CIRCLE_RUN, openTestLab, trainedExperiment } from './services-fixture';

let lab: Services;
let handlers: LabHandlers;
let circle: number;
let datasetId: number;
let queued: number;
const printed: string[] = [];

beforeAll(() => {
  const opened = openTestLab();
  lab = opened.lab;
  handlers = labHandlers(
    lab,
    createEventHub(),
    { version: '0.1.0', dataDir: opened.dataDir, host: 'local' },
    {
      // a printer that records what it was given, so no Chromium is needed here
      printPdf: async (html) => {
        printed.push(html);
        if (html.includes('<h1>Neuron Lab report: Queued</h1>'))
          throw new ExportError('unavailable', 'PDF needs Chromium');
        return new TextEncoder().encode('%PDF-1.4 fake');
      },
    },
  );
  circle = trainedExperiment(lab, CIRCLE_RUN);
  const record = lab.store.experiments.get(circle)!;
  datasetId = record.datasetId;
  queued = lab.store.experiments.create({ name: 'Queued', datasetId, config: record.config }).id;
});
afterAll(() => lab.close());

const call = (name: string, payload: unknown) =>
  dispatch(handlers, name, payload, { host: 'local' });
async function files(name: string, payload: unknown) {
  const result = await call(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  const { files } = result.value as ExportedFiles;
  // plain Uint8Arrays (not Node Buffers, which JSON turns into objects on the WebSocket)
  for (const f of files) expect(Object.getPrototypeOf(f.bytes)).toBe(Uint8Array.prototype);
  return files;
}
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('export calls', () => {
  it('export:model answers each format as named files of bytes', async () => {
    const [json] = await files('export:model', { experimentId: circle, format: 'json' });
    expect(json).toMatchObject({
      fileName: 'circle-6-tanh.neuron-lab.json',
      mime: 'application/json',
    });
    expect(JSON.parse(textOf(json.bytes)).labels).toEqual(['outside', 'inside']);
    const [onnx] = await files('export:model', { experimentId: circle, format: 'onnx' });
    expect(onnx.fileName).toBe('circle-6-tanh.onnx');
    expect(onnx.bytes).toBeInstanceOf(Uint8Array);
    const [py] = await files('export:model', { experimentId: circle, format: 'py' });
    expect(textOf(py.bytes)).toContain('LABELS = ["outside","inside"]');
    const csv = await files('export:model', { experimentId: circle, format: 'csv' });
    expect(csv.map((f) => f.fileName)).toEqual([
      'circle-6-tanh-layer-1.csv',
      'circle-6-tanh-layer-2.csv',
    ]);
  });

  it('export:model of a run without a trained model: conflict, naming why', async () => {
    const result = await call('export:model', { experimentId: queued, format: 'onnx' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `experiment ${queued} has no trained model (it is still queued)`,
      },
    });
    const missing = await call('export:model', { experimentId: 999, format: 'onnx' });
    expect(missing.ok || missing.error.code).toBe('not-found');
  });

  it('export:model of a McCulloch–Pitts design with absolute inhibition: not-exportable', async () => {
    const design = lab.store.designs.create('veto', CIRCLE_RUN.spec, {
      model: 'mcculloch-pitts',
      threshold: 1,
      inhibitory: [1],
      inhibition: 'absolute',
    });
    const id = trainedExperiment(lab, { ...CIRCLE_RUN, designId: design.id, name: 'veto unit' });
    for (const [format, name] of [
      ['onnx', 'ONNX'],
      ['py', 'Python'],
    ] as const) {
      const result = await call('export:model', { experimentId: id, format });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('not-exportable');
      expect(result.error.message).toMatch(
        new RegExp(`^not exportable to ${name}: absolute inhibition is a veto`),
      );
    }
  });

  it('export:report gives HTML, or PDF through the host printer; its failure keeps its code', async () => {
    const [html] = await files('export:report', { experimentIds: [circle], format: 'html' });
    expect(html).toMatchObject({ fileName: 'circle-6-tanh-report.html', mime: 'text/html' });
    expect(textOf(html.bytes)).toMatch(/^<!doctype html>/);
    const [pdf] = await files('export:report', { experimentIds: [circle, queued], format: 'pdf' });
    expect(pdf).toMatchObject({
      fileName: 'comparison-' + circle + '-' + queued + '.pdf',
      mime: 'application/pdf',
    });
    expect(printed.at(-1)).toContain('Neuron Lab comparison of 2 experiments');
    printed.length = 0;
    const failed = await call('export:report', { experimentIds: [queued], format: 'pdf' });
    expect(failed).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'PDF needs Chromium' },
    });
    const unknown = await call('export:report', { experimentIds: [circle, 4242], format: 'html' });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'no experiment 4242' },
    });
  });

  it('export:dataset and export:metrics answer CSV', async () => {
    const [data] = await files('export:dataset', { id: datasetId });
    const lines = textOf(data.bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('x1,x2,class,part');
    expect(lines).toHaveLength(201);
    const parts = lines.slice(1).map((l) => l.split(',').at(-1));
    expect(parts.filter((p) => p === 'train')).toHaveLength(140);
    expect(parts.filter((p) => p === 'test')).toHaveLength(30);
    const [metrics] = await files('export:metrics', { experimentId: circle });
    const rows = textOf(metrics.bytes).trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'epoch,step,loss,accuracy,validation_loss,validation_accuracy,learning_rate,milliseconds',
    );
    expect(rows).toHaveLength(31);
    expect(rows[30].split(',')[0]).toBe('30');
    expect(Number(rows[30].split(',')[2])).toBeCloseTo(
      lab.store.metrics.curves(circle).loss[29],
      10,
    );
  });

  it('models:inspect reads a model file back, or names the field that is wrong', async () => {
    const [json] = await files('export:model', { experimentId: circle, format: 'json' });
    const ok = await call('models:inspect', { fileName: 'm.json', content: textOf(json.bytes) });
    expect(ok.ok && (ok.value as ModelInspection)).toMatchObject({
      inputs: 2,
      outputs: 1,
      parameterCount: 2 * 6 + 6 + 6 + 1,
      labels: ['outside', 'inside'],
      normalization: 'standard',
      trained: true,
    });
    const broken = JSON.parse(textOf(json.bytes));
    broken.weights.W[1][0][4] = 'NaN';
    const bad = await call('models:inspect', {
      fileName: 'm.json',
      content: JSON.stringify(broken),
    });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: "model file: weights.W[1][0][4]: expected a finite number, got 'NaN'",
        // the engine's code and values, for the renderer to say it in the reader's language
        detail: {
          key: 'engine.model.number',
          params: { field: 'weights.W[1][0][4]', got: "'NaN'", gotKind: 'value' },
        },
      },
    });
  });

  it('refuses malformed requests, naming the field', async () => {
    for (const [name, payload, message] of [
      [
        'export:model',
        { experimentId: 1, format: 'docx' },
        /format: expected one of 'json', 'onnx', 'py', 'csv'/,
      ],
      [
        'export:model',
        { experimentId: 0, format: 'json' },
        /experimentId: expected a positive integer/,
      ],
      [
        'export:report',
        { experimentIds: [], format: 'html' },
        /experimentIds: expected at least 1 experiment/,
      ],
      [
        'export:report',
        { experimentIds: Array.from({ length: 21 }, (_, i) => i + 1), format: 'pdf' },
        /expected at most 20 items/,
      ],
      [
        'export:report',
        { experimentIds: [1], format: 'docx' },
        /format: expected one of 'html', 'pdf'/,
      ],
      ['export:dataset', { id: 'one' }, /id: expected a positive integer/],
      ['export:metrics', { experimentId: 1, path: '/etc/passwd' }, /unexpected field 'path'/],
      ['models:inspect', { fileName: 'm.json' }, /content: missing/],
    ] as const) {
      const result = await call(name, payload);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(message);
    }
  });
});
