// The file-import flow of the Data view's store against a fake lab client: what it sends,
// how it sets roles, where it puts an import error, and which progress events it takes.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DatasetPreview,
  DatasetSummary,
  ImportReport,
} from '../../../src-main/contract/types';

type Listener = (payload: unknown) => void;
const calls: { name: string; payload: Record<string, unknown> }[] = [];
const listeners = new Map<string, Listener>();
let answers: Record<string, (payload: Record<string, unknown>) => unknown> = {};

vi.mock('../../../src-renderer/api', () => ({
  useLab: () => ({
    transport: 'socket',
    call: async (name: string, payload: Record<string, unknown> = {}) => {
      calls.push({ name, payload });
      const answer = answers[name];
      if (!answer)
        return { ok: false, error: { code: 'unknown', message: `no answer for ${name}` } };
      return answer(payload);
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    close: () => {},
  }),
}));

const { useDataImportStore } = await import('../../../src-renderer/stores/data-import');
const { useWorkspaceStore } = await import('../../../src-renderer/stores/workspace');
const { useDataStore } = await import('../../../src-renderer/stores/data');

const REPORT = {
  file: 'plants.csv',
  rowsRead: 4,
  rowsKept: 4,
  rowsDropped: 0,
  cellsMissing: 0,
  cellsFilled: 0,
  policy: 'drop',
  task: { task: 'classification', target: 'kind' },
  columns: [],
  said: [
    {
      say: {
        id: 'read',
        values: {
          file: 'plants.csv',
          rows: { id: 'count.rows', values: { count: 4 } },
          columns: { id: 'count.columns', values: { count: 3 } },
          parts: { items: [{ id: 'format.csv' }], join: ', ' },
        },
      },
    },
  ],
  lines: ['plants.csv: read 4 rows, 3 columns (CSV)'],
} as ImportReport;

const PREVIEW: DatasetPreview = {
  fileName: 'plants.csv',
  previewId: 'preview-1',
  format: 'csv',
  delimiter: ',',
  header: true,
  decimalComma: false,
  encoding: 'UTF-8',
  bom: false,
  sheet: null,
  sheets: [],
  rows: 4,
  columns: [
    {
      name: 'height',
      index: 0,
      type: 'numeric',
      stats: { type: 'numeric', count: 4, missing: 0, min: 1, max: 4, mean: 2.5, std: 1 },
    },
    {
      name: 'note',
      index: 1,
      type: 'categorical',
      stats: { type: 'categorical', count: 4, missing: 0, distinct: 4, capped: false, top: [] },
    },
    {
      name: 'kind',
      index: 2,
      type: 'categorical',
      stats: { type: 'categorical', count: 4, missing: 0, distinct: 2, capped: false, top: [] },
    },
  ],
  firstRows: [
    ['1', 'a', 'x'],
    ['2', 'b', 'y'],
    ['3', 'zz', 'x'],
    ['4', 'd', 'y'],
  ],
  report: REPORT,
  reportError: null,
};

const SUMMARY = {
  id: 7,
  name: 'plants',
  source: 'plants.csv',
  columns: [
    { name: 'height', type: 'numeric', role: 'input' },
    { name: 'kind', type: 'categorical', role: 'target', categories: ['x', 'y'] },
  ],
  task: 'classification',
  rowCount: 4,
  split: { train: 0.7, validation: 0.15, test: 0.15 },
  hash: 'h',
  createdAt: 0,
} as DatasetSummary;

/** What the fake main received of each upload, by id. */
const uploaded = new Map<string, Uint8Array[]>();
let uploads = 0;

/** The text of the upload a request names. */
const textOf = (payload: Record<string, unknown>) =>
  new TextDecoder().decode(
    Buffer.concat((uploaded.get(payload.uploadId as string) ?? []).map((b) => Buffer.from(b))),
  );

beforeEach(() => {
  setActivePinia(createPinia());
  calls.length = 0;
  uploaded.clear();
  answers = {
    'datasets:upload': (payload) => {
      const state = (uploadId: string, size = 0) => ({
        ok: true,
        value: { uploadId, received: size, size, chunkBytes: 4 },
      });
      if (payload.step === 'begin') {
        const id = `u-${++uploads}`;
        uploaded.set(id, []);
        return state(id, 0);
      }
      if (payload.step === 'chunk')
        uploaded.get(payload.uploadId as string)!.push(payload.bytes as Uint8Array);
      if (payload.step === 'cancel') uploaded.delete(payload.uploadId as string);
      const received = (uploaded.get(payload.uploadId as string) ?? []).reduce(
        (n, b) => n + b.length,
        0,
      );
      return state(payload.uploadId as string, received);
    },
    'datasets:preview': () => ({ ok: true, value: PREVIEW }),
    'datasets:list': () => ({ ok: true, value: [SUMMARY] }),
    'datasets:get': () => ({
      ok: true,
      value: {
        dataset: SUMMARY,
        inputs: 1,
        outputs: 1,
        firstRows: { rows: 0, x: new Float32Array(), y: new Float32Array() },
      },
    }),
  };
});

describe('the import store', () => {
  it('previews the bytes with a request id and makes the last column the target', async () => {
    const store = useDataImportStore();
    await store.openText('plants.csv', 'height,note,kind\n1,a,x\n');
    const preview = calls.find((c) => c.name === 'datasets:preview')!;
    expect(preview.payload.fileName).toBe('plants.csv');
    // sent in chunks (4 bytes each here), then previewed by its upload's id
    expect(textOf(preview.payload)).toBe('height,note,kind\n1,a,x\n');
    expect(calls.filter((c) => c.payload.step === 'chunk')).toHaveLength(6);
    expect(preview.payload.bytes).toBeUndefined();
    expect(preview.payload.requestId).toMatch(/^data-/);
    expect(store.roles).toEqual(['input', 'input', 'target']);
    expect(store.types).toEqual(['numeric', 'categorical', 'categorical']);
    expect(store.name).toBe('plants');
    expect(store.options).toEqual({ delimiter: ',', header: true, decimalComma: false });
    expect(store.task).toBe('classification');
  });

  it('moves the target: the old one becomes an input, and the report is asked again', async () => {
    const regression = { ...REPORT, task: { ...REPORT.task, task: 'regression' as const } };
    answers['datasets:plan'] = () => ({ ok: true, value: regression });
    const store = useDataImportStore();
    await store.openText('plants.csv', 'x');
    expect(store.report).toBe(REPORT);
    store.setRole(0, 'target');
    expect(store.roles).toEqual(['target', 'input', 'input']);
    await vi.waitFor(() => expect(store.report).toBe(regression));
    const plan = calls.find((c) => c.name === 'datasets:plan')!.payload;
    expect(plan).toMatchObject({ previewId: 'preview-1', missing: 'drop' });
    expect(plan.roles).toEqual([
      { column: 'height', role: 'target' },
      { column: 'note', role: 'input' },
      { column: 'kind', role: 'input' },
    ]);
    expect(store.task).toBe('regression');
  });

  it('names the displaced target, and says a missing target before Import (which waits)', async () => {
    const store = useDataImportStore();
    await store.openText('plants.csv', 'x');
    expect(store.rolesProblem).toBeNull();
    store.setRole(0, 'target');
    expect(store.roleNote).toBe('kind is now an input: a dataset has one target.');
    store.setRole(0, 'input');
    expect(store.roles).toEqual(['input', 'input', 'input']);
    expect(store.roleNote).toBeNull();
    expect(store.rolesProblem).toMatch(/^No target column/);
    expect(await store.importFile()).toBe(false);
    expect(calls.some((c) => c.name === 'datasets:import')).toBe(false);
  });

  it('asks for the report of a chosen task and missing-value policy; shows why one fails', async () => {
    answers['datasets:plan'] = (payload) =>
      payload.missing === 'error'
        ? {
            ok: false,
            error: {
              code: 'missing-value',
              message: "plants.csv: row 3, column 'note': the cell is empty",
            },
          }
        : { ok: true, value: REPORT };
    const store = useDataImportStore();
    await store.openText('plants.csv', 'x');
    store.setTask('regression');
    await vi.waitFor(() => expect(calls.filter((c) => c.name === 'datasets:plan')).toHaveLength(1));
    expect(calls.at(-1)!.payload.task).toBe('regression');
    store.setMissing('error');
    await vi.waitFor(() => expect(store.reportError).toMatch(/row 3, column 'note'/));
    expect(store.report).toBeNull();
    store.setTask(null);
    await vi.waitFor(() => expect(calls.filter((c) => c.name === 'datasets:plan')).toHaveLength(3));
    expect('task' in calls.at(-1)!.payload).toBe(false);
  });

  it('takes progress events of its own request only', async () => {
    let release: () => void = () => {};
    answers['datasets:preview'] = () =>
      new Promise((resolve) => (release = () => resolve({ ok: true, value: PREVIEW })));
    const store = useDataImportStore();
    const opening = store.openText('plants.csv', 'x');
    await vi.waitFor(() => expect(calls.some((c) => c.name === 'datasets:preview')).toBe(true));
    const { requestId } = calls.find((c) => c.name === 'datasets:preview')!.payload as {
      requestId: string;
    };
    const emit = listeners.get('datasets:importProgress')!;
    emit({ requestId: 'someone-else', bytes: 9, total: 10 });
    expect(store.progress).toEqual({ bytes: 0, total: 1 });
    emit({ requestId, bytes: 1, total: 1 });
    expect(store.progress).toEqual({ bytes: 1, total: 1 });
    release();
    await opening;
    expect(store.progress).toBeNull();
    expect(store.phase).toBe('idle');
  });

  it('imports the previewed table with roles, changed types and a stratified split, then chooses the dataset', async () => {
    answers['datasets:plan'] = () => ({ ok: true, value: REPORT });
    answers['datasets:import'] = () => ({ ok: true, value: { ...SUMMARY, report: REPORT } });
    const store = useDataImportStore();
    await store.openText('plants.csv', 'x');
    store.setRole(1, 'ignored');
    store.setType(0, 'categorical');
    store.setType(0, 'numeric');
    expect(await store.importFile()).toBe(true);
    const sent = calls.find((c) => c.name === 'datasets:import')!.payload;
    expect(sent.roles).toEqual([
      { column: 'height', role: 'input' },
      { column: 'note', role: 'ignored' },
      { column: 'kind', role: 'target' },
    ]);
    expect(sent.types).toEqual([]);
    expect(sent.missing).toBe('drop');
    expect(sent.previewId).toBe('preview-1');
    expect(sent.bytes).toBeUndefined();
    expect(sent.split).toMatchObject({
      train: 0.7,
      validation: 0.15,
      test: 0.15,
      stratified: true,
    });
    expect(useWorkspaceStore().dataset?.summary.id).toBe(7);
    expect(store.preview).toBeNull();
  });

  it('keeps the preview and points at the cell an import error names', async () => {
    answers['datasets:import'] = () => ({
      ok: false,
      error: {
        code: 'not-a-number',
        message: "plants.csv: row 4, column 'note': 'zz' is not a number",
      },
    });
    const store = useDataImportStore();
    await store.openText('plants.csv', 'x');
    answers['datasets:plan'] = () => ({ ok: true, value: REPORT });
    store.setType(1, 'numeric');
    expect(await store.importFile()).toBe(false);
    const sent = calls.find((c) => c.name === 'datasets:import')!.payload;
    expect(sent.types).toEqual([{ column: 'note', type: 'numeric' }]);
    expect(store.error).toBe("plants.csv: row 4, column 'note': 'zz' is not a number");
    expect(store.errorCell).toEqual({ row: 2, column: 1 });
    expect(store.preview).not.toBeNull();
    expect(useWorkspaceStore().dataset).toBeNull();
  });

  it('sends the file again when main let the previewed table go', async () => {
    let again = '';
    answers['datasets:import'] = (payload) => {
      if (payload.previewId) {
        return {
          ok: false,
          error: { code: 'expired', message: 'the previewed file is no longer at hand' },
        };
      }
      again = textOf(payload);
      return { ok: true, value: { ...SUMMARY, report: REPORT } };
    };
    const store = useDataImportStore();
    await store.openText('plants.csv', 'height,note,kind\n');
    expect(await store.importFile()).toBe(true);
    const imports = calls.filter((c) => c.name === 'datasets:import');
    expect(imports).toHaveLength(2);
    expect(imports[1].payload.uploadId).toMatch(/^u-\d+$/);
    expect(again).toBe('height,note,kind\n');
    // imported: main may drop the upload
    await vi.waitFor(() => expect(uploaded.size).toBe(0));
  });

  it('refuses a file over the limit before sending it', async () => {
    const store = useDataImportStore();
    const big = { name: 'big.csv', size: 260 * 1024 * 1024 } as File;
    await store.openFile(big);
    expect(store.error).toMatch(/^big\.csv is 260 MB/);
    expect(calls).toEqual([]);
  });

  it('cancels a send between two chunks: main drops what arrived, the view says so', async () => {
    let release: () => void = () => {};
    const chunk = answers['datasets:upload'];
    answers['datasets:upload'] = (payload) =>
      payload.step === 'chunk' && payload.offset === 8
        ? new Promise((resolve) => (release = () => resolve(chunk(payload))))
        : chunk(payload);
    const store = useDataImportStore();
    const opening = store.openText('plants.csv', 'height,note,kind\n1,a,x\n');
    await vi.waitFor(() => expect(store.phase).toBe('uploading'));
    await vi.waitFor(() => expect(calls.some((c) => c.payload.offset === 8)).toBe(true));
    store.cancel();
    release();
    await opening;
    expect(calls.some((c) => c.name === 'datasets:preview')).toBe(false);
    expect(calls.filter((c) => c.payload.step === 'cancel')).toHaveLength(1);
    expect(uploaded.size).toBe(0);
    expect(store.phase).toBe('idle');
    expect(store.error).toBeNull();
    expect(useDataStore().notice).toBe('plants.csv was not imported: cancelled.');
  });
});
