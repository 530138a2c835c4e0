import { instantiateKernels, type KernelExports } from '../kernels/wasm-instance';

const PAGE = 65536;
const align4 = (floats: number): number => (floats + 3) & ~3;

/** The constants of one Adam step. */
export interface AdamConstants {
  beta1: number;
  beta2: number;
  eps: number;
  stepSize: number;
  sqrtCorrection2: number;
}

/**
 * Adam's moments m and v of some float32 parameters, kept in a WebAssembly instance of their
 * own between steps: a step copies only w and g in and w back out, and runs the update four
 * values at a time (src-wasm/adam.ts). The instance's memory is sized once, here, so its
 * offsets never move; it is freed with this object.
 */
export class ResidentMoments {
  private readonly offsets: { m: number; v: number; n: number }[];
  private readonly w: number;
  private readonly g: number;
  private readonly view: Float32Array;

  private constructor(
    private readonly exports: KernelExports,
    lengths: readonly number[],
  ) {
    let at = align4(exports.heapBase() >> 2);
    this.offsets = lengths.map((n) => {
      const block = { m: at, v: align4(at + n), n };
      at = align4(block.v + n);
      return block;
    });
    const largest = Math.max(0, ...lengths);
    this.w = at;
    this.g = align4(at + largest);
    const bytes = (this.g + largest) * 4;
    const memory = exports.memory;
    if (bytes > memory.buffer.byteLength)
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    this.view = new Float32Array(memory.buffer);
  }

  /** Moments for arrays of these lengths (zero), or null where WebAssembly is unavailable. */
  static create(lengths: readonly number[]): ResidentMoments | null {
    const exports = instantiateKernels();
    return exports ? new ResidentMoments(exports, lengths) : null;
  }

  /** One Adam step of parameter `index`: w and g are its value and gradient. */
  step(index: number, w: Float32Array, g: Float32Array, c: AdamConstants): void {
    const { m, v, n } = this.offsets[index];
    this.view.set(w, this.w);
    this.view.set(g, this.g);
    const f = Math.fround;
    this.exports.adamStep(
      this.w << 2,
      this.g << 2,
      m << 2,
      v << 2,
      n,
      c.beta1,
      f(1 - c.beta1),
      c.beta2,
      f(1 - c.beta2),
      c.stepSize,
      c.sqrtCorrection2,
      c.eps,
    );
    w.set(this.view.subarray(this.w, this.w + n));
  }

  /** Copies of parameter `index`'s moments, for a checkpoint. */
  read(index: number): { m: Float32Array; v: Float32Array } {
    const { m, v, n } = this.offsets[index];
    return { m: this.view.slice(m, m + n), v: this.view.slice(v, v + n) };
  }

  /** Puts saved moments back (a checkpoint resumed). */
  write(index: number, m: ArrayLike<number>, v: ArrayLike<number>): void {
    const block = this.offsets[index];
    this.view.set(m, block.m);
    this.view.set(v, block.v);
  }
}
