import type { Activation } from '../activations/activation';
import { getActivation } from '../activations/registry';
import type { DType, FloatArray } from '../core/float-array';
import { allocate } from '../core/float-array';
import { gemmABt } from '../kernels/gemm';
import { transpose } from '../kernels/transpose';
import { gemmABSmall, gemmAtBSmall } from '../kernels/gemm-small';
import { wasmProducts } from '../kernels/kernel-choice';
import type { WasmKernels } from '../kernels/wasm-kernels';
import type { LayerSpec } from '../network/spec';
import { activationParamOf } from '../network/spec';
import type { Layer, Param } from './layer';

/** wasmProducts gives kernels only when the layer's arrays are float32. */
const f32 = (array: FloatArray): Float32Array => array as Float32Array;

/** Layers with at most this many weights take the direct small-matrix products. */
const SMALL_LAYER = 4096;

/**
 * A fully connected layer a = act(z), z = x·Wᵀ + b, with W: [outputs, inputs] (row j holds
 * the weights into unit j, as in the lecture's w_pj) and b: [outputs].
 */
export class DenseLayer implements Layer {
  readonly inputs: number;
  readonly outputs: number;
  readonly dtype: DType;
  /** weights: [outputs, inputs] */
  readonly w: FloatArray;
  /** biases: [outputs] */
  readonly b: FloatArray;
  /** ∂J/∂W: [outputs, inputs] */
  readonly dw: FloatArray;
  /** ∂J/∂b: [outputs] */
  readonly db: FloatArray;
  private readonly spec: LayerSpec;
  private readonly activation: Activation;
  private readonly param: number;
  private capacity = 0;
  private x: FloatArray;
  /** pre-activations z: [capacity, outputs] */
  private z: FloatArray;
  /** activations a: [capacity, outputs] */
  private a: FloatArray;
  /** ∂J/∂z: [capacity, outputs] */
  private dz: FloatArray;
  /** ∂J/∂x: [capacity, inputs] */
  private dx: FloatArray;
  /** transposes used to express every product as A·Bᵀ */
  private xT: FloatArray;
  private dzT: FloatArray;
  private wT: FloatArray;

  /** @param index position in the network, from 0, used to name the parameters */
  constructor(
    readonly index: number,
    inputs: number,
    spec: LayerSpec,
    dtype: DType,
  ) {
    this.inputs = inputs;
    this.outputs = spec.units;
    this.dtype = dtype;
    this.spec = { ...spec };
    this.activation = getActivation(spec.activation);
    this.param = activationParamOf(spec);
    this.w = allocate(dtype, spec.units * inputs);
    this.b = allocate(dtype, spec.units);
    this.dw = allocate(dtype, spec.units * inputs);
    this.db = allocate(dtype, spec.units);
    this.wT = allocate(dtype, spec.units * inputs);
    this.x = this.z = this.a = this.dz = this.dx = this.xT = this.dzT = allocate(dtype, 0);
  }

  /** The activation of this layer and its parameter. */
  get activationName(): LayerSpec['activation'] {
    return this.spec.activation;
  }

  /** Pre-activations z of the last forward pass: [batch, outputs]. */
  get preActivations(): FloatArray {
    return this.z;
  }

  /** Activations a of the last forward pass: [batch, outputs]. */
  get output(): FloatArray {
    return this.a;
  }

  forward(x: FloatArray, batch: number): FloatArray {
    this.ensureCapacity(batch);
    this.x = x;
    const { z, b, outputs, inputs } = this;
    const wasm = wasmProducts(x, batch, inputs, outputs);
    if (wasm) {
      // Relu is applied in the module, beside the product (the same numbers as the JS loop)
      const relu = this.spec.activation === 'relu' ? f32(this.a) : undefined;
      wasm.gemmABt(f32(x), f32(this.w), f32(z), batch, outputs, inputs, f32(b), relu);
      if (relu) return this.a;
    } else {
      gemmABt(x, this.w, z, batch, outputs, inputs); // z: [batch, outputs]
      for (let r = 0; r < batch; r++) {
        const o = r * outputs;
        for (let j = 0; j < outputs; j++) z[o + j] += b[j];
      }
    }
    this.activation.forward(z, this.a, batch, outputs, this.param);
    return this.a;
  }

  backward(dOut: FloatArray, batch: number, needInputGrad: boolean): FloatArray | null {
    const wasm = wasmProducts(dOut, batch, this.inputs, this.outputs);
    if (wasm && this.spec.activation === 'relu') {
      // Relu′ masks ∂J/∂a into ∂J/∂z in the module, on the copy the products read anyway
      const relu = { z: f32(this.z), masked: f32(this.dz) };
      return this.backwardWasm(wasm, dOut, batch, needInputGrad, relu);
    }
    this.activation.backward(this.z, this.a, dOut, this.dz, batch, this.outputs, this.param);
    return this.backwardFromPreActivation(this.dz, batch, needInputGrad);
  }

  /** Like `backward`, but given ∂J/∂z directly (used when the loss is fused with the output
   * activation). dz: [batch, outputs]. */
  backwardFromPreActivation(
    dz: FloatArray,
    batch: number,
    needInputGrad: boolean,
  ): FloatArray | null {
    const { inputs, outputs } = this;
    const wasm = wasmProducts(dz, batch, inputs, outputs);
    if (wasm) return this.backwardWasm(wasm, dz, batch, needInputGrad);
    const small = inputs * outputs <= SMALL_LAYER;
    // ∂J/∂W = dzᵀ · x: [outputs, batch] × [batch, inputs]; ∂J/∂b = Σ over the batch of dz
    if (small) gemmAtBSmall(dz, this.x, this.dw, outputs, inputs, batch, this.db);
    else {
      transpose(dz, this.dzT, batch, outputs);
      transpose(this.x, this.xT, batch, inputs);
      gemmABt(this.dzT, this.xT, this.dw, outputs, inputs, batch);
      const db = this.db;
      db.fill(0);
      for (let r = 0; r < batch; r++) {
        const o = r * outputs;
        for (let j = 0; j < outputs; j++) db[j] += dz[o + j];
      }
    }
    if (!needInputGrad) return null;
    // ∂J/∂x = dz · W: [batch, outputs] × [outputs, inputs]
    if (small) gemmABSmall(dz, this.w, this.dx, batch, inputs, outputs);
    else {
      transpose(this.w, this.wT, outputs, inputs);
      gemmABt(dz, this.wT, this.dx, batch, inputs, outputs);
    }
    return this.dx;
  }

  /** The backward products in WebAssembly; with `relu`, `d` is ∂J/∂a, masked into ∂J/∂z
   * (relu.masked) first, otherwise `d` is ∂J/∂z. */
  private backwardWasm(
    wasm: WasmKernels,
    d: FloatArray,
    batch: number,
    needInputGrad: boolean,
    relu?: { z: Float32Array; masked: Float32Array },
  ): FloatArray | null {
    const { inputs, outputs } = this;
    // ∂J/∂W = dzᵀ · x and ∂J/∂b = column sums of dz, from one copy of dz
    wasm.gemmAtB(f32(d), f32(this.x), f32(this.dw), outputs, inputs, batch, f32(this.db), relu);
    if (!needInputGrad) return null;
    const dz = relu ? relu.masked : f32(d);
    wasm.gemmAB(dz, f32(this.w), f32(this.dx), batch, inputs, outputs); // ∂J/∂x = dz · W
    return this.dx;
  }

  params(): Param[] {
    const n = this.index + 1;
    return [
      { name: `layer ${n} W`, value: this.w, grad: this.dw },
      { name: `layer ${n} b`, value: this.b, grad: this.db },
    ];
  }

  toSpec(): LayerSpec {
    return { ...this.spec };
  }

  private ensureCapacity(batch: number): void {
    if (batch <= this.capacity) return;
    const { dtype, inputs, outputs } = this;
    this.capacity = batch;
    this.z = allocate(dtype, batch * outputs);
    this.a = allocate(dtype, batch * outputs);
    this.dz = allocate(dtype, batch * outputs);
    this.dzT = allocate(dtype, batch * outputs);
    this.dx = allocate(dtype, batch * inputs);
    this.xT = allocate(dtype, batch * inputs);
  }
}
