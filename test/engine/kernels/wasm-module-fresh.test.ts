import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../src-engine/kernels/base64';
import {
  WASM_KERNELS_BASE64,
  WASM_KERNELS_SHARED_BASE64,
} from '../../../src-engine/kernels/wasm-module.generated';
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

/** The ids of the module's sections, in order (the binary format: id byte, LEB128 size). */
function sectionIds(bytes: Uint8Array): number[] {
  const ids: number[] = [];
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      size |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    ids.push(id);
    at += size;
  }
  return ids;
}

// Two instances of the shared build compute on one memory at once (second-thread.ts): a global
// that changes (AssemblyScript's shadow stack or heap pointer), a data segment (re-copied into
// the memory by every new instance) or a start function would let one disturb the other.
describe('the shared-memory build of the kernels', () => {
  const GLOBAL = 6;
  const START = 8;
  const DATA = 11;
  const DATA_COUNT = 12;

  it('imports a shared memory and has no globals, data or start function', () => {
    const bytes = decodeBase64(WASM_KERNELS_SHARED_BASE64);
    const module = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
    expect(WebAssembly.Module.imports(module)).toEqual([
      { module: 'env', name: 'memory', kind: 'memory' },
    ]);
    const ids = sectionIds(bytes);
    expect(ids).toContain(10); // the code section: the walk above read the sections right
    for (const id of [GLOBAL, START, DATA, DATA_COUNT]) expect(ids).not.toContain(id);
    expect(bytes.length).toBeLessThan(8 * 1024);
  });

  it('exports the same kernels as the own-memory build, less the memory', () => {
    const names = (base64: string) =>
      WebAssembly.Module.exports(
        new WebAssembly.Module(decodeBase64(base64) as Uint8Array<ArrayBuffer>),
      )
        .map((e) => e.name)
        .filter((name) => name !== 'memory')
        .sort();
    expect(names(WASM_KERNELS_SHARED_BASE64)).toEqual(names(WASM_KERNELS_BASE64));
  });
});
