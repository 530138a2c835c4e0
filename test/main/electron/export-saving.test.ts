import { describe, expect, it, vi } from 'vitest';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { SaveOutcome } from '../../../src-main/contract/types';
import { fail, ok } from '../../../src-main/contract/result';
import { ExportError } from '../../../src-main/export/export-error';
import { SAVED_EXPORT_CALLS, withNativeSaving } from '../../../src-main/electron/export-saving';

const file = { fileName: 'metrics.csv', mime: 'text/csv', bytes: new Uint8Array([1]) };
const lesson = { fileName: 'week-3.nnlab', mime: 'application/json', bytes: new Uint8Array([2]) };
const report = [
  { fileName: 'lab-report-2026-12-03.html', mime: 'text/html', bytes: new Uint8Array([3]) },
  { fileName: 'lab-report-2026-12-03.md', mime: 'text/markdown', bytes: new Uint8Array([4]) },
];
const context = { host: 'electron' as const, signal: new AbortController().signal };

function setup(
  saveFiles = vi.fn(async (): Promise<SaveOutcome> => ({ saved: ['/d/metrics.csv'] })),
) {
  const plain = withNotImplemented({
    'export:metrics': async ({ experimentId }) =>
      experimentId === 404
        ? fail('not-found', 'experiment 404 does not exist')
        : ok({ files: [file] }),
    'export:pytorch': async () => ok({ files: [file], notices: ['n'] }),
    'lessons:export': async () => ok({ files: [lesson] }),
    'progress:report': async () =>
      ok({ date: '2026-12-03', language: 'es' as const, done: 3, total: 9, files: report }),
    'app:info': async () => ok({ version: '1', dataDir: '/d', host: 'electron' as const }),
  });
  const saver = {
    saveFiles,
    pytorchProject: vi.fn(() => ({
      name: 'xor-pytorch',
      files: [{ path: 'train.py', bytes: 'x' }],
    })),
    saveProject: vi.fn(async () => ({ saved: ['/d/xor-pytorch/train.py'] })),
    saved: vi.fn(),
  };
  return { handlers: withNativeSaving(plain, saver), plain, saver };
}

describe('withNativeSaving', () => {
  it('saves the export’s files in main and answers with the paths, not the bytes', async () => {
    const { handlers, saver } = setup();
    expect(await handlers['export:metrics']({ experimentId: 1 }, context)).toEqual(
      ok({ files: [], saved: { saved: ['/d/metrics.csv'] } }),
    );
    expect(saver.saveFiles).toHaveBeenCalledWith([file]);
    expect(saver.saved).toHaveBeenCalledWith('export:metrics', ['/d/metrics.csv']);
  });

  it('tells nothing when the dialog was cancelled', async () => {
    const { handlers, saver } = setup(vi.fn(async () => ({ cancelled: true }) as never));
    await handlers['export:metrics']({ experimentId: 1 }, context);
    expect(saver.saved).not.toHaveBeenCalled();
  });

  it('writes a PyTorch project as a folder and keeps its notices', async () => {
    const { handlers, saver } = setup();
    expect(await handlers['export:pytorch']({ experimentId: 7 }, context)).toEqual(
      ok({ files: [], notices: ['n'], saved: { saved: ['/d/xor-pytorch/train.py'] } }),
    );
    expect(saver.pytorchProject).toHaveBeenCalledWith(7);
    expect(saver.saveFiles).not.toHaveBeenCalled();
  });

  it('saves teacher mode’s lesson file and the progress report, keeping the report’s totals', async () => {
    const { handlers, saver } = setup(
      vi.fn(async (): Promise<SaveOutcome> => ({ cancelled: true })),
    );
    const request = { title: 'Week 3', labIds: [1], datasetIds: [], designIds: [] };
    expect(await handlers['lessons:export'](request, context)).toEqual(
      ok({ files: [], saved: { cancelled: true } }),
    );
    expect(saver.saveFiles).toHaveBeenLastCalledWith([lesson]);
    expect(await handlers['progress:report']({}, context)).toEqual(
      ok({
        date: '2026-12-03',
        language: 'es',
        done: 3,
        total: 9,
        files: [],
        saved: { cancelled: true },
      }),
    );
    // both files in one go: the dialogs ask for a folder, not twice for a file
    expect(saver.saveFiles).toHaveBeenLastCalledWith(report);
  });

  it('passes the export’s own errors on, and a failed write as the call’s error', async () => {
    const { handlers, saver } = setup(
      vi.fn(async () => {
        throw new ExportError('unavailable', '/d/metrics.csv: the disk is full');
      }),
    );
    expect(await handlers['export:metrics']({ experimentId: 404 }, context)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(saver.saveFiles).not.toHaveBeenCalled();
    expect(await handlers['export:metrics']({ experimentId: 1 }, context)).toEqual(
      fail('unavailable', '/d/metrics.csv: the disk is full'),
    );
  });

  it('changes only the export calls', () => {
    const { handlers, plain } = setup();
    for (const [name, handler] of Object.entries(handlers)) {
      const wrapped = (SAVED_EXPORT_CALLS as readonly string[]).includes(name);
      expect(handler === plain[name as keyof typeof plain], name).toBe(!wrapped);
    }
  });
});
