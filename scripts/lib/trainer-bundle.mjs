// The trainer's two entries (the process and its training thread) bundled for plain Node, as
// the app ships them. Tests that start dozens of trainers and the benchmarks that train through
// the lab's pipeline (supervisor → trainer process → training thread) fork this bundle: it
// starts in a tenth of the time a TypeScript loader needs.
import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Bundles the trainer into `outdir` (a fresh temporary folder when none is given).
 * @param {string} [outdir]
 * @returns {string} the process entry to fork
 */
export function bundledTrainer(outdir = mkdtempSync(join(tmpdir(), 'neuron-trainer-'))) {
  const training = resolve(import.meta.dirname, '../../src-main/training');
  buildSync({
    entryPoints: {
      trainer: join(training, 'trainer-process.ts'),
      'trainer-worker': join(training, 'trainer-worker.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    logLevel: 'silent',
  });
  // .js files beside a package.json of type module load as ES modules, as out/main/ does
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  return join(outdir, 'trainer.js');
}
