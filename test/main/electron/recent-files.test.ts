import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_RECENT_FILES,
  RECENT_FILES_NAME,
  RecentFiles,
  recentOfSave,
} from '../../../src-main/electron/recent-files';

const fresh = () => mkdtempSync(join(tmpdir(), 'neuron-recent-'));
const quietLog = () => ({ warn: vi.fn() });

describe('RecentFiles', () => {
  it('keeps the newest first, once each, at most ten, and stores them as JSON', async () => {
    const dir = fresh();
    let t = 0;
    const recent = new RecentFiles(dir, quietLog(), () => new Date(Date.UTC(2026, 0, 1, 0, t++)));
    for (let i = 0; i < 12; i++) await recent.add(`/lessons/l${i}.nnlab`, 'lesson');
    await recent.add('/lessons/l5.nnlab', 'lesson');
    const paths = recent.list().map((e) => e.path);
    expect(paths).toHaveLength(MAX_RECENT_FILES);
    expect(paths[0]).toBe('/lessons/l5.nnlab');
    expect(paths.filter((p) => p === '/lessons/l5.nnlab')).toHaveLength(1);
    expect(paths).not.toContain('/lessons/l0.nnlab');
    const stored = JSON.parse(readFileSync(join(dir, RECENT_FILES_NAME), 'utf8'));
    expect(stored.map((e: { path: string }) => e.path)).toEqual(paths);
    // a new start reads the same list
    expect(new RecentFiles(dir, quietLog()).list().map((e) => e.path)).toEqual(paths);
  });

  it('marks a file that has gone as missing instead of dropping it', async () => {
    const dir = fresh();
    const file = join(dir, 'iris.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const recent = new RecentFiles(dir, quietLog());
    await recent.add(file, 'data');
    await recent.add(join(dir, 'gone.nnlab'), 'lesson');
    expect(recent.list().map((e) => [e.kind, e.missing])).toEqual([
      ['lesson', true],
      ['data', false],
    ]);
    await recent.remove(join(dir, 'gone.nnlab'));
    expect(recent.list().map((e) => e.path)).toEqual([file]);
    await recent.clear();
    expect(new RecentFiles(dir, quietLog()).list()).toEqual([]);
  });

  it('starts empty from a damaged file and says so in the log', () => {
    const dir = fresh();
    writeFileSync(join(dir, RECENT_FILES_NAME), '[{"path": 3}]');
    const log = quietLog();
    expect(new RecentFiles(dir, log).list()).toEqual([]);
    expect(log.warn).toHaveBeenCalledWith(
      expect.stringContaining('does not hold what was expected'),
    );
    writeFileSync(join(dir, RECENT_FILES_NAME), '{not json');
    new RecentFiles(dir, log);
    expect(log.warn).toHaveBeenLastCalledWith(expect.stringContaining('not valid JSON'));
  });
});

describe('recentOfSave', () => {
  it('lists a saved dataset as data, another file as saved, several files as their folder', async () => {
    expect(recentOfSave('export:dataset', ['/d/iris.csv'])).toEqual({
      path: '/d/iris.csv',
      kind: 'data',
    });
    expect(recentOfSave('export:chart', ['/d/loss.png'])).toEqual({
      path: '/d/loss.png',
      kind: 'saved',
    });
    const project = ['/d/xor-pytorch/train.py', '/d/xor-pytorch/data/train.csv'];
    expect(recentOfSave('export:pytorch', project)).toEqual({
      path: '/d/xor-pytorch',
      kind: 'saved',
    });
    expect(recentOfSave('export:model', [])).toBeUndefined();
    // a saved file is kept across starts like an opened one
    const dir = fresh();
    await new RecentFiles(dir, quietLog()).add('/d/loss.png', 'saved');
    expect(new RecentFiles(dir, quietLog()).list()[0]).toMatchObject({ kind: 'saved' });
  });
});
