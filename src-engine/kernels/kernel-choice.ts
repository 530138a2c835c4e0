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

/** The policy in force on this thread. */
export function kernelPolicy(): KernelPolicy {
  return policy;
}

/** Whether the policy sends a float32 product of these sizes to WebAssembly. */
export function usesWasmBySize(
  chosen: KernelPolicy,
  batch: number,
  inputs: number,
  outputs: number,
): boolean {
  if (chosen === 'javascript') return false;
  return chosen === 'wasm' || batch * inputs * outputs >= WASM_MIN_WORK;
}

/**
 * Optimizer updates of float32 parameter arrays at least this long run in WebAssembly (Adam,
 * with its moments resident there): below it the copies in and out cost more than they save.
 */
export const WASM_MIN_UPDATE = 4096;

/** Whether the policy on this thread sends an update of a float32 array this long to
 * WebAssembly (WebAssembly's presence is the caller's to check). */
export function usesWasmForUpdate(length: number): boolean {
  if (policy === 'javascript') return false;
  return policy === 'wasm' || length >= WASM_MIN_UPDATE;
}

/** The policies a user may name (NEURON_LAB_KERNELS), or null for another word. */
export function parseKernelPolicy(text: string): KernelPolicy | null {
  return text === 'auto' || text === 'javascript' || text === 'wasm' ? text : null;
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
  if (!(sample instanceof Float32Array)) return null;
  return usesWasmBySize(policy, batch, inputs, outputs) ? wasmKernels() : null;
}
