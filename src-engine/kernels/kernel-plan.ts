import type { DType } from '../core/float-array';
import { kernelPolicy, usesWasmBySize, type KernelPolicy } from './kernel-choice';
import { kernelInfo } from './wasm-kernels';

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
}

export function kernelPlan(
  layers: readonly { inputs: number; outputs: number }[],
  batch: number,
  dtype: DType,
): KernelPlan {
  const info = kernelInfo();
  const policy = kernelPolicy();
  const wasm = info.kind === 'wasm-simd';
  return {
    layers: layers.map(({ inputs, outputs }) =>
      wasm && dtype === 'float32' && usesWasmBySize(policy, batch, inputs, outputs)
        ? 'wasm-simd'
        : 'javascript',
    ),
    dtype,
    policy,
    unavailable: info.reason,
  };
}
