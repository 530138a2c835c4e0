import type { DType, FloatArray } from '../core/float-array';
import { allocate } from '../core/float-array';
import { DenseLayer } from '../layers/dense';
import type { Param } from '../layers/layer';
import { DEFAULT_INIT, initialise } from '../init/initialise';
import { Rng } from '../random/rng';
import type { NetworkSpec } from './spec';
import { assertValidSpec, layerSizes } from './spec';
import { cloneJson } from '../core/clone-json';
import { engineError } from '../core/engine-error';

/** A network's weights as plain arrays, in the reference format: W[l] is layer l's
 * [outputs][inputs] matrix, b[l] its biases. */
export interface Weights {
  W: number[][][];
  b: number[][];
}

/** Options for building a network. */
export interface NetworkOptions {
  dtype?: DType;
  /** seed of the initial weights (default 1) */
  seed?: number;
}

/** A multilayer feed-forward network of dense layers, trained by backpropagation. */
export class Network {
  readonly spec: NetworkSpec;
  readonly dtype: DType;
  readonly layers: DenseLayer[];
  private readonly paramList: Param[];

  /**
   * Builds a network and draws its initial weights from the seed.
   * @throws if the spec is invalid (the message lists every problem)
   */
  constructor(spec: NetworkSpec, options: NetworkOptions = {}) {
    assertValidSpec(spec);
    this.spec = cloneJson(spec);
    this.dtype = options.dtype ?? 'float32';
    const rng = new Rng(options.seed ?? 1);
    const sizes = layerSizes(spec);
    this.layers = spec.layers.map((layerSpec, i) => {
      const layer = new DenseLayer(i, sizes[i], layerSpec, this.dtype);
      const init = layerSpec.init ?? spec.init ?? DEFAULT_INIT;
      initialise(init, layer.w, layer.b, sizes[i], layerSpec.units, rng);
      return layer;
    });
    this.paramList = this.layers.flatMap((l) => l.params());
  }

  get inputs(): number {
    return this.spec.inputs;
  }

  get outputs(): number {
    return this.layers[this.layers.length - 1].outputs;
  }

  /** Number of trainable numbers. */
  get parameterCount(): number {
    return this.layers.reduce((n, l) => n + l.w.length + l.b.length, 0);
  }

  /**
   * Forward pass through every layer. x: [batch, inputs] → [batch, outputs], in the last
   * layer's own buffer (valid until the next call; copy it to keep it).
   */
  forward(x: FloatArray, batch: number): FloatArray {
    let a = x;
    for (const layer of this.layers) a = layer.forward(a, batch);
    return a;
  }

  /**
   * Backward pass from ∂J/∂z of the output layer (dzOut: [batch, outputs]); sets every
   * parameter's gradient.
   */
  backwardFromOutputPreActivation(dzOut: FloatArray, batch: number): void {
    const last = this.layers.length - 1;
    let grad = this.layers[last].backwardFromPreActivation(dzOut, batch, last > 0);
    for (let l = last - 1; l >= 0 && grad; l--) grad = this.layers[l].backward(grad, batch, l > 0);
  }

  /** Backward pass from ∂J/∂a of the output layer (dOut: [batch, outputs]). */
  backward(dOut: FloatArray, batch: number): void {
    let grad: FloatArray | null = dOut;
    for (let l = this.layers.length - 1; l >= 0 && grad; l--) {
      grad = this.layers[l].backward(grad, batch, l > 0);
    }
  }

  /**
   * Outputs for any number of rows, computed in chunks so that memory stays bounded.
   * x: [rows, inputs] → a new array [rows, outputs].
   * @throws if x's length is not rows × inputs
   */
  predict(x: FloatArray, rows: number, chunk = 1024): FloatArray {
    if (x.length !== rows * this.inputs) {
      throw new Error(`predict: expected ${rows} × ${this.inputs} inputs, got ${x.length} numbers`);
    }
    const out = allocate(this.dtype, rows * this.outputs);
    for (let start = 0; start < rows; start += chunk) {
      const n = Math.min(chunk, rows - start);
      const xs = x.subarray(start * this.inputs, (start + n) * this.inputs);
      const y = this.forward(xs, n);
      out.set(y.subarray(0, n * this.outputs), start * this.outputs);
    }
    return out;
  }

  /** Every trainable array with its gradient, layer by layer (W then b). */
  params(): Param[] {
    return this.paramList;
  }

  /** A copy of the weights as plain arrays. */
  getWeights(): Weights {
    return {
      W: this.layers.map((l) => rowsOf(l.w, l.outputs, l.inputs)),
      b: this.layers.map((l) => Array.from(l.b)),
    };
  }

  /**
   * Replaces the weights. @throws if a shape differs from the spec or a number is not finite.
   */
  setWeights(weights: Weights): void {
    if (weights.W.length !== this.layers.length || weights.b.length !== this.layers.length)
      throw engineError('weights.layers', { expected: this.layers.length, got: weights.W.length });
    this.layers.forEach((layer, l) => {
      const at = { layer: l + 1 };
      const rows = weights.W[l];
      if (rows.length !== layer.outputs || rows.some((r) => r.length !== layer.inputs))
        throw engineError('weights.shape', { ...at, rows: layer.outputs, columns: layer.inputs });
      if (weights.b[l].length !== layer.outputs)
        throw engineError('weights.biases', { ...at, count: layer.outputs });
      const notFinite = (entry: string, v: number): never => {
        throw engineError('weights.value', { ...at, entry, got: String(v) });
      };
      rows.forEach((row, j) =>
        row.forEach((v, i) => {
          if (!Number.isFinite(v)) notFinite(`W[${j}][${i}]`, v);
          layer.w[j * layer.inputs + i] = v;
        }),
      );
      weights.b[l].forEach((v, j) => {
        if (!Number.isFinite(v)) notFinite(`b[${j}]`, v);
        layer.b[j] = v;
      });
    });
  }

  /** Copies every parameter into one flat array (for checkpoints and restore-best). */
  snapshotParams(): FloatArray[] {
    return this.params().map((p) => p.value.slice());
  }

  /** Restores parameters taken with `snapshotParams`. */
  restoreParams(saved: FloatArray[]): void {
    this.params().forEach((p, i) => p.value.set(saved[i]));
  }

  /** Whether every weight and bias is a finite number. */
  allFinite(): boolean {
    for (const p of this.params()) {
      const v = p.value;
      for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
    }
    return true;
  }
}

function rowsOf(data: FloatArray, rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) out.push(Array.from(data.subarray(r * cols, (r + 1) * cols)));
  return out;
}
