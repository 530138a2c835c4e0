import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBuiltinData, writeBuiltinData } from '../../../scripts/build-builtin-data.mjs';
import { RESOURCES, ROOT, withTempDir } from './helpers';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('scripts/build-builtin-data.mjs', () => {
  const built = buildBuiltinData();

  it('builds exactly the committed files, so they cannot drift from the packages', () => {
    expect([...built.keys()]).toEqual(['iris.json', 'mnist-10k.bin']);
    for (const [name, bytes] of built) {
      const committed = readFileSync(path.join(RESOURCES, 'datasets', name));
      expect(
        sha256(committed),
        `resources/datasets/${name} differs from what the script builds: run node scripts/build-builtin-data.mjs`,
      ).toBe(sha256(bytes));
    }
    expect(built.get('mnist-10k.bin')!.length).toBe(28 + 10_000 * 784 + 10_000);
  });

  it('is deterministic and leaves files that are already right untouched', () => {
    withTempDir((dir) => {
      const first = writeBuiltinData(dir);
      expect(first.every((r) => r.written)).toBe(true);
      const times = first.map((r) => statSync(r.file).mtimeMs);
      const second = writeBuiltinData(dir);
      expect(second.map((r) => r.written)).toEqual([false, false]);
      expect(second.map((r) => r.sha256)).toEqual(first.map((r) => r.sha256));
      expect(second.map((r) => statSync(r.file).mtimeMs)).toEqual(times);
      expect(first.map((r) => r.sha256)).toEqual([...built.values()].map(sha256));
    });
  });

  it('runs from the command line with --out', () => {
    withTempDir((dir) => {
      const run = spawnSync(process.execPath, ['scripts/build-builtin-data.mjs', '--out', dir], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/wrote +.*iris\.json/);
      expect(run.stdout).toMatch(/wrote +.*mnist-10k\.bin +7850028 bytes/);
      expect(sha256(readFileSync(path.join(dir, 'mnist-10k.bin')))).toBe(
        sha256(built.get('mnist-10k.bin')!),
      );
    });
  });
});
