// Builds src-engine/kernels/wasm-module.generated.ts from the AssemblyScript kernels in
// src-wasm/ (see scripts/lib/wasm-kernels.mjs). Runs on `npm install` (prepare) and before
// `npm run build`; the output is deterministic and an unchanged file is not rewritten.
//
//   node scripts/build-wasm.mjs           write the file
//   node scripts/build-wasm.mjs --check   exit 1 if the committed file is stale
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// An install without dev dependencies has no compiler; the committed file is then used as is.
try {
  createRequire(import.meta.url).resolve('assemblyscript/package.json');
} catch {
  console.log('build-wasm: assemblyscript is not installed; keeping the committed module');
  process.exit(0);
}
const path = (await import('node:path')).default;
const { GENERATED, ROOT, compileKernels, renderModule } = await import('./lib/wasm-kernels.mjs');

const target = path.join(ROOT, GENERATED);
try {
  const text = renderModule(await compileKernels());
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`build-wasm: ${GENERATED} is stale; run npm run build:wasm`);
      process.exit(1);
    }
    console.log(`build-wasm: ${GENERATED} is up to date`);
  } else if (current === text) {
    console.log(`build-wasm: ${GENERATED} is up to date`);
  } else {
    writeFileSync(target, text);
    console.log(`build-wasm: wrote ${GENERATED}`);
  }
} catch (error) {
  console.error(`build-wasm: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
