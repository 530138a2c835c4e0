import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../src-engine/kernels/base64';
import { WASM_KERNELS_BASE64 } from '../../../src-engine/kernels/wasm-module.generated';
import {
  GENERATED,
  ROOT,
  compileKernels,
  renderModule,
} from '../../../scripts/lib/wasm-kernels.mjs';

// The engine runs the module bytes committed in src-engine/; they must be what src-wasm/
// compiles to today, or an edit to the kernels would silently not run.
describe('the committed WebAssembly module', () => {
  it('is what src-wasm/ compiles to (else run npm run build:wasm)', async () => {
    const built = renderModule(await compileKernels());
    expect(readFileSync(path.join(ROOT, GENERATED), 'utf8')).toBe(built);
  }, 60_000);

  it('decodes to a module under the 8 KB Chromium compiles synchronously on a page', () => {
    const bytes = decodeBase64(WASM_KERNELS_BASE64);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0, 0x61, 0x73, 0x6d]); // "\0asm"
    expect(bytes).toEqual(new Uint8Array(Buffer.from(WASM_KERNELS_BASE64, 'base64')));
    expect(bytes.length).toBeLessThan(8 * 1024);
  });
});
