import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets, writeFileAtomic } from '../../../src-main/export/atomic-write';
import { notePending, sweepPendingWrites } from '../../../src-main/export/pending-writes';
import { ExportError } from '../../../src-main/export/export-error';

const ROOT = resolve(__dirname, '../../..');
const folder = () => mkdtempSync(join(tmpdir(), 'neuron-atomic-'));

/** Runs crash-writer.ts, which dies by SIGKILL at the moment named. */
function crashWhileWriting(target: string, when: 'before-rename' | 'mid-write', journal = '') {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'crash-writer.ts'), target, when, journal],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
}

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const dir = folder();
    const file = join(dir, 'model.json');
    await writeFileAtomic(file, '{"a":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir)).toEqual(['model.json']);
  });

  it('refuses to replace an existing file without force, and says so', async () => {
    const dir = folder();
    const file = join(dir, 'report.html');
    writeFileSync(file, 'old');
    const error = await writeFileAtomic(file, 'new').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe('exists');
    expect((error as Error).message).toMatch(/report\.html exists already.*--force/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.html']);
    await writeFileAtomic(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('removes its temporary file when the write fails before the rename', async () => {
    const dir = folder();
    const file = join(dir, 'w.csv');
    writeFileSync(file, 'old');
    await expect(
      writeFileAtomic(file, 'new', {
        force: true,
        beforeRename: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['w.csv']);
  });

  it('a process killed before the rename leaves the old file whole', () => {
    const dir = folder();
    const file = join(dir, 'model.onnx');
    writeFileSync(file, 'the old model');
    const result = crashWhileWriting(file, 'before-rename');
    expect(result.signal).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe('the old model');
    // The complete new bytes sat under a temporary name, never under the target's.
    const temps = readdirSync(dir).filter((n) => n !== 'model.onnx');
    expect(temps).toHaveLength(1);
    expect(temps[0]).toMatch(/^\.model\.onnx\.\d+\.[0-9a-f]{8}\.tmp$/);
  }, 60_000);

  it('a process killed in the middle of a large write never leaves a truncated target', () => {
    const dir = folder();
    const file = join(dir, 'big.bin');
    writeFileSync(file, 'old');
    const result = crashWhileWriting(file, 'mid-write');
    expect(result.signal).toBe('SIGKILL');
    const now = readFileSync(file);
    // Either the old file or the complete new one (64 MiB of 'N'), nothing in between.
    const complete = now.length === 64 * 1024 * 1024 && now.every((b) => b === 0x4e);
    expect(now.toString() === 'old' || complete).toBe(true);
  }, 60_000);

  it.each([
    [
      'a device',
      () => '/dev/null',
      /^\/dev\/null is a device, not a regular file; exports replace only regular files \(also with --force\): choose a file name$/,
    ],
    [
      'a FIFO',
      (dir: string) => (spawnSync('mkfifo', [join(dir, 'pipe')]), join(dir, 'pipe')),
      /is a named pipe \(FIFO\), not a regular file/,
    ],
    [
      'a folder',
      (dir: string) => (mkdirSync(join(dir, 'sub')), join(dir, 'sub')),
      /is a folder, not a regular file/,
    ],
    [
      'a symbolic link',
      (dir: string) => (
        writeFileSync(join(dir, 'real'), 'mine'),
        symlinkSync(join(dir, 'real'), join(dir, 'link')),
        join(dir, 'link')
      ),
      /is a symbolic link \(to .*real\); exports never replace or follow links/,
    ],
    [
      'a dangling link',
      (dir: string) => (symlinkSync('/nowhere/x', join(dir, 'dangling')), join(dir, 'dangling')),
      /is a symbolic link \(to \/nowhere\/x\)/,
    ],
  ] as const)(
    'refuses %s, also with force, and leaves it as it was',
    async (_kind, make, message) => {
      const dir = folder();
      const path = make(dir);
      const before = lstatSync(path);
      const error = await writeFileAtomic(path, 'new', { force: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExportError);
      expect((error as ExportError).code).toBe('not-a-file');
      expect((error as Error).message).toMatch(message);
      const after = lstatSync(path);
      expect([after.mode, after.ino, after.rdev, after.size]).toEqual([
        before.mode,
        before.ino,
        before.rdev,
        before.size,
      ]);
      if (path.endsWith('link')) expect(readFileSync(join(dir, 'real'), 'utf8')).toBe('mine');
      expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
    },
  );

  it.each([0o444, 0o600, 0o755])('keeps a replaced file’s mode (%s)', async (mode) => {
    const dir = folder();
    const file = join(dir, 'kept.json');
    writeFileSync(file, 'old');
    chmodSync(file, mode);
    await writeFileAtomic(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o7777).toBe(mode);
  });

  it('checks every target before any is written', async () => {
    const dir = folder();
    await expect(checkTargets([join(dir, 'a.csv'), '/dev/null'], true)).rejects.toThrow(
      /\/dev\/null is a device/,
    );
    await expect(
      checkTargets([join(dir, 'a.csv'), join(dir, 'b.csv')], true),
    ).resolves.toBeUndefined();
  });

  it('says where and what to do for a file-system error, not a bare errno', async () => {
    const error = await writeFileAtomic('/proc/version/x.json', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(
      /^a part of \/proc\/version\/x\.json is a file, not a folder: check the path$|permission denied for/,
    );
  });

  it('a temporary file a killed writer left is removed at the next start', () => {
    const dir = folder();
    const journal = join(dir, 'data', 'pending-writes');
    const file = join(dir, 'model.onnx');
    expect(crashWhileWriting(file, 'before-rename', journal).signal).toBe('SIGKILL');
    const [temp] = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    expect(statSync(join(dir, temp)).size).toBe(64 * 1024 * 1024);
    expect(readdirSync(journal)).toHaveLength(1);
    // a write of a live process is not stale: an entry naming this process is left alone
    writeFileSync(join(dir, `.x.${process.pid}.00000000.tmp`), 'mine, in progress');
    notePending(journal, join(dir, `.x.${process.pid}.00000000.tmp`));
    expect(sweepPendingWrites(journal)).toEqual([join(dir, temp)]);
    expect(readdirSync(dir).sort()).toEqual([`.x.${process.pid}.00000000.tmp`, 'data']);
    expect(readdirSync(journal)).toHaveLength(1);
  }, 60_000);
});
