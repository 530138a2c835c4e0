import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The trainer entry bundled for plain Node, as the app ships it: starts in a tenth of the
 * time a TypeScript loader needs, which matters when a test starts dozens of trainers. */
export function bundledTrainer(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'neuron-trainer-')), 'trainer.mjs');
  buildSync({
    entryPoints: [resolve(__dirname, '../../../src-main/training/trainer-process.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
