// The trainer's two entries bundled for plain Node, as the app ships them, for the benchmarks
// that train through the lab's pipeline (supervisor → trainer process → training thread).
import { buildSync } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Bundles into `dir`; returns the trainer entry to fork. */
export function bundleTrainer(dir: string): string {
  const training = resolve(import.meta.dirname, '../src-main/training');
  buildSync({
    entryPoints: {
      trainer: join(training, 'trainer-process.ts'),
      'trainer-worker': join(training, 'trainer-worker.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dir,
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return join(dir, 'trainer.js');
}
