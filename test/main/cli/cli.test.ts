import { CLI_ENTRY } from './cli-entry';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'neuron-cli-'));

/** Runs `neuron-lab …` from the sources (through tsx), with its own data folder. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [...CLI_ENTRY, ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/^npm warn.*\n/gm, ''),
  };
}

describe('the neuron-lab command', () => {
  it('train --json trains a built-in dataset and prints a summary as JSON', () => {
    const r = cli(
      'train',
      '--data',
      'builtin:xor-gate',
      '--layers',
      '4',
      '--activation',
      'tanh',
      '--epochs',
      '300',
      '--lr',
      '0.05',
      '--split',
      '100/0/0',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({
      status: 'done',
      epochs: 300,
      dataset: expect.stringMatching(/xor/i),
    });
    expect(summary.metrics.accuracy).toBe(1);
  }, 60_000);

  it('imports a CSV with --target, and list/show find the experiment', () => {
    const file = join(dataDir, 'points.csv');
    const rows = ['a;b;label'];
    for (let i = 0; i < 60; i++)
      rows.push(
        `${(i % 10) / 10};${Math.floor(i / 10) / 10};${(i % 10) + Math.floor(i / 10) > 7 ? 'high' : 'low'}`.replace(
          /\./g,
          ',',
        ),
      );
    writeFileSync(file, rows.join('\r\n'));
    const r = cli('train', '--data', file, '--target', 'label', '--epochs', '20', '--json');
    expect(r.code).toBe(0);
    const { id } = JSON.parse(r.stdout);
    const list = JSON.parse(cli('list', '--json').stdout) as Array<{ id: number; dataset: string }>;
    expect(list.find((e) => e.id === id)?.dataset).toBe('points');
    const show = cli('show', String(id));
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/network\s+2 → 16 relu → 1 sigmoid/);
  }, 60_000);

  it('datasets lists the built-ins', () => {
    const r = cli('datasets', '--json');
    const names = (JSON.parse(r.stdout).builtins as Array<{ name: string }>).map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['xor', 'spiral', 'iris', 'mnist']));
  }, 30_000);

  it.each([
    [['train'], 'train needs --data FILE or --data builtin:NAME'],
    [['train', '--data', 'builtin:nope'], "unknown built-in dataset 'nope'"],
    [
      ['train', '--data', 'builtin:xor', '--epochs', 'many'],
      "--epochs must be a whole number from 1 to 1000000, got 'many'",
    ],
    [['train', '--data', 'builtin:xor', '--split', '50/50'], '--split must be three percentages'],
    [['train', '--data', 'builtin:xor', '--wat'], 'unknown option --wat'],
    [['train', '--data', 'builtin:xor', '--port', '8080'], 'train does not take --port'],
    [['show', 'x'], "show needs an experiment id (a whole number), got 'x'"],
    [['show', '9999'], 'experiment 9999 does not exist'],
    [['launch'], "unknown command 'launch'"],
  ])(
    'bad arguments %j: one line and exit code 2',
    (args, message) => {
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    },
    30_000,
  );
});
