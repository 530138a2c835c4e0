/**
 * The messages between a trainer process's main thread and its training thread. The training
 * thread says what the trainer says to the supervisor (progress, states, checkpoints, the end),
 * and hands over copies of its weights, from which the main thread draws the run's pictures.
 */
import type { FloatArray } from '../../src-engine/core/float-array';
import type { KernelMemory } from '../../src-engine/kernels/wasm-instance';
import type { RunPosition } from '../../src-engine/train/run-commands';
import type { FromTrainer, RunRequest } from './protocol';

/** What the training thread starts with (as `workerData`). */
export interface WorkerStart {
  run: RunRequest;
  /** the shared words of the control line (worker-control.ts) */
  words: Int32Array;
  /** the port commands arrive on */
  commands: import('node:worker_threads').MessagePort;
  /** the shared memory of the second kernel thread, when the run has one (kernel-helper.ts) */
  kernelMemory?: KernelMemory;
}

export type FromWorker =
  | Exclude<FromTrainer, { type: 'ready' | 'heartbeat' | 'snapshot' | 'state' }>
  /** a state, with the thread's batch count at that moment (see RunHost) */
  | (Extract<FromTrainer, { type: 'state' }> & { batches: number })
  /** the weights at a position, as the network's parameter arrays (network.params order) */
  | { type: 'weights'; at: RunPosition; params: FloatArray[] };
