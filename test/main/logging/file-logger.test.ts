import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileLogger } from '../../../src-main/logging/file-logger';

const at = () => new Date('2026-12-03T10:00:00.000Z');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'neuron-log-')), 'logs');

describe('createFileLogger', () => {
  it('writes one timestamped line per entry, creating the folder', () => {
    const folder = fresh();
    const log = createFileLogger({ folder, now: at });
    log.info('started');
    log.warn('window moved on screen');
    expect(log.file).toBe(join(folder, 'main.log'));
    expect(readFileSync(log.file, 'utf8')).toBe(
      '2026-12-03T10:00:00.000Z [info] started\n' +
        '2026-12-03T10:00:00.000Z [warn] window moved on screen\n',
    );
  });

  it('adds an error’s stack, its lines indented under the entry', () => {
    const log = createFileLogger({ folder: fresh(), now: at });
    const error = new Error('boom');
    error.stack = 'Error: boom\n  at f (a.ts:1)';
    log.error('uncaught', error);
    log.error('plain', 'a string');
    expect(readFileSync(log.file, 'utf8').split('\n')).toEqual([
      '2026-12-03T10:00:00.000Z [error] uncaught: Error: boom',
      '      at f (a.ts:1)',
      '2026-12-03T10:00:00.000Z [error] plain: a string',
      '',
    ]);
  });

  it('rotates past maxBytes, keeping `keep` old files and dropping the oldest', () => {
    const folder = fresh();
    const log = createFileLogger({ folder, maxBytes: 100, keep: 2, now: at });
    for (let i = 0; i < 12; i++) log.info(`entry ${String(i).padStart(2, '0')} ${'x'.repeat(20)}`);
    expect(readdirSync(folder).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of readdirSync(folder)) {
      expect(readFileSync(join(folder, name)).length).toBeLessThanOrEqual(100);
    }
    expect(readFileSync(join(folder, 'main.log'), 'utf8')).toContain('entry 11');
    const all = readdirSync(folder)
      .map((n) => readFileSync(join(folder, n), 'utf8'))
      .join('');
    expect(all).not.toContain('entry 00'); // the oldest file went
  });

  it('never throws when the log cannot be written, and says so once', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'neuron-log-')), 'logs');
    writeFileSync(blocker, 'a file where the folder should be');
    const onWriteError = vi.fn();
    const log = createFileLogger({ folder: blocker, onWriteError });
    expect(() => log.info('one')).not.toThrow();
    log.error('two', new Error('x'));
    expect(onWriteError).toHaveBeenCalledTimes(1);
  });
});
