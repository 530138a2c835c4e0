import type { FloatArray } from '../core/float-array';
import type { Param } from '../layers/layer';
import type { Optimizer, OptimizerSpec, OptimizerState } from './optimizer';
import { penalised, zerosLike } from './optimizer';
import { wasmKernels } from '../kernels/wasm-kernels';

/** From this many float32 parameters on, plain steps run in the WebAssembly kernels (with the
 * same bits): ~2.5× faster than the loop below from a few hundred values on, copies included. */
const WASM_MIN_LENGTH = 256;

/**
 * Gradient descent w ← w − α·v with, optionally, L2 weight decay (g ← g + λw, biases
 * included, as PyTorch does), L1 (g ← g + λ₁·sign w) and momentum (v ← μv + g, v starting at zero, so the first v
 * is the first g); Nesterov uses g + μv instead of v.
 */
export class Sgd implements Optimizer {
  readonly spec: Extract<OptimizerSpec, { name: 'sgd' }>;
  private velocity: FloatArray[] | null = null;
  private pending: number[][] | null = null;
  private steps = 0;

  constructor(spec: Extract<OptimizerSpec, { name: 'sgd' }>) {
    this.spec = { ...spec };
  }

  step(params: Param[], lr: number): void {
    const momentum = this.spec.momentum ?? 0;
    const decay = this.spec.weightDecay ?? 0;
    const l1 = this.spec.l1 ?? 0;
    const nesterov = this.spec.nesterov ?? false;
    if (momentum > 0 && !this.velocity) this.velocity = zerosLike(params, this.pending);
    if (!this.velocity && decay === 0 && l1 === 0) {
      // Plain SGD: the general loop below costs a third of a step on MNIST-size layers.
      for (const { value: w, grad: g } of params) plainStep(w, g, lr);
      this.steps++;
      return;
    }
    for (let p = 0; p < params.length; p++) {
      const { value: w, grad: g } = params[p];
      const v = this.velocity ? this.velocity[p] : null;
      const n = w.length;
      for (let i = 0; i < n; i++) {
        let d = penalised(g[i], w[i], decay, l1);
        if (v) {
          const vi = momentum * v[i] + d;
          v[i] = vi;
          d = nesterov ? d + momentum * vi : vi;
        }
        w[i] -= lr * d;
      }
    }
    this.steps++;
  }

  getState(): OptimizerState {
    return {
      name: 'sgd',
      steps: this.steps,
      buffers: this.velocity ? this.velocity.map((v) => Array.from(v)) : [],
    };
  }

  setState(state: OptimizerState): void {
    this.steps = state.steps;
    this.velocity = null;
    this.pending = state.buffers.length ? state.buffers : null;
  }
}

/** w ← w − α·g, the same numbers as the general loop gives without penalties or momentum.
 * Four elements a turn: measured 1.4× faster than one (fewer loop checks per update). */
function plainStep(w: FloatArray, g: FloatArray, lr: number): void {
  const n = w.length;
  if (n >= WASM_MIN_LENGTH && w instanceof Float32Array && g instanceof Float32Array) {
    const kernels = wasmKernels();
    if (kernels) return kernels.sgdStep(w, g, lr);
  }
  const n4 = n - (n % 4);
  let i = 0;
  for (; i < n4; i += 4) {
    w[i] -= lr * g[i];
    w[i + 1] -= lr * g[i + 1];
    w[i + 2] -= lr * g[i + 2];
    w[i + 3] -= lr * g[i + 3];
  }
  for (; i < n; i++) w[i] -= lr * g[i];
}
