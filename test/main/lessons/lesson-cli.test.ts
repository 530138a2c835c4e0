// `neuron-lab lesson export|import`: a lesson carried between two data folders by the command
// line, conflicts reported with exit code 3 and nothing changed, hostile files refused.
import { CLI_ENTRY } from '../cli/cli-entry';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import { tempDir, xorDataset } from '../store/helpers';
import { shippedLab } from './lesson-fixture';

const ROOT = resolve(import.meta.dirname, '../../..');

function cli(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [...CLI_ENTRY, ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/^npm warn.*\n/gm, ''),
  };
}

/** Runs `work` on the store of a data folder, closing it after. */
function withStore<T>(dataDir: string, work: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore({ dataDir });
  try {
    return work(store);
  } finally {
    store.close();
  }
}

describe('neuron-lab lesson', () => {
  it('exports from one data folder and imports into another, asking before replacing', () => {
    const teacherDir = tempDir();
    const studentDir = tempDir();
    const out = join(tempDir(), 'week-3.nnlab');
    withStore(teacherDir, (store) => {
      store.userLabs.create({ ...shippedLab(), id: 'my-perceptron' }, 'perceptron');
      store.datasets.add(xorDataset());
      store.designs.create('net', { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
    });

    const exported = cli(
      teacherDir, 'lesson', 'export', '--labs', '1', '--datasets', '1', '--designs', '1',
      '--title', 'Week 3', '--out', out,
    ); // prettier-ignore
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^wrote .*week-3\.nnlab \([\d,]+ bytes\)\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ title: 'Week 3', version: 1 });
    // never over an existing file without --force
    const again = cli(teacherDir, 'lesson', 'export', '--labs', '1', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already; add --force/);

    const imported = cli(studentDir, 'lesson', 'import', out);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("lab 'my-perceptron' (my-perceptron.json): created (id 1)");
    expect(imported.stdout).toContain("dataset 'xor 0' (xor-0.dataset): created");

    withStore(studentDir, (store) => {
      const lab = store.userLabs.findByLabId('my-perceptron')!;
      store.userLabs.update(lab.id, { ...lab.document, title: 'Edited by the student' });
    });
    const asked = cli(studentDir, 'lesson', 'import', out);
    expect(asked.code).toBe(3);
    expect(asked.stdout).toContain("lab 'my-perceptron' already exists ('Edited by the student'");
    expect(asked.stdout).toContain('nothing was changed; choose --replace or --keep-both');
    withStore(studentDir, (store) =>
      expect(store.userLabs.list().map((l) => l.title)).toEqual(['Edited by the student']),
    );

    const both = cli(studentDir, 'lesson', 'import', out, '--keep-both');
    expect(both.code).toBe(0);
    expect(both.stdout).toContain("lab 'my-perceptron-2' (my-perceptron.json): kept-both");
    const replaced = cli(studentDir, 'lesson', 'import', out, '--replace');
    expect(replaced.stdout).toContain("lab 'my-perceptron' (my-perceptron.json): replaced");
    withStore(studentDir, (store) =>
      expect(
        store.userLabs
          .list()
          .map((l) => l.labId)
          .sort(),
      ).toEqual(['my-perceptron', 'my-perceptron-2']),
    );
  }, 300_000);

  it('refuses hostile files and bad arguments, saying what is wrong', () => {
    const dataDir = tempDir();
    const evil = join(tempDir(), 'evil.nnlab');
    writeFileSync(evil, '{"format": "neuron-lab-lesson", "version": 9}');
    const newer = cli(dataDir, 'lesson', 'import', evil);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toBe(
      "neuron-lab: lesson 'evil.nnlab' has format version 9; this app reads version 1 — update Neuron Lab to open it\n",
    );
    const bad = cli(dataDir, 'lesson', 'export', '--labs', '1,x', '--out', evil);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "neuron-lab: --labs takes ids separated by commas (e.g. 1,2), got 'x'\n",
    );
    const both = cli(dataDir, 'lesson', 'import', evil, '--replace', '--keep-both');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/choose --replace or --keep-both, not both/);
    const missing = cli(dataDir, 'lesson', 'import', join(dataDir, 'nope.nnlab'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^neuron-lab: .*nope\.nnlab does not exist: check the name and the folder\n$/,
    );
  }, 300_000);
});
