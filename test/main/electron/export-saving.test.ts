import { describe, expect, it, vi } from 'vitest';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import { fail, ok } from '../../../src-main/contract/result';
import { ExportError } from '../../../src-main/export/export-error';
import { SAVED_EXPORT_CALLS, withNativeSaving } from '../../../src-main/electron/export-saving';

const file = { fileName: 'metrics.csv', mime: 'text/csv', bytes: new Uint8Array([1]) };
const context = { host: 'electron' as const, signal: new AbortController().signal };

function setup(saveFiles = vi.fn(async () => ({ saved: ['/d/metrics.csv'] }))) {
  const plain = withNotImplemented({
    'export:metrics': async ({ experimentId }) =>
      experimentId === 404
        ? fail('not-found', 'experiment 404 does not exist')
        : ok({ files: [file] }),
    'export:pytorch': async () => ok({ files: [file], notices: ['n'] }),
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
