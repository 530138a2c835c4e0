import type { FloatArray } from '../core/float-array';
import type { Param } from '../layers/layer';
import type { Optimizer, OptimizerSpec, OptimizerState } from './optimizer';
import { penalised, zerosLike } from './optimizer';
import { ResidentMoments, type AdamConstants } from './resident-moments';
import { usesWasmForUpdate } from '../kernels/kernel-choice';

/**
 * Adam with bias correction: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * w ← w − α·(m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε); weight decay adds λw to g first (L2, as
 * PyTorch's Adam does), and L1 λ₁·sign w.
 */
export class Adam implements Optimizer {
  readonly spec: Extract<OptimizerSpec, { name: 'adam' }>;
  /** moments kept in JavaScript arrays (empty for parameters whose moments are resident) */
  private m: FloatArray[] | null = null;
  private v: FloatArray[] | null = null;
  /** moments kept in WebAssembly memory, and each parameter's index there (-1: not there) */
  private resident: ResidentMoments | null = null;
  private residentIndex: number[] = [];
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
    if (!this.m || !this.v) this.allocate(params, decay === 0 && l1 === 0);
    this.steps++;
    const correction1 = 1 - Math.pow(beta1, this.steps);
    const correction2 = 1 - Math.pow(beta2, this.steps);
    const c: StepConstants = {
      beta1,
      beta2,
      eps,
      stepSize: lr / correction1,
      sqrtCorrection2: Math.sqrt(correction2),
    };
    for (let p = 0; p < params.length; p++) {
      const { value: w, grad: g } = params[p];
      const r = this.residentIndex[p];
      if (r >= 0) this.resident!.step(r, w as Float32Array, g as Float32Array, c);
      else if (decay === 0 && l1 === 0) adamStep(w, g, this.m![p], this.v![p], c);
      else penalisedAdamStep(w, g, this.m![p], this.v![p], c, decay, l1);
    }
  }

  getState(): OptimizerState {
    if (!this.m || !this.v) return { name: 'adam', steps: this.steps, buffers: [] };
    const [m, v] = [this.m, this.v].map((list, half) =>
      list.map((b, p) => {
        const r = this.residentIndex[p];
        return r >= 0 ? Array.from(this.resident!.read(r)[half === 0 ? 'm' : 'v']) : Array.from(b);
      }),
    );
    return { name: 'adam', steps: this.steps, buffers: [...m, ...v] };
  }

  setState(state: OptimizerState): void {
    this.steps = state.steps;
    this.m = this.v = null;
    this.resident = null;
    this.residentIndex = [];
    this.pending = state.buffers.length ? state.buffers : null;
  }

  /**
   * Zero (or saved) moments for every parameter: large float32 ones, without penalties, in
   * WebAssembly memory when the kernel policy allows it (kernel-choice.ts: by size, so a run
   * takes the same path every time and repeats bit for bit), the others in JavaScript arrays.
   */
  private allocate(params: Param[], plain: boolean): void {
    const half = this.pending ? this.pending.length / 2 : 0;
    const savedM = this.pending?.slice(0, half);
    const savedV = this.pending?.slice(half);
    const wasm = params.map(
      ({ value }) => plain && value instanceof Float32Array && usesWasmForUpdate(value.length),
    );
    const lengths = params.flatMap(({ value }, p) => (wasm[p] ? [value.length] : []));
    this.resident = lengths.length > 0 ? ResidentMoments.create(lengths) : null;
    let next = 0;
    this.residentIndex = params.map((_, p) => (wasm[p] && this.resident ? next++ : -1));
    const kept = params.map((p, i) => (this.residentIndex[i] >= 0 ? { ...p, value: EMPTY } : p));
    this.m = zerosLike(
      kept,
      savedM?.map((b, i) => (this.residentIndex[i] >= 0 ? [] : b)),
    );
    this.v = zerosLike(
      kept,
      savedV?.map((b, i) => (this.residentIndex[i] >= 0 ? [] : b)),
    );
    this.residentIndex.forEach((r, p) => {
      if (r >= 0 && savedM?.[p] && savedV?.[p]) this.resident!.write(r, savedM[p], savedV[p]);
    });
    this.pending = null;
  }
}

const EMPTY = new Float32Array(0);

type StepConstants = AdamConstants;

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
