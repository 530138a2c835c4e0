import { CONTROL_BYTES, SecondThread, splitRow } from './second-thread';
import {
  instantiateKernels,
  instantiateSharedKernels,
  wasmFailure,
  type KernelExports,
  type KernelMemory,
} from './wasm-instance';

// The WebAssembly SIMD kernels (source: src-wasm/) behind the dense layer's float32 products.
// The engine's arrays stay ordinary typed arrays: each call copies its operands into the
// module's memory and the result back out. The copies cost O(m·k + n·k + m·n) against the
// product's O(m·n·k), a few per cent at the sizes where the module is chosen (see dense.ts).
// Given a second thread (second-thread.ts), large products split C's rows with it.

type Product = 'gemmABt' | 'gemmAB';

const PAGE = 65536;

/**
 * From this length of the shared dimension k on, A·B and Aᵀ·B transpose their operands in the
 * module's memory and run on the dot-product kernel (A·Bᵀ): measured ~40 GFLOP/s against ~25–30
 * for the broadcast kernels at k = 128 and 512, for transposes costing O((m + n)·k). At k = 32
 * the broadcast kernels are the faster (the dot products are too short).
 */
const DOT_MIN_K = 64;

/** Float offsets of operands, each rounded up to 16 bytes for aligned vector access. */
const align4 = (floats: number): number => (floats + 3) & ~3;

export class WasmKernels {
  private view: Float32Array;
  private readonly base: number;

  constructor(
    private readonly exports: KernelExports,
    private readonly second: SecondThread | null = null,
  ) {
    this.base = align4(exports.heapBase() >> 2) + (second ? CONTROL_BYTES >> 2 : 0);
    this.view = new Float32Array(exports.memory.buffer);
  }

  /** C = A · Bᵀ (+ bias on every row), and optionally relu = max(C, 0) beside it (a dense
   * layer's z and a = Relu(z) in one call). A: [m, k], B: [n, k], C and relu: [m, n]. */
  gemmABt(
    a: Float32Array,
    b: Float32Array,
    c: Float32Array,
    m: number,
    n: number,
    k: number,
    bias?: Float32Array,
    relu?: Float32Array,
  ): void {
    const pc = this.product('gemmABt', a, m * k, b, n * k, m, n, k);
    const pBias = align4(pc + m * n);
    if (bias) {
      this.reserve(pBias + n);
      this.view.set(bias.subarray(0, n), pBias);
      this.exports.addRowVector(pc << 2, pBias << 2, m, n);
    }
    c.set(this.view.subarray(pc, pc + m * n));
    if (relu) {
      const pOut = align4(pBias + n);
      this.reserve(pOut + m * n);
      this.exports.reluRows(pc << 2, pOut << 2, m * n);
      relu.set(this.view.subarray(pOut, pOut + m * n));
    }
  }

  /** C = A · B. A: [m, k], B: [k, n], C: [m, n]. */
  gemmAB(a: Float32Array, b: Float32Array, c: Float32Array, m: number, n: number, k: number) {
    let pc: number;
    if (k < DOT_MIN_K) pc = this.product('gemmAB', a, m * k, b, k * n, m, n, k);
    else {
      const pa = this.base;
      const pb = align4(pa + m * k);
      const pbT = align4(pb + k * n);
      pc = align4(pbT + n * k);
      this.reserve(pc + m * n);
      this.copyIn(a, m * k, pa);
      this.copyIn(b, k * n, pb);
      this.exports.transpose(pb << 2, pbT << 2, k, n);
      this.dot(pa, pbT, pc, m, n, k);
    }
    c.set(this.view.subarray(pc, pc + m * n));
  }

  /**
   * C = Aᵀ · B, and optionally colSums = Σ over A's rows (∂J/∂b beside ∂J/∂W, from the copy
   * of A already in memory). With `relu`, A is first masked where z ≤ 0 (∂J/∂z of a Relu layer
   * from ∂J/∂a), and the masked A is copied out to relu.masked for the next product.
   * A: [k, m], B: [k, n], C: [m, n], colSums: [m], relu.z and relu.masked: [k, m].
   */
  gemmAtB(
    a: Float32Array,
    b: Float32Array,
    c: Float32Array,
    m: number,
    n: number,
    k: number,
    colSums?: Float32Array,
    relu?: { z: Float32Array; masked: Float32Array },
  ): void {
    const dot = k >= DOT_MIN_K;
    const pa = this.base; // A sits first: sumRows reads it there
    const pb = align4(pa + k * m);
    const paT = align4(pb + k * n);
    const pbT = align4(paT + (dot ? m * k : 0));
    const pc = align4(pbT + (dot ? n * k : 0));
    const pz = align4(pc + m * n);
    const pSums = align4(pz + (relu ? k * m : 0));
    this.reserve(pSums + m);
    this.copyIn(a, k * m, pa);
    this.copyIn(b, k * n, pb);
    if (relu) {
      this.copyIn(relu.z, k * m, pz);
      this.exports.reluMask(pz << 2, pa << 2, k * m);
      relu.masked.set(this.view.subarray(pa, pa + k * m));
    }
    if (!dot) this.broadcast('gemmAtB', pa, 1, m, pb, pc, m, n, k);
    else {
      this.exports.transpose(pa << 2, paT << 2, k, m);
      this.exports.transpose(pb << 2, pbT << 2, k, n);
      this.dot(paT, pbT, pc, m, n, k);
    }
    c.set(this.view.subarray(pc, pc + m * n));
    if (colSums) {
      this.exports.sumRows(pa << 2, pSums << 2, k, m);
      colSums.set(this.view.subarray(pSums, pSums + m));
    }
  }

  /** Copies A and B in, runs the product, returns C's float offset. */
  private product(
    name: Product,
    a: Float32Array,
    aLength: number,
    b: Float32Array,
    bLength: number,
    m: number,
    n: number,
    k: number,
  ): number {
    const pa = this.base;
    const pb = align4(pa + aLength);
    const pc = align4(pb + bLength);
    this.reserve(pc + m * n);
    this.copyIn(a, aLength, pa);
    this.copyIn(b, bLength, pb);
    if (name === 'gemmABt') this.dot(pa, pb, pc, m, n, k);
    else this.broadcast('gemmAB', pa, k, 1, pb, pc, m, n, k);
    return pc;
  }

  /** C = A·Bᵀ at float offsets, its lower rows on the second thread when it is worth it. */
  private dot(pa: number, pb: number, pc: number, m: number, n: number, k: number): void {
    const split = this.second ? splitRow(m, n, k) : 0;
    if (split === 0) return this.exports.gemmABt(pa << 2, pb << 2, pc << 2, m, n, k);
    const second = this.second!;
    second.startDot((pa + split * k) << 2, pb << 2, (pc + split * n) << 2, m - split, n, k);
    this.exports.gemmABt(pa << 2, pb << 2, pc << 2, split, n, k);
    second.finish();
  }

  /** A·B or Aᵀ·B (A through strides si, sp) at float offsets, split like `dot`. */
  private broadcast(
    name: 'gemmAB' | 'gemmAtB',
    pa: number,
    si: number,
    sp: number,
    pb: number,
    pc: number,
    m: number,
    n: number,
    k: number,
  ): void {
    const split = this.second ? splitRow(m, n, k) : 0;
    if (split === 0) return this.exports[name](pa << 2, pb << 2, pc << 2, m, n, k);
    const second = this.second!;
    const rest = [(pc + split * n) << 2, m - split, n, k] as const;
    second.startBroadcast((pa + split * si) << 2, si, sp, pb << 2, ...rest);
    this.exports.gemmBroadcast(pa << 2, si, sp, pb << 2, pc << 2, split, n, k);
    second.finish();
  }

  /** w ← w − rate·g, the numbers of the engine's JavaScript loop (float64 arithmetic, one
   * rounding to float32), measured ~4× faster than it on MNIST-size layers with the copies. */
  sgdStep(w: Float32Array, g: Float32Array, rate: number): void {
    const n = w.length;
    const pw = this.base;
    const pg = align4(pw + n);
    this.reserve(pg + n);
    this.view.set(w, pw);
    this.view.set(g.length === n ? g : g.subarray(0, n), pg);
    this.exports.sgdStep(pw << 2, pg << 2, n, rate);
    w.set(this.view.subarray(pw, pw + n));
  }

  /** Whether x[start, end) holds only finite numbers (NaN and ±Infinity are not). */
  allFinite(x: Float32Array, start: number, end: number): boolean {
    const n = end - start;
    this.reserve(this.base + n);
    this.view.set(x.subarray(start, end), this.base);
    return this.exports.nonFiniteSum(this.base << 2, n) === 0;
  }

  /** Copies the first `length` values of an operand to a float offset of the memory. */
  private copyIn(array: Float32Array, length: number, at: number): void {
    this.view.set(length === array.length ? array : array.subarray(0, length), at);
  }

  /** Grows the module's memory to hold `floats` float32 values (growing detaches the view). */
  private reserve(floats: number): void {
    const bytes = floats * 4;
    const memory = this.exports.memory;
    if (bytes <= memory.buffer.byteLength) return;
    memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    this.view = new Float32Array(memory.buffer);
  }
}

let loaded: WasmKernels | null | undefined;
let shared: WasmKernels | null = null;

/**
 * From now on this thread's float32 products run on `memory`, shared with a thread that runs
 * `serveProducts(memory)`, and large ones split their rows with it; null goes back to one
 * thread (the helper's thread is its host's to end). The results are the same bits either way.
 */
export function useSecondThread(memory: KernelMemory | null): void {
  shared = null;
  if (!memory) return;
  const exports = instantiateSharedKernels(memory);
  shared = new WasmKernels(exports, new SecondThread(memory, exports));
}

/** Threads this thread's large float32 products run on: 2 with a second thread in use. */
export function productThreads(): 1 | 2 {
  return shared ? 2 : 1;
}

/** The kernels, instantiated once per thread; null where WebAssembly is missing or refused
 * (a page whose CSP lacks 'wasm-unsafe-eval'), and the engine then runs its JavaScript kernels. */
export function wasmKernels(): WasmKernels | null {
  if (shared) return shared;
  if (loaded === undefined) {
    const exports = instantiateKernels();
    loaded = exports ? new WasmKernels(exports) : null;
  }
  return loaded;
}

/** Which kernels the engine's float32 products use here, and why, for the user to see. */
export function kernelInfo(): { kind: 'wasm-simd' | 'javascript'; reason: string | null } {
  const kernels = wasmKernels();
  return kernels
    ? { kind: 'wasm-simd', reason: null }
    : { kind: 'javascript', reason: wasmFailure() };
}
