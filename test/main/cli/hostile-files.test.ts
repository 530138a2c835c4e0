// Issue 13, items 5 and 7 from the command line: files that are not files (a FIFO, /dev/zero),
// a model far past the limit, and `list | head` — each ends at once with one clear line, never
// a hang, a growing memory or a stack trace.
import { CLI_ENTRY } from './cli-entry';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import { configFor, xorDataset } from '../store/helpers';

const ROOT = resolve(__dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'neuron-cli-hostile-'));
const files = mkdtempSync(join(tmpdir(), 'neuron-cli-files-'));
const CLI = CLI_ENTRY;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [...CLI, ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr.replace(/^npm warn.*\n/gm, ''),
  };
}

beforeAll(() => {
  // a dataset for import-model, and enough runs that `list` outlives a `head -1`
  const store = openStore({ dataDir });
  const input = xorDataset();
  const { dataset } = store.datasets.add(input);
  store.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      store.experiments.create({
        name: `run ${i}`,
        datasetId: dataset.id,
        config: configFor(input),
      });
    }
  });
  store.close();
  spawnSync('mkfifo', [join(files, 'pipe.csv')]);
  spawnSync('mkfifo', [join(files, 'pipe.nnlab')]);
  writeFileSync(join(files, 'huge.json'), '');
  truncateSync(join(files, 'huge.json'), 700 * 1024 * 1024);
});

describe('neuron-lab with hostile files', () => {
  it('refuses a FIFO (lesson, data) and /dev/zero (model) at once, by name', () => {
    const lesson = cli('lesson', 'import', join(files, 'pipe.nnlab'));
    expect(lesson.signal).toBeNull();
    expect(lesson.code).toBe(1);
    expect(lesson.stderr).toBe(
      `neuron-lab: the lesson ${join(files, 'pipe.nnlab')} is a named pipe (FIFO), not a regular file: save it as a file and give its path\n`,
    );
    const model = cli('import-model', '/dev/zero', '--dataset', '1');
    expect(model.code).toBe(1);
    expect(model.stderr).toBe(
      'neuron-lab: the model file /dev/zero is a device, not a regular file: save it as a file and give its path\n',
    );
    const data = cli('train', '--data', join(files, 'pipe.csv'), '--epochs', '1');
    expect(data.signal).toBeNull();
    expect(data.stderr).toContain(
      'neuron-lab: pipe.csv cannot be read (it is a named pipe (FIFO), not a regular file)',
    );
  }, 90_000);

  it('refuses a 700 MB model file from its size, before reading it', () => {
    const r = cli('import-model', join(files, 'huge.json'), '--dataset', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `neuron-lab: the model file ${join(files, 'huge.json')} is 700 MB; it may be at most 200 MB\n`,
    );
  }, 30_000);

  it('`list | head -1` and `list | true` end quietly: no EPIPE, exit code 0', () => {
    const command = [process.execPath, ...CLI, 'list', '--data-dir', dataDir]
      .map((part) => `'${part}'`)
      .join(' ');
    const piped = (reader: string) =>
      spawnSync('bash', ['-c', `set -o pipefail; ${command} | ${reader}`], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
      });
    const head = piped('head -1');
    expect(head.stderr.replace(/^npm warn.*\n/gm, '')).toBe('');
    expect(head.stdout).toMatch(/^ *\d+ {2}queued {3}run \d+ {2}\[xor 0, 0 epochs\]\n$/);
    expect(head.status).toBe(0);
    // a reader that is gone before the first line: every write fails
    const gone = piped('true');
    expect(gone.stderr.replace(/^npm warn.*\n/gm, '')).toBe('');
    expect(gone.status).toBe(0);
  }, 30_000);
});
