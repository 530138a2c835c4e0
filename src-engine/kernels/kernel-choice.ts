import type { FloatArray } from '../core/float-array';
import type { WasmKernels } from './wasm-kernels';
import { wasmKernels } from './wasm-kernels';

/**
 * Products of at least this many multiply-adds (batch × inputs × outputs) run in WebAssembly.
 * Measured on whole training steps: from about 2,000 the WebAssembly kernels (copies included)
 * train 2× faster; at a few hundred the two are within noise of each other, and below that
 * JavaScript wins. The lab's small networks (W1: at most 10 × 8 × 8) stay in JavaScript.
 */
export const WASM_MIN_WORK = 2048;

/** 'auto' chooses by size; the others force one kind of kernel for float32 (tests compare
 * both kinds on the same run; float64 always runs in JavaScript). */
export type KernelPolicy = 'auto' | 'javascript' | 'wasm';

let policy: KernelPolicy = 'auto';

/** Sets the policy for this thread; returns the previous one so a caller can restore it. */
export function setKernelPolicy(next: KernelPolicy): KernelPolicy {
  const previous = policy;
  policy = next;
  return previous;
}

/**
 * The WebAssembly kernels for a dense layer's products, or null to use the JavaScript ones:
 * float64 (the verification path) always runs in JavaScript, in double precision throughout.
 * The choice depends on sizes and element type only, so a run with the same network and
 * batch size takes the same kernels every time and repeats bit for bit.
 */
export function wasmProducts(
  sample: FloatArray,
  batch: number,
  inputs: number,
  outputs: number,
): WasmKernels | null {
  if (!(sample instanceof Float32Array) || policy === 'javascript') return null;
  if (policy === 'auto' && batch * inputs * outputs < WASM_MIN_WORK) return null;
  return wasmKernels();
}
