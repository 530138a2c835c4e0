import type { KernelExports, KernelMemory } from './wasm-instance';
import { instantiateSharedKernels } from './wasm-instance';

// A second pair of hands for the float32 products: a thread that owns an instance of the
// shared kernels on the same memory as the training thread's, and computes the lower rows of
// C while the training thread computes the upper ones. Both halves run the same kernel with the
// same per-element arithmetic, so a product gives the same bits on one thread or two.
//
// The engine starts no thread (it imports nothing outside itself): the host creates the thread
// and the shared memory, the thread calls `serveProducts(memory)`, and the training thread
// hands the memory to `useSecondThread` (wasm-kernels.ts). The two talk through a few Int32
// words at the start of the free memory, with Atomics (no messages: a product is too short to
// wait for an event loop).

/** Bytes reserved for the control words, before the operands. */
export const CONTROL_BYTES = 64;

// control words (Int32 indices)
const REQUEST = 0; // sequence number of the latest request, bumped by the training thread
const DONE = 1; // sequence number of the latest finished request, set by the helper
const STATUS = 2; // 0 when the latest request succeeded
const OP = 3;
const ARGS = 4; // eight arguments, byte offsets and sizes (unsigned)

const OP_DOT = 1; // gemmABt(a, b, c, m, n, k)
const OP_BROADCAST = 2; // gemmBroadcast(a, si, sp, b, c, m, n, k)

/**
 * Products of at least this many multiply-adds (m·n·k) split their rows between two threads.
 * Measured on a quiet 2-core machine (npm run bench, NEURON_LAB_THREADS=1 beside the default):
 * 784-128-10 at batch 128 (12.8 M) ran ~57 k samples/s on two threads against 41–47 k on one,
 * and 784-512-512-10 (33–51 M) ~20 % faster on average; at batch 32 (3.2 M) two threads were
 * ~10 % slower (the hand-over and the second core's cold caches cost more than half the product
 * saves), so that size stays on one thread.
 */
export const TWO_THREAD_MIN_WORK = 1 << 23;

/**
 * The first row of C the helper computes, or 0 to compute all of C on one thread. A multiple
 * of four, so that both halves are cut in the same 4-row blocks as the whole.
 */
export function splitRow(m: number, n: number, k: number): number {
  if (m < 8 || m * n * k < TWO_THREAD_MIN_WORK) return 0;
  return Math.round((m * 0.5) / 4) * 4;
}

/** How long the training thread waits for its helper's half before calling it lost: far more
 * than half of any product this engine is given takes. */
const ANSWER_MS = 30_000;

/** Polls of a control word before a thread sleeps on it (~0.1 ms): the products of one
 * training step follow each other within tens of microseconds, and waking a sleeping thread
 * takes about as long, so each side first watches for the other's word to change. */
const SPINS = 20_000;

/** Whether words[index] moved away from `from` within SPINS polls. */
function spinUntilChanged(words: Int32Array, index: number, from: number): boolean {
  for (let i = 0; i < SPINS; i++) if (Atomics.load(words, index) !== from) return true;
  return false;
}

function controlWords(memory: KernelMemory, exports: KernelExports): Int32Array {
  const at = (exports.heapBase() + 15) & ~15;
  return new Int32Array(memory.buffer, at, CONTROL_BYTES >> 2);
}

/** The training thread's end of the channel. */
export class SecondThread {
  private readonly words: Int32Array;
  private sequence: number;

  constructor(memory: KernelMemory, exports: KernelExports) {
    this.words = controlWords(memory, exports);
    // a thread may take up a memory used before (useSecondThread again): go on from there
    this.sequence = Atomics.load(this.words, REQUEST);
  }

  /** Starts rows of C = A·Bᵀ on the helper (pointers already offset to those rows). */
  startDot(a: number, b: number, c: number, m: number, n: number, k: number): void {
    this.start(OP_DOT, [a, 0, 0, b, c, m, n, k]);
  }

  /** Starts rows of the broadcast product on the helper (see src-wasm/gemm-broadcast.ts). */
  startBroadcast(...args: [number, number, number, number, number, number, number, number]) {
    this.start(OP_BROADCAST, args);
  }

  /** Waits until the helper finished the rows it was given; throws if it failed or is lost. */
  finish(): void {
    const words = this.words;
    if (spinUntilChanged(words, DONE, this.sequence - 1)) return this.check();
    const started = Date.now();
    while (Atomics.load(words, DONE) !== this.sequence) {
      Atomics.wait(words, DONE, this.sequence - 1, ANSWER_MS);
      if (Atomics.load(words, DONE) !== this.sequence && Date.now() - started >= ANSWER_MS)
        throw new Error(`the second kernel thread did not answer within ${ANSWER_MS / 1000} s`);
    }
    this.check();
  }

  private check(): void {
    if (this.words[STATUS] !== 0) throw new Error('the second kernel thread failed on its rows');
  }

  private start(op: number, args: readonly number[]): void {
    const words = this.words;
    words[OP] = op;
    for (let i = 0; i < args.length; i++) words[ARGS + i] = args[i] | 0;
    // the atomic store publishes the plain writes above to the helper's atomic load
    Atomics.store(words, REQUEST, ++this.sequence);
    Atomics.notify(words, REQUEST);
  }
}

/**
 * The helper thread's loop: computes the rows it is asked for, for as long as its thread lives
 * (the host ends the thread with the run). Blocks its thread (Atomics.wait), so it must run on
 * a thread of its own, on a memory no request was sent on yet.
 */
export function serveProducts(memory: KernelMemory): void {
  const exports = instantiateSharedKernels(memory);
  const words = controlWords(memory, exports);
  const u = (i: number) => words[ARGS + i] >>> 0;
  let seen = 0;
  for (;;) {
    if (!spinUntilChanged(words, REQUEST, seen)) Atomics.wait(words, REQUEST, seen);
    const now = Atomics.load(words, REQUEST);
    if (now === seen) continue;
    seen = now;
    const op = words[OP];
    let status = 0;
    try {
      if (op === OP_DOT) exports.gemmABt(u(0), u(3), u(4), u(5), u(6), u(7));
      else exports.gemmBroadcast(u(0), u(1), u(2), u(3), u(4), u(5), u(6), u(7));
    } catch {
      status = 1;
    }
    words[STATUS] = status;
    Atomics.store(words, DONE, seen);
    Atomics.notify(words, DONE);
  }
}
