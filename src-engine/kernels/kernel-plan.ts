import type { DType } from '../core/float-array';
import { kernelPolicy, usesWasmBySize, type KernelPolicy } from './kernel-choice';
import { TWO_THREAD_MIN_WORK } from './second-thread';
import { kernelInfo, productThreads } from './wasm-kernels';

export type KernelKind = 'wasm-simd' | 'javascript';

/**
 * Which kernels a network's dense layers run on at a batch size, as the layers themselves
 * choose them (kernel-choice.ts): for the user to see where a run's speed comes from, and
 * to record beside a run which kernels made its numbers (a run repeats bit for bit only on
 * the same kernels).
 */
export interface KernelPlan {
  /** one entry per dense layer, in order */
  layers: KernelKind[];
  dtype: DType;
  policy: KernelPolicy;
  /** why WebAssembly is not available on this thread, when it is not */
  unavailable: string | null;
  /** threads each dense layer's products run on (2: split by rows with a second thread);
   * absent from plans recorded before there was a second thread (all ran on one) */
  threads?: (1 | 2)[];
}

/** Which layers' products are large enough to split between two threads (second-thread.ts),
 * if WebAssembly runs them: the host starts a second thread only for a run that has any. */
export function twoThreadLayers(
  layers: readonly { inputs: number; outputs: number }[],
  batch: number,
  dtype: DType,
  policy: KernelPolicy,
): boolean[] {
  return layers.map(
    ({ inputs, outputs }) =>
      dtype === 'float32' &&
      usesWasmBySize(policy, batch, inputs, outputs) &&
      batch * inputs * outputs >= TWO_THREAD_MIN_WORK,
  );
}

export function kernelPlan(
  layers: readonly { inputs: number; outputs: number }[],
  batch: number,
  dtype: DType,
): KernelPlan {
  const info = kernelInfo();
  const policy = kernelPolicy();
  const wasm = info.kind === 'wasm-simd';
  const two = productThreads() === 2 && wasm;
  const split = twoThreadLayers(layers, batch, dtype, policy);
  return {
    layers: layers.map(({ inputs, outputs }) =>
      wasm && dtype === 'float32' && usesWasmBySize(policy, batch, inputs, outputs)
        ? 'wasm-simd'
        : 'javascript',
    ),
    dtype,
    policy,
    unavailable: info.reason,
    threads: split.map((yes) => (two && yes ? 2 : 1)),
  };
}
