// The trainer reports which kernels its layers run on, and NEURON_LAB_KERNELS chooses them.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KernelPlan } from '../../../src-engine/kernels/kernel-plan';
import { Supervisor } from '../../../src-main/training/supervisor';
import { forkLauncher } from '../../../src-main/training/trainer-launcher';
import { kernelRun } from './kernel-run';

const entry = resolve(__dirname, '../../../src-main/training/trainer-process.ts');
const launcher = forkLauncher(entry, ['--import', 'tsx']);

async function kernelsOf(env: string | undefined, units = 64, threads?: string) {
  if (threads === undefined) delete process.env.NEURON_LAB_THREADS;
  else process.env.NEURON_LAB_THREADS = threads;
  const previous = process.env.NEURON_LAB_KERNELS;
  if (env === undefined) delete process.env.NEURON_LAB_KERNELS;
  else process.env.NEURON_LAB_KERNELS = env;
  const supervisor = new Supervisor({ launcher });
  try {
    let kernels: KernelPlan | undefined;
    const failed = await new Promise<string | null>((end) =>
      supervisor.start(kernelRun(`k-${env}`, units), {
        onStatus: (_status, detail) => (kernels ??= detail?.kernels),
        onDone: () => end(null),
        onFailed: (_kind, reason) => end(reason),
      }),
    );
    return { kernels, failed };
  } finally {
    supervisor.shutdown();
    delete process.env.NEURON_LAB_THREADS;
    if (previous === undefined) delete process.env.NEURON_LAB_KERNELS;
    else process.env.NEURON_LAB_KERNELS = previous;
  }
}

describe('the kernels a trainer uses', () => {
  it('by size: WebAssembly for the large layer, JavaScript for the small one, and says so', async () => {
    const { kernels, failed } = await kernelsOf(undefined);
    expect(failed).toBeNull();
    expect(kernels).toEqual({
      layers: ['wasm-simd', 'javascript'],
      dtype: 'float32',
      policy: 'auto',
      unavailable: null,
      threads: [1, 1],
    });
  }, 20_000);

  it('two threads for a layer large enough to split (4 · 64 · 32768), and says so', async () => {
    const { kernels, failed } = await kernelsOf(undefined, 32768);
    expect(failed).toBeNull();
    expect(kernels?.layers).toEqual(['wasm-simd', 'wasm-simd']);
    expect(kernels?.threads).toEqual([2, 1]);
    expect((await kernelsOf(undefined, 32768, '1')).kernels?.threads).toEqual([1, 1]);
  }, 40_000); // three threads load TypeScript through tsx

  it('NEURON_LAB_KERNELS=javascript runs every layer in JavaScript', async () => {
    const { kernels } = await kernelsOf('javascript');
    expect(kernels?.layers).toEqual(['javascript', 'javascript']);
    expect(kernels?.policy).toBe('javascript');
  }, 20_000);

  it('another word is refused with a message naming the variable, not ignored', async () => {
    const { failed } = await kernelsOf('fast');
    expect(failed).toMatch(/NEURON_LAB_KERNELS must be auto, javascript or wasm \(it is "fast"\)/);
  }, 20_000);
});
