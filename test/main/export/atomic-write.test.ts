import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src-main/export/atomic-write';
import { ExportError } from '../../../src-main/export/export-error';

const ROOT = resolve(__dirname, '../../..');
const folder = () => mkdtempSync(join(tmpdir(), 'neuron-atomic-'));

/** Runs crash-writer.ts, which dies by SIGKILL at the moment named. */
function crashWhileWriting(target: string, when: 'before-rename' | 'mid-write') {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'crash-writer.ts'), target, when],
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
});
