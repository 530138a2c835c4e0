import type { FloatArray } from '../core/float-array';
import type { Param } from '../layers/layer';
import type { Optimizer, OptimizerSpec, OptimizerState } from './optimizer';
import { penalised, zerosLike } from './optimizer';

/**
 * Adam with bias correction: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * w ← w − α·(m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε); weight decay adds λw to g first (L2, as
 * PyTorch's Adam does), and L1 λ₁·sign w.
 */
export class Adam implements Optimizer {
  readonly spec: Extract<OptimizerSpec, { name: 'adam' }>;
  private m: FloatArray[] | null = null;
  private v: FloatArray[] | null = null;
  private pending: number[][] | null = null;
  private steps = 0;

  constructor(spec: Extract<OptimizerSpec, { name: 'adam' }>) {
    this.spec = { ...spec };
  }

  step(params: Param[], lr: number): void {
    const beta1 = this.spec.beta1 ?? 0.9;
    const beta2 = this.spec.beta2 ?? 0.999;
    const eps = this.spec.eps ?? 1e-8;
    const decay = this.spec.weightDecay ?? 0;
    const l1 = this.spec.l1 ?? 0;
    if (!this.m || !this.v) {
      const half = this.pending ? this.pending.length / 2 : 0;
      this.m = zerosLike(params, this.pending?.slice(0, half));
      this.v = zerosLike(params, this.pending?.slice(half));
      this.pending = null;
    }
    this.steps++;
    const correction1 = 1 - Math.pow(beta1, this.steps);
    const correction2 = 1 - Math.pow(beta2, this.steps);
    const stepSize = lr / correction1;
    const sqrtCorrection2 = Math.sqrt(correction2);
    for (let p = 0; p < params.length; p++) {
      const { value: w, grad: g } = params[p];
      const c = { beta1, beta2, eps, stepSize, sqrtCorrection2 };
      if (decay === 0 && l1 === 0) adamStep(w, g, this.m[p], this.v[p], c);
      else penalisedAdamStep(w, g, this.m[p], this.v[p], c, decay, l1);
    }
  }

  getState(): OptimizerState {
    const buffers = this.m && this.v ? [...this.m, ...this.v].map((b) => Array.from(b)) : [];
    return { name: 'adam', steps: this.steps, buffers };
  }

  setState(state: OptimizerState): void {
    this.steps = state.steps;
    this.m = this.v = null;
    this.pending = state.buffers.length ? state.buffers : null;
  }
}

interface StepConstants {
  beta1: number;
  beta2: number;
  eps: number;
  stepSize: number;
  sqrtCorrection2: number;
}

/** One parameter's update without penalties: the numbers of the general loop below, which
 * costs twice as long per element (its penalty terms cannot be hoisted out of the loop). */
function adamStep(
  w: FloatArray,
  g: FloatArray,
  m: FloatArray,
  v: FloatArray,
  { beta1, beta2, eps, stepSize, sqrtCorrection2 }: StepConstants,
): void {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const gi = g[i];
    const mi = beta1 * m[i] + (1 - beta1) * gi;
    const vi = beta2 * v[i] + (1 - beta2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    w[i] -= (stepSize * mi) / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}

function penalisedAdamStep(
  w: FloatArray,
  g: FloatArray,
  m: FloatArray,
  v: FloatArray,
  { beta1, beta2, eps, stepSize, sqrtCorrection2 }: StepConstants,
  decay: number,
  l1: number,
): void {
  for (let i = 0; i < w.length; i++) {
    const gi = penalised(g[i], w[i], decay, l1);
    const mi = beta1 * m[i] + (1 - beta1) * gi;
    const vi = beta2 * v[i] + (1 - beta2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    w[i] -= (stepSize * mi) / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}
