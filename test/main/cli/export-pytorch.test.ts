// `neuron-lab export ID --format pytorch --out DIR` and `neuron-lab import-metrics`: the
// project folder written whole, never over files or through a link; a train.py run back in
// the lab as an experiment.
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTrain, torchPython, whyNoTorch } from '../export/pytorch/torch-python';
import { cliOn } from './cli-runner';

const dataDir = mkdtempSync(join(tmpdir(), 'neuron-cli-torch-'));
const outDir = mkdtempSync(join(tmpdir(), 'neuron-cli-torch-out-'));

const cli = cliOn(dataDir);

let id: string;

beforeAll(() => {
  const r = cli(
    'train', '--data', 'builtin:xor-gate', '--layers', '4', '--activation', 'tanh',
    '--epochs', '20', '--lr', '0.05', '--split', '100/0/0', '--json', '--name', 'xor gate',
  ); // prettier-ignore
  expect(r.stderr).toBe('');
  id = String(JSON.parse(r.stdout).id);
}, 90_000);

describe('neuron-lab export --format pytorch', () => {
  it('writes the project folder and says how to train it', () => {
    const folder = join(outDir, 'xor-torch');
    const r = cli('export', id, '--format', 'pytorch', '--out', folder);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote .*xor-torch\/ \(11 files, [\d,]+ bytes\): README\.md, train\.py/m,
    );
    expect(r.stdout).toMatch(/to train it: cd .*xor-torch && python3 train\.py/);
    expect(readdirSync(folder).sort()).toEqual([
      'README.md', 'config.json', 'data.csv', 'data.py', 'distributed.py', 'initial_weights.json',
      'lab_metrics.csv', 'model.py', 'results.py', 'train.py', 'trained_weights.json',
    ]); // prettier-ignore
    expect(readdirSync(outDir)).toEqual(['xor-torch']);
  }, 60_000);

  it('refuses a folder holding files, and a link even with --force, changing nothing', () => {
    const folder = join(outDir, 'taken');
    mkdirSync(folder);
    writeFileSync(join(folder, 'mine.txt'), 'mine');
    const r = cli('export', id, '--format', 'pytorch', '--out', folder);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/taken exists and is not empty; .*--force/);
    expect(readdirSync(folder)).toEqual(['mine.txt']);
    symlinkSync(folder, join(outDir, 'link'));
    const l = cli('export', id, '--format', 'pytorch', '--out', join(outDir, 'link'), '--force');
    expect(l.stderr).toMatch(/link exists and is not a folder \(a link\)/);
    expect(readdirSync(folder)).toEqual(['mine.txt']);
  }, 60_000);
});

if (!torchPython)
  console.warn(
    `PyTorch export CLI: the train-and-import test is skipped: no python3 with torch (${whyNoTorch})`,
  );

describe.runIf(torchPython)('neuron-lab import-metrics', () => {
  it('keeps a train.py run as an experiment beside the lab’s', () => {
    const folder = join(outDir, 'to-train');
    expect(cli('export', id, '--format', 'pytorch', '--out', folder).code).toBe(0);
    runTrain(folder, ['--out', 'run']);
    const r = cli('import-metrics', join(folder, 'run'), '--json');
    expect(r.stderr).toBe('');
    const imported = JSON.parse(r.stdout) as { id: number; epochs: number; status: string };
    expect(imported).toMatchObject({ epochs: 20, status: 'done' });
    const shown = cli('show', String(imported.id), '--json');
    const record = JSON.parse(shown.stdout) as { name: string; notes: string; tags: string[] };
    expect(record.name).toBe('xor gate (PyTorch, cpu)');
    expect(record.notes).toMatch(/^Trained by PyTorch .* \(train\.py of experiment \d+\) on cpu/);
    expect(record.tags).toContain('pytorch');
  }, 90_000);
});
