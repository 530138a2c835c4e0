/**
 * What the Train view says of a run's kernels: one short label, a sentence with the detail
 * (which layers run where, and why), and whether the user should be warned — WebAssembly
 * missing where it was wanted makes a large network several times slower.
 */
import type { KernelPlan } from '../../src-engine/kernels/kernel-plan';

export interface KernelSummary {
  /** message key of the short label */
  label: 'kernels.wasm' | 'kernels.javascript' | 'kernels.mixed';
  /** message key and values of the detail */
  detail: { key: string; values: Record<string, string | number> };
  warn: boolean;
  /** the sentence saying which layers split their products between two threads, if any */
  threads: { key: string; values: Record<string, string | number> } | null;
}

/** "1–2, 4": the 1-based positions of the layers of one kind, runs joined by a dash. */
export function layerList(positions: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < positions.length;) {
    let j = i;
    while (j + 1 < positions.length && positions[j + 1] === positions[j] + 1) j++;
    parts.push(i === j ? `${positions[i]}` : `${positions[i]}–${positions[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function summariseKernels(plan: KernelPlan): KernelSummary {
  const two = (plan.threads ?? []).flatMap((n, i) => (n === 2 ? [i + 1] : []));
  const threads = two.length
    ? { key: 'kernels.twoThreadLayers', values: { layers: layerList(two) } }
    : null;
  return { ...summariseKinds(plan), threads };
}

function summariseKinds(plan: KernelPlan): Omit<KernelSummary, 'threads'> {
  const wasm = plan.layers.flatMap((k, i) => (k === 'wasm-simd' ? [i + 1] : []));
  const js = plan.layers.flatMap((k, i) => (k === 'javascript' ? [i + 1] : []));
  if (js.length === 0)
    return { label: 'kernels.wasm', detail: { key: 'kernels.allWasm', values: {} }, warn: false };
  if (wasm.length > 0)
    return {
      label: 'kernels.mixed',
      detail: { key: 'kernels.someWasm', values: { wasm: layerList(wasm), js: layerList(js) } },
      warn: false,
    };
  if (plan.dtype === 'float64')
    return {
      label: 'kernels.javascript',
      detail: { key: 'kernels.float64', values: {} },
      warn: false,
    };
  if (plan.policy === 'javascript')
    return {
      label: 'kernels.javascript',
      detail: { key: 'kernels.chosen', values: {} },
      warn: false,
    };
  if (plan.unavailable)
    return {
      label: 'kernels.javascript',
      detail: { key: 'kernels.unavailable', values: { reason: plan.unavailable } },
      warn: true,
    };
  return { label: 'kernels.javascript', detail: { key: 'kernels.small', values: {} }, warn: false };
}
