// Every schema's refusal carries ids with values, not only the network's: the datasets, teacher
// mode, settings, chart and export calls, each with a real bad request.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { LabError } from '../../../src-main/contract/result';

async function parts(name: string, payload: unknown) {
  const result = await dispatch(withNotImplemented({}), name, payload, { host: 'local' });
  if (result.ok) throw new Error('expected main to refuse');
  const error: LabError = result.error;
  expect(error.detail?.key).toBe('request.invalid');
  return error.detail?.parts?.map(({ key, params }) => ({ key, params }));
}

describe('the detail of a refused request, schema by schema', () => {
  it('datasets: a built-in name, too many parameters, an upload step', async () => {
    const params = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`p${i}`, i]));
    expect(await parts('datasets:generate', { name: 'Spiral!', params })).toEqual([
      { key: 'request.builtinName', params: { field: 'name', missing: 0 } },
      { key: 'request.parametersUpTo', params: { limit: 32, field: 'params', missing: 0 } },
    ]);
    expect(await parts('datasets:upload', { step: 'middle' })).toEqual([
      { key: 'request.uploadStep', params: { field: 'step', missing: 0 } },
    ]);
    const chunk = { step: 'chunk', uploadId: 'u', offset: 0, bytes: new Uint8Array(0) };
    expect(await parts('datasets:upload', chunk)).toEqual([
      { key: 'request.bytesFromOne', params: { max: 8 * 1024 * 1024, field: 'bytes', missing: 0 } },
    ]);
    const both = { fileName: 'a.csv', content: 'x', uploadId: 'u' };
    expect(await parts('datasets:preview', both)).toEqual([
      { key: 'request.oneContent', params: { field: '', missing: 0 } },
    ]);
  });

  it('settings: a language, a number of runs, a folder path too long, a wrong type', async () => {
    expect(await parts('settings:set', { language: 'fr', parallelRuns: 0 })).toEqual([
      { key: 'request.oneOf', params: { values: 'en, es', field: 'language', missing: 0 } },
      { key: 'request.wholeFrom', params: { min: 1, max: 32, field: 'parallelRuns', missing: 0 } },
    ]);
    expect(await parts('settings:set', { parallelRuns: 'many' })).toEqual([
      {
        key: 'request.autoOrWholeFrom',
        params: { min: 1, max: 32, field: 'parallelRuns', missing: 0 },
      },
    ]);
    expect(await parts('settings:set', { dataFolder: 'x'.repeat(5000) })).toEqual([
      { key: 'request.folderPathUpTo', params: { limit: 4096, field: 'dataFolder', missing: 0 } },
    ]);
    // the request itself is not an object: zod's own issue, by its kind
    expect(await parts('settings:set', 'dark')).toEqual([
      { key: 'request.expectedKind', params: { kind: 'object', field: '', missing: 0 } },
    ]);
  });

  it('chart pictures: a name, and bytes that are not the format named', async () => {
    const bytes = new TextEncoder().encode('<svg></svg>');
    expect(await parts('export:chart', { name: '../loss', format: 'png', bytes })).toEqual([
      { key: 'request.chartNameChars', params: { field: 'name', missing: 0 } },
      { key: 'request.png', params: { field: 'bytes', missing: 0 } },
    ]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await parts('export:chart', { name: 'loss', format: 'svg', bytes: png })).toEqual([
      { key: 'request.svg', params: { field: 'bytes', missing: 0 } },
    ]);
  });

  it('export: too few experiments, content and bytes together, no files', async () => {
    expect(await parts('export:report', { experimentIds: [], format: 'doc' })).toEqual([
      {
        key: 'request.experimentsAtLeast',
        params: { count: 1, field: 'experimentIds', missing: 0 },
      },
      {
        key: 'request.oneOf',
        params: { values: "'html', 'pdf'", field: 'format', missing: 0 },
      },
    ]);
    const both = { fileName: 'm.json', content: '{}', bytes: new Uint8Array(1), datasetId: 1 };
    expect(await parts('models:import', both)).toEqual([
      { key: 'request.contentOrBytes', params: { field: '', missing: 0 } },
    ]);
    expect(await parts('models:importPytorchRun', { files: [] })).toEqual([
      { key: 'request.metricsFile', params: { field: 'files', missing: 0 } },
    ]);
  });

  it('teacher mode: ids, an answer that is not JSON, an empty lesson', async () => {
    expect(
      await parts('progress:set', { labId: 'Lab One', taskId: 't', done: 1, answer: '{' }),
    ).toEqual([
      { key: 'request.labIdChars', params: { field: 'labId', missing: 0 } },
      { key: 'request.flag', params: { field: 'done', missing: 0 } },
      { key: 'request.answerJson', params: { field: 'answer', missing: 0 } },
    ]);
    const none = { title: 'L', labIds: [], datasetIds: [], designIds: [] };
    expect(await parts('lessons:export', none)).toEqual([
      { key: 'request.lessonContents', params: { field: '', missing: 0 } },
    ]);
  });

  it('teacher mode: a lab document’s problems with their own ids and values', async () => {
    const document = { format: 'neuron-lab/lab', version: 1, id: 'Bad Id' };
    const found = await parts('labs:save', { document });
    expect(found?.length).toBeGreaterThan(0);
    for (const part of found ?? []) expect(part.key).toMatch(/^lab\.\w+$/);
    expect(found).toContainEqual(expect.objectContaining({ key: 'lab.id' }));
    const notObject = await parts('labs:save', { document: 3 });
    expect(notObject).toEqual([
      {
        key: 'lab.type',
        params: { expected: 'object', got: 'number', field: 'document', missing: 0 },
      },
    ]);
  });
});
