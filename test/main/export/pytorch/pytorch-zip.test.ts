// export:pytorch, the export menu's call: the project's folder as one ZIP that any unzip
// reads back file for file (checked with Python's zipfile, a reader independent of ours).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/contract/dispatch';
import { createEventHub } from '../../../../src-main/contract/handlers';
import type { PytorchExport } from '../../../../src-main/contract/types';
import { pytorchProject } from '../../../../src-main/export/pytorch/export-pytorch';
import { labHandlers } from '../../../../src-main/services/handlers/lab-handlers';
import { CIRCLE_RUN, openTestLab, trainedExperiment } from '../services-fixture';

const python = spawnSync('python3', ['-c', 'import zipfile'], { encoding: 'utf8' });
if (python.status !== 0)
  console.warn(
    `export:pytorch: the ZIP test is skipped: no python3 to read the archive back (${python.error?.message ?? python.stderr.trim()})`,
  );

/** Every file of a ZIP as {name: text}, read by python3's zipfile after its CRC check. */
function unzip(bytes: Uint8Array): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'neuron-zip-')), 'project.zip');
  writeFileSync(file, bytes);
  const script = `import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))`;
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 zipfile: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, string>;
}

describe.runIf(python.status === 0)('export:pytorch', () => {
  it('answers the project as NAME-pytorch.zip holding every file of its folder', async () => {
    const { lab, dataDir } = openTestLab();
    const handlers = labHandlers(
      lab,
      createEventHub(),
      { version: '0.1.0', dataDir, host: 'local' },
      { printPdf: () => Promise.reject(new Error('no PDF here')) },
    );
    const id = trainedExperiment(lab, CIRCLE_RUN);
    const result = await dispatch(
      handlers,
      'export:pytorch',
      { experimentId: id },
      { host: 'local' },
    );
    if (!result.ok) throw new Error(result.error.message);
    const { files, notices } = result.value as PytorchExport;
    expect(files.map((f) => [f.fileName, f.mime])).toEqual([
      ['circle-6-tanh-pytorch.zip', 'application/zip'],
    ]);
    expect(notices).toEqual([]);
    const unzipped = unzip(files[0].bytes);
    const expected = pytorchProject(lab, id, '0.1.0').files;
    expect(Object.keys(unzipped).sort()).toEqual(
      expected.map((f) => `circle-6-tanh-pytorch/${f.path}`).sort(),
    );
    for (const f of expected) {
      // the README carries the export's date, which may differ by a day around midnight
      if (f.path !== 'README.md') expect(unzipped[`circle-6-tanh-pytorch/${f.path}`]).toBe(f.text);
    }
    const missing = await dispatch(
      handlers,
      'export:pytorch',
      { experimentId: 999 },
      { host: 'local' },
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/experiment 999 does not exist/);
    lab.close();
  });
});
