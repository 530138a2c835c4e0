import { describe, expect, it } from 'vitest';
import type { KernelPlan } from '../../../src-engine/kernels/kernel-plan';
import { i18n } from '../../../src-renderer/i18n';
import { layerList, summariseKernels } from '../../../src-renderer/train/kernel-summary';

const plan = (over: Partial<KernelPlan>): KernelPlan => ({
  layers: ['wasm-simd', 'wasm-simd'],
  dtype: 'float32',
  policy: 'auto',
  unavailable: null,
  ...over,
});

const say = (p: KernelPlan) => {
  const s = summariseKernels(p);
  return {
    label: i18n.global.t(s.label),
    detail: i18n.global.t(s.detail.key, s.detail.values),
    warn: s.warn,
  };
};

describe('what the Train view says of a run’s kernels', () => {
  it('lists layer positions with runs joined', () => {
    expect(layerList([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(layerList([4])).toBe('4');
  });

  it('names the layers on each kind when they differ', () => {
    const s = say(plan({ layers: ['wasm-simd', 'wasm-simd', 'javascript'] }));
    expect(s.label).toBe('WebAssembly SIMD + JavaScript');
    expect(s.detail).toContain(
      'WebAssembly SIMD: layers 1–2. JavaScript (too small to gain from WebAssembly): layers 3.',
    );
    expect(s.warn).toBe(false);
  });

  it('warns, with the reason, when WebAssembly is missing', () => {
    const s = say(plan({ layers: ['javascript'], unavailable: 'CSP refused it' }));
    expect(s).toMatchObject({ label: 'JavaScript', warn: true });
    expect(s.detail).toContain('(CSP refused it)');
  });

  it('tells a chosen JavaScript, float64 and small layers apart, none of them a warning', () => {
    const js = ['javascript' as const];
    expect(say(plan({ layers: js, policy: 'javascript' })).detail).toContain('NEURON_LAB_KERNELS');
    expect(say(plan({ layers: js, dtype: 'float64' })).detail).toContain('double precision');
    expect(say(plan({ layers: js })).detail).toContain('too small');
    for (const p of [plan({ layers: js, policy: 'javascript' }), plan({ layers: js })])
      expect(summariseKernels(p).warn).toBe(false);
  });

  it('speaks Spanish when the interface does', () => {
    i18n.global.locale.value = 'es';
    try {
      expect(say(plan({})).detail).toBe(
        'Todas las capas multiplican sus matrices con los núcleos WebAssembly SIMD.',
      );
    } finally {
      i18n.global.locale.value = 'en';
    }
  });
});

describe('a run on two threads', () => {
  it('names the layers that split their products, and no others', () => {
    const s = summariseKernels(plan({ threads: [2, 1] }));
    expect(i18n.global.t(s.threads!.key, s.threads!.values)).toBe(
      'Layers 1 split each matrix product between two threads (two processor cores), with the same results as one.',
    );
    expect(summariseKernels(plan({ threads: [1, 1] })).threads).toBeNull();
    expect(summariseKernels(plan({})).threads).toBeNull(); // a plan recorded before threads
  });
});
