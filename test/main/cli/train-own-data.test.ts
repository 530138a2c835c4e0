// `neuron-lab train --data FILE` on files made here: the report it prints, the task the flags
// ask for, two classes with softmax, and a million rows imported and trained.
import { CLI_ENTRY } from './cli-entry';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'neuron-cli-own-'));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [...CLI_ENTRY, ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/^npm warn.*\n/gm, ''),
  };
}

function write(name: string, content: string): string {
  const file = join(dataDir, name);
  writeFileSync(file, content);
  return file;
}

/** 200 rows: two inputs and a digit 0–9 that they tell apart. */
const DIGITS = `a,b,digit\n${Array.from({ length: 200 }, (_, i) => `${i % 10},${(i * 7) % 10},${i % 10}`).join('\n')}\n`;

describe('train --data FILE', () => {
  it('a class column 0–9 with --loss cross-entropy trains 10 softmax outputs, and says why', () => {
    const file = write('digits.csv', DIGITS);
    const r = cli('train', '--data', file, '--loss', 'cross-entropy', '--epochs', '5');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(
      '  digit: categorical target — numbers, read as class names; 10 classes',
    );
    expect(lines).toContain(
      "task: classification of 'digit' into 10 classes ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') — asked for by --loss cross-entropy",
    );
    expect(lines).toContain('network: 2 → 16 relu → 10 softmax');
    expect(r.stdout).toMatch(/accuracy \d+\.\d%/);
  }, 60_000);

  it('without a word about classes, 0–9 is regression, and the report says how to ask', () => {
    const r = cli('train', '--data', join(dataDir, 'digits.csv'), '--epochs', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "task: regression of 'digit' — the target holds numbers; its 10 whole values (0 to 9) may be classes: choose classification to train a classifier",
    );
    expect(r.stdout).toContain('network: 2 → 16 relu → 1 linear');
  }, 60_000);

  it('a two-class text target with --output softmax gets two softmax outputs', () => {
    const rows = Array.from(
      { length: 120 },
      (_, i) => `${i % 2},${(i % 7) / 7},${i % 2 ? 'yes' : 'no'}`,
    );
    const file = write('binary.csv', `x1,x2,label\n${rows.join('\n')}\n`);
    const r = cli('train', '--data', file, '--output', 'softmax', '--epochs', '20', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.status).toBe('done');
    expect(summary.metrics.accuracy).toBeGreaterThan(0.9);
    expect(summary.import.task).toMatchObject({ task: 'classification', classes: ['no', 'yes'] });
    const show = cli('show', String(summary.id));
    expect(show.stdout).toMatch(/network\s+2 → 16 relu → 2 softmax/);
  }, 60_000);

  it('--missing, --categorical and their report; --missing error names the cell', () => {
    const file = write('gaps.csv', 'x,grade,y\n1,1,0.5\nNA,2,1.5\n3,1,2.5\n4,,3.5\n5,2,4.5\n');
    const r = cli(
      'train',
      '--data',
      file,
      '--missing',
      'median',
      '--categorical',
      'grade',
      '--epochs',
      '2',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  grade: categorical input — categorical as chosen; 1 missing (1 empty); 2 categories → 2 inputs (one-hot)',
    );
    expect(r.stdout).toContain(
      "missing values (policy median): 2 cells filled — x: 1 (1 'NA') filled with its median 3.5; grade: 1 (1 empty) filled with its most frequent value '1'; 5 rows kept",
    );
    const refused = cli('train', '--data', file, '--missing', 'error');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      "neuron-lab: gaps.csv: row 3, column 'x': the cell is 'NA'; the missing-value policy 'error' refuses it (choose drop, mean, median or mode to go on)\n",
    );
  }, 60_000);

  it.each([
    [
      ['--task', 'regression', '--loss', 'cross-entropy'],
      '--task regression does not go with --loss cross-entropy, which is for classes',
    ],
    [
      ['--missing', 'guess'],
      "--missing must be one of drop, mean, median, mode, error, got 'guess'",
    ],
  ])(
    'bad options %j: one line, exit code 2',
    (extra, message) => {
      const r = cli('train', '--data', join(dataDir, 'digits.csv'), ...extra);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`neuron-lab: ${message}\n`);
    },
    30_000,
  );

  it('--missing on a built-in dataset is refused rather than ignored', () => {
    const r = cli('train', '--data', 'builtin:xor', '--missing', 'mean');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('neuron-lab: --missing applies to a data file, not to builtin:xor\n');
  }, 30_000);

  it('imports 1,000,000 rows × 20 columns and trains on them', async () => {
    const file = join(dataDir, 'million.csv');
    const out = createWriteStream(file);
    out.write(`${Array.from({ length: 19 }, (_, c) => `x${c + 1}`).join(',')},y\n`);
    for (let start = 0; start < 1_000_000; start += 10_000) {
      let block = '';
      for (let r = start; r < start + 10_000; r++) {
        let row = '';
        for (let c = 0; c < 19; c++) row += `${((r * (c + 3)) % 1000) / 100},`;
        block += `${row}${r % 3}\n`;
      }
      if (!out.write(block)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const r = cli(
      'train',
      '--data',
      file,
      '--task',
      'classification',
      '--layers',
      '8',
      '--epochs',
      '1',
      '--batch',
      '1000',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.status).toBe('done');
    expect(summary.import).toMatchObject({
      rowsRead: 1_000_000,
      rowsKept: 1_000_000,
      rowsDropped: 0,
    });
    expect(summary.import.lines[0]).toBe(
      "million.csv: read 1,000,000 rows, 20 columns (CSV, UTF-8, delimiter ',', decimal point (3.14), header row)",
    );
    expect(summary.epochs).toBe(1);
  }, 300_000);
});
