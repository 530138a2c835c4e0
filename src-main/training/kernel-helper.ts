// The second thread of a trainer's large float32 products (src-engine/kernels/second-thread.ts):
// started beside the training thread when the run has layers large enough to split, ended with
// the run. It is a second instance of the training thread's own entry, told by its workerData
// to serve products instead of training, so the app builds no extra file.
import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { DType } from '../../src-engine/core/float-array';
import { parseKernelPolicy } from '../../src-engine/kernels/kernel-choice';
import { twoThreadLayers } from '../../src-engine/kernels/kernel-plan';
import {
  createSharedKernelMemory,
  type KernelMemory,
} from '../../src-engine/kernels/wasm-instance';
import type { NetworkSpec } from '../../src-engine/network/spec';

/** How to start a thread on the training thread's entry: a built file, or a source file
 * through a loader (tests, the command line run through tsx, the benchmark). */
export type WorkerEntry = { file: URL } | { source: URL; loader: string };

/** The workerData that makes the entry serve products. */
export interface KernelHelperStart {
  role: 'kernel-helper';
  memory: KernelMemory;
}

export function isKernelHelperStart(data: unknown): data is KernelHelperStart {
  return (data as KernelHelperStart | null)?.role === 'kernel-helper';
}

/** A started helper: the memory to hand to `useSecondThread`, and its end. */
export interface KernelHelper {
  readonly memory: KernelMemory;
  /** Ends the thread at once (it holds nothing to save); safe to call twice. */
  close(): Promise<void>;
  /** Settles when the thread has ended, however it ended. */
  readonly ended: Promise<void>;
}

/**
 * Starts the helper, or returns null on a machine with a single core (two threads would take
 * turns on it). The thread never keeps the process alive (unref), and dies with the process.
 */
export function startKernelHelper(entry: WorkerEntry): KernelHelper | null {
  if (availableParallelism() < 2) return null;
  const memory = createSharedKernelMemory();
  const start: KernelHelperStart = { role: 'kernel-helper', memory };
  const worker = startEntry(entry, { workerData: start });
  worker.unref();
  // A failure is the training thread's to report: it waits for rows that never come and says
  // so (second-thread.ts); an error event left unheard would end the process instead.
  worker.on('error', () => undefined);
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let closed: Promise<void> | null = null;
  return {
    memory,
    close: () => (closed ??= worker.terminate().then(() => undefined)),
    ended,
  };
}

/** Whether a run has layers whose products two threads compute faster (with the kernel policy
 * read as the training thread reads it; a word it refuses fails the run there).
 * NEURON_LAB_THREADS=1 keeps every run on one thread (the Train view then says so). */
export function wantsKernelHelper(run: {
  spec: NetworkSpec;
  dtype: DType;
  config: { batchSize: number };
}): boolean {
  if (process.env.NEURON_LAB_THREADS === '1') return false;
  const policy = parseKernelPolicy(process.env.NEURON_LAB_KERNELS || 'auto') ?? 'auto';
  const layers: { inputs: number; outputs: number }[] = [];
  let inputs = run.spec.inputs;
  for (const layer of run.spec.layers) {
    layers.push({ inputs, outputs: layer.units });
    inputs = layer.units;
  }
  return twoThreadLayers(layers, run.config.batchSize, run.dtype, policy).some(Boolean);
}

/** Starts a thread on the entry with these options. */
export function startEntry(entry: WorkerEntry, options: WorkerOptions): Worker {
  if ('file' in entry) return new Worker(entry.file, options);
  // From sources: the thread registers the TypeScript loader before it imports the entry.
  const boot =
    `const { register } = await import(${JSON.stringify(entry.loader)}); register();` +
    `await import(${JSON.stringify(entry.source.href)});`;
  return new Worker(boot, { ...options, eval: true, execArgv: [] });
}
