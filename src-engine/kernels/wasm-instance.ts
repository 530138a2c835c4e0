import { decodeBase64 } from './base64';
import {
  WASM_KERNELS_BASE64,
  WASM_KERNELS_SHARED_BASE64,
  WASM_SHARED_MAX_PAGES,
} from './wasm-module.generated';

// The engine's WebAssembly module (source: src-wasm/), compiled once per thread. Each
// instance has a memory of its own: the products share one instance (wasm-kernels.ts); an
// optimizer whose state lives in WebAssembly memory takes another (resident-moments.ts), so
// that neither's memory layout can disturb the other's. Two threads computing one product
// each take an instance of the shared build on one shared memory (second-thread.ts).

/** The part of the WebAssembly API used here (the engine's lib declares neither DOM nor Node). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  Memory: new (limits: { initial: number; maximum: number; shared: boolean }) => KernelMemory;
}

/** A WebAssembly.Memory (shared, for the two-thread kernels). */
export interface KernelMemory {
  buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}

export interface KernelExports {
  memory: KernelMemory;
  heapBase(): number;
  gemmABt(a: number, b: number, c: number, m: number, n: number, k: number): void;
  gemmAB(a: number, b: number, c: number, m: number, n: number, k: number): void;
  gemmAtB(a: number, b: number, c: number, m: number, n: number, k: number): void;
  gemmBroadcast(
    a: number,
    si: number,
    sp: number,
    b: number,
    c: number,
    m: number,
    n: number,
    k: number,
  ): void;
  addRowVector(z: number, bias: number, rows: number, cols: number): void;
  sumRows(x: number, out: number, rows: number, cols: number): void;
  reluRows(z: number, out: number, n: number): void;
  reluMask(z: number, d: number, n: number): void;
  transpose(src: number, out: number, rows: number, cols: number): void;
  adamStep(
    w: number,
    g: number,
    m: number,
    v: number,
    n: number,
    beta1: number,
    oneMinusBeta1: number,
    beta2: number,
    oneMinusBeta2: number,
    stepSize: number,
    sqrtCorrection2: number,
    eps: number,
  ): void;
  sgdStep(w: number, g: number, n: number, rate: number): void;
  nonFiniteSum(x: number, n: number): number;
}

let compiled: object | null | undefined;
let failure: string | null = null;

/** A new instance of the kernels, or null where WebAssembly is missing or refused (a page whose
 * CSP lacks 'wasm-unsafe-eval'); `wasmFailure()` then says why. */
export function instantiateKernels(): KernelExports | null {
  try {
    const api = wasmApi();
    // Synchronous compilation: the module is a few kilobytes (under the 8 KB Chromium allows
    // on a page's main thread), and every engine call stays synchronous.
    if (compiled === undefined) compiled = new api.Module(decodeBase64(WASM_KERNELS_BASE64));
    if (compiled === null) return null;
    return new api.Instance(compiled, {}).exports as KernelExports;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    compiled = null;
    return null;
  }
}

let compiledShared: object | undefined;

function wasmApi(): WasmApi {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) throw new Error('this JavaScript host has no WebAssembly');
  return api;
}

/** A fresh shared memory for the two-thread kernels. Throws where shared memory is not
 * available (a page without cross-origin isolation); only trainer threads ask for one. */
export function createSharedKernelMemory(): KernelMemory {
  return new (wasmApi().Memory)({ initial: 1, maximum: WASM_SHARED_MAX_PAGES, shared: true });
}

/** An instance of the shared build on `memory`: one per thread, all on the same memory. */
export function instantiateSharedKernels(memory: KernelMemory): KernelExports {
  const api = wasmApi();
  compiledShared ??= new api.Module(decodeBase64(WASM_KERNELS_SHARED_BASE64));
  const instance = new api.Instance(compiledShared, { env: { memory } });
  return { ...(instance.exports as Omit<KernelExports, 'memory'>), memory };
}

/** Why WebAssembly could not be used on this thread, once it has been tried. */
export function wasmFailure(): string | null {
  return failure;
}
