// The python3 that has PyTorch: the one on PATH, or Debian's (python3-torch installs into
// /usr/bin/python3, which a pyenv or venv python3 on PATH does not see).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pytorchProject } from '../../../../src-main/export/pytorch/export-pytorch';
import type { Services } from '../../../../src-main/services/services';

function findTorchPython(): { python?: string; why: string } {
  const tried: string[] = [];
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8' });
    if (r.status === 0) return { python, why: '' };
    tried.push(
      `${python}: ${(r.error?.message ?? r.stderr.trim().split('\n').at(-1)) || `exit ${r.status}`}`,
    );
  }
  return { why: tried.join('; ') };
}

const found = findTorchPython();
/** python3 with torch, or undefined (then `whyNoTorch` says why). */
export const torchPython = found.python;
export const whyNoTorch = found.why;

/** Writes experiment `id`'s PyTorch project to a fresh folder. @returns the folder */
export function writeProject(lab: Services, id: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-torch-'));
  for (const file of pytorchProject(lab, id, '0.1.0').files)
    writeFileSync(join(dir, file.path), file.text);
  return dir;
}

const TIMEOUT = '/usr/bin/timeout';

/** Runs train.py in `dir` with `args`. @returns its output; throws with stderr when it fails */
export function runTrain(dir: string, args: string[]): string {
  // Through coreutils' timeout, which ends the whole process group: a run with --processes 2
  // starts worker processes, and spawnSync's own timeout killed only train.py, once leaving a
  // worker spinning for an hour and slowing every later timing test on the machine.
  const [file, argv]: [string, string[]] = existsSync(TIMEOUT)
    ? [TIMEOUT, ['-k', '5', '120', torchPython!, 'train.py', ...args]]
    : [torchPython!, ['train.py', ...args]];
  const r = spawnSync(file, argv, {
    cwd: dir,
    encoding: 'utf8',
    // one thread per process: the machine's cores are shared, and the runs are tiny
    env: { ...process.env, OMP_NUM_THREADS: '1' },
    timeout: 130_000,
  });
  if (r.status !== 0)
    throw new Error(`train.py ${args.join(' ')} failed: ${r.stderr}${r.error ?? ''}`);
  return r.stdout;
}

/** A metrics.csv as columns by name (an empty cell is NaN). */
export function readMetrics(text: string): Record<string, number[]> {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const names = header.split(',');
  const columns: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const row of rows)
    row.split(',').forEach((cell, i) => columns[names[i]].push(cell === '' ? NaN : Number(cell)));
  return columns;
}
