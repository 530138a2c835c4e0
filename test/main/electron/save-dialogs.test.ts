import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src-main/electron/main-messages';
import {
  saveExportedFiles,
  saveProjectFolder,
  type SaveContext,
} from '../../../src-main/electron/save-dialogs';

const bytes = (text: string) => new TextEncoder().encode(text);

function context(answers: { save?: string; folder?: string; replace?: boolean } = {}) {
  const dialog = {
    showSaveDialog: vi.fn(async () =>
      answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' },
    ),
    showOpenDialog: vi.fn(async () =>
      answers.folder
        ? { canceled: false, filePaths: [answers.folder] }
        : { canceled: true, filePaths: [] },
    ),
    showMessageBox: vi.fn(async () => ({
      response: answers.replace ? 0 : 1,
      checkboxChecked: false,
    })),
  };
  const log = { info: vi.fn() };
  const ctx: SaveContext = { dialog, defaultFolder: '/home/t/Downloads', t: translator('en'), log };
  return { ctx, dialog, log };
}

const weights = [
  { fileName: 'layer-1.csv', mime: 'text/csv', bytes: bytes('w1') },
  { fileName: 'layer-2.csv', mime: 'text/csv', bytes: bytes('w2') },
];

describe('saveExportedFiles', () => {
  it('saves one file where the save dialog says, starting in Downloads with its type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuron-save-'));
    const target = join(dir, 'model.onnx');
    const { ctx, dialog, log } = context({ save: target });
    const outcome = await saveExportedFiles(
      [{ fileName: 'model.onnx', bytes: bytes('onnx') }],
      ctx,
    );
    expect(outcome).toEqual({ saved: [target] });
    expect(readFileSync(target, 'utf8')).toBe('onnx');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/t/Downloads/model.onnx',
      filters: [
        { name: 'ONNX', extensions: ['onnx'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith(`export saved: ${target}`);
  });

  it('answers cancelled, writing nothing, when the dialog is cancelled', async () => {
    const { ctx } = context();
    expect(await saveExportedFiles([weights[0]], ctx)).toEqual({ cancelled: true });
    expect(await saveExportedFiles(weights, ctx)).toEqual({ cancelled: true });
  });

  it('writes several files into one chosen folder, not a burst of downloads', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neuron-save-'));
    const { ctx, dialog } = context({ folder });
    expect(await saveExportedFiles(weights, ctx)).toEqual({
      saved: [join(folder, 'layer-1.csv'), join(folder, 'layer-2.csv')],
    });
    expect(readdirSync(folder).sort()).toEqual(['layer-1.csv', 'layer-2.csv']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        properties: ['openDirectory', 'createDirectory'],
        title: 'Choose a folder for 2 files',
      }),
    );
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('replaces files already in the folder only when the person agrees', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neuron-save-'));
    writeFileSync(join(folder, 'layer-2.csv'), 'old');
    const no = context({ folder, replace: false });
    expect(await saveExportedFiles(weights, no.ctx)).toEqual({ cancelled: true });
    expect(readFileSync(join(folder, 'layer-2.csv'), 'utf8')).toBe('old');
    expect(existsSync(join(folder, 'layer-1.csv'))).toBe(false);
    expect(JSON.stringify(no.dialog.showMessageBox.mock.calls[0])).toContain('layer-2.csv');
    const yes = context({ folder, replace: true });
    expect(await saveExportedFiles(weights, yes.ctx)).toMatchObject({ saved: expect.any(Array) });
    expect(readFileSync(join(folder, 'layer-2.csv'), 'utf8')).toBe('w2');
  });
});

describe('saveProjectFolder', () => {
  it('writes the project unzipped into <chosen>/<name>/, replacing one only when agreed', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'neuron-save-'));
    const files = [
      { path: 'train.py', bytes: 'print(1)\n' },
      { path: 'data/train.csv', bytes: 'x,y\n' },
    ];
    const { ctx } = context({ folder: parent });
    expect(await saveProjectFolder('xor-pytorch', files, ctx)).toEqual({
      saved: [
        join(parent, 'xor-pytorch', 'train.py'),
        join(parent, 'xor-pytorch', 'data/train.csv'),
      ],
    });
    expect(readFileSync(join(parent, 'xor-pytorch', 'data', 'train.csv'), 'utf8')).toBe('x,y\n');
    const no = context({ folder: parent, replace: false });
    expect(await saveProjectFolder('xor-pytorch', [{ path: 'a', bytes: 'a' }], no.ctx)).toEqual({
      cancelled: true,
    });
    expect(existsSync(join(parent, 'xor-pytorch', 'train.py'))).toBe(true);
    const yes = context({ folder: parent, replace: true });
    await saveProjectFolder('xor-pytorch', [{ path: 'a', bytes: 'a' }], yes.ctx);
    expect(readdirSync(join(parent, 'xor-pytorch'))).toEqual(['a']);
  });
});
