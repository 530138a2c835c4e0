// writeFolderAtomic: a project folder appears whole or not at all, never over files without
// --force, never through a link or over a file.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../src-main/export/export-error';
import { sweepPendingWrites } from '../../../src-main/export/pending-writes';
import { writeFolderAtomic } from '../../../src-main/export/write-folder';

const parent = () => mkdtempSync(join(tmpdir(), 'neuron-folder-'));
const FILES = [
  { path: 'train.py', bytes: 'print(1)\n' },
  { path: 'runs/keep.txt', bytes: new Uint8Array([104, 105]) },
];

async function refusal(work: Promise<void>): Promise<ExportError> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExportError);
  return error as ExportError;
}

describe('writeFolderAtomic', () => {
  it('writes every file, subfolders included, and leaves no temporary folder', async () => {
    const dir = parent();
    await writeFolderAtomic(join(dir, 'project'), FILES);
    expect(readdirSync(dir)).toEqual(['project']);
    expect(readFileSync(join(dir, 'project', 'train.py'), 'utf8')).toBe('print(1)\n');
    expect(readFileSync(join(dir, 'project', 'runs', 'keep.txt'), 'utf8')).toBe('hi');
  });

  it('fills an existing empty folder', async () => {
    const dir = parent();
    mkdirSync(join(dir, 'project'));
    await writeFolderAtomic(join(dir, 'project'), FILES);
    expect(readdirSync(join(dir, 'project')).sort()).toEqual(['runs', 'train.py']);
  });

  it('refuses a folder holding files without force, and replaces it whole with force', async () => {
    const dir = parent();
    const target = join(dir, 'project');
    mkdirSync(target);
    writeFileSync(join(target, 'notes.txt'), 'mine');
    const error = await refusal(writeFolderAtomic(target, FILES));
    expect(error.code).toBe('exists');
    expect(error.message).toMatch(/project exists and is not empty.*--force/);
    expect(readdirSync(target)).toEqual(['notes.txt']);
    await writeFolderAtomic(target, FILES, { force: true });
    expect(readdirSync(target).sort()).toEqual(['runs', 'train.py']);
    expect(readdirSync(dir)).toEqual(['project']);
  });

  it('refuses a file or a link in the way, even with force', async () => {
    const dir = parent();
    writeFileSync(join(dir, 'file'), 'x');
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    for (const name of ['file', 'link']) {
      const error = await refusal(writeFolderAtomic(join(dir, name), FILES, { force: true }));
      expect(error.message).toMatch(/exists and is not a folder \((a file|a link)\)/);
    }
    expect(readdirSync(join(dir, 'real'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['file', 'link', 'real']);
  });

  it('a failure before the folder is in place leaves the old one as it was', async () => {
    const dir = parent();
    const target = join(dir, 'project');
    mkdirSync(target);
    writeFileSync(join(target, 'notes.txt'), 'mine');
    const failing = writeFolderAtomic(target, FILES, {
      force: true,
      beforeRename: () => {
        throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(readdirSync(dir)).toEqual(['project']);
    expect(readFileSync(join(target, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a file that would land outside the folder', async () => {
    const dir = parent();
    await expect(
      writeFolderAtomic(join(dir, 'project'), [{ path: '../evil.py', bytes: 'x' }]),
    ).rejects.toThrow(/must stay inside its folder/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('notes its temporary folder in the journal while it writes, and forgets it after', async () => {
    const dir = parent();
    const journal = join(dir, 'pending-writes');
    let noted: string[] = [];
    await writeFolderAtomic(join(dir, 'project'), FILES, {
      journal,
      beforeRename: () => {
        noted = readdirSync(journal);
      },
    });
    expect(noted).toHaveLength(1);
    expect(noted[0]).toMatch(/^\.project\.\d+\.[0-9a-f]{8}\.tmp\.json$/);
    expect(readdirSync(journal)).toEqual([]);
  });

  it("leaves a dead writer's temporary folder to the next start's sweep", async () => {
    const dir = parent();
    const journal = join(dir, 'pending-writes');
    // a process that died while writing: its pid cannot be alive (above the kernel's limit)
    const temp = join(dir, '.project.4194305.0badf00d.tmp');
    mkdirSync(join(temp, 'runs'), { recursive: true });
    writeFileSync(join(temp, 'runs', 'half.csv'), '1,2');
    mkdirSync(journal);
    writeFileSync(join(journal, 'entry.json'), JSON.stringify({ temp }));
    expect(sweepPendingWrites(journal)).toEqual([temp]);
    expect(readdirSync(dir)).toEqual(['pending-writes']);
    expect(readdirSync(journal)).toEqual([]);
  });
});
