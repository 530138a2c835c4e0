import type { FloatArray } from '../core/float-array';
import { engineError } from '../core/engine-error';
import type { Param } from '../layers/layer';

/** How parameters are updated from their gradients. */
export type OptimizerSpec =
  | { name: 'sgd'; momentum?: number; nesterov?: boolean; weightDecay?: number; l1?: number }
  | {
      name: 'adam';
      beta1?: number;
      beta2?: number;
      eps?: number;
      weightDecay?: number;
      l1?: number;
    };

/**
 * The penalties' part of a parameter's gradient: L2 weight decay adds λ₂w (the gradient of
 * ½λ₂w²) and L1 adds λ₁·sign(w) (of λ₁|w|, taken as 0 at w = 0), to biases as to weights.
 */
export function penalised(g: number, w: number, decay: number, l1: number): number {
  const d = g + decay * w;
  return l1 === 0 ? d : d + (w > 0 ? l1 : w < 0 ? -l1 : 0);
}

/** An optimizer's per-parameter memory (velocities, moments), for checkpoints. */
export interface OptimizerState {
  name: OptimizerSpec['name'];
  steps: number;
  buffers: number[][];
}

/** Updates every parameter in place from its gradient, at learning rate `lr`. */
export interface Optimizer {
  readonly spec: OptimizerSpec;
  step(params: Param[], lr: number): void;
  getState(): OptimizerState;
  setState(state: OptimizerState): void;
}

/** Checks the numbers of an optimizer spec. @throws naming the bad field. */
export function assertValidOptimizer(spec: OptimizerSpec): void {
  const check = (field: string, value: number | undefined, ok: (v: number) => boolean) => {
    if (value !== undefined && !(Number.isFinite(value) && ok(value))) {
      throw engineError('config.optimizerField', {
        optimizer: spec.name,
        field,
        got: String(value),
      });
    }
  };
  check('weightDecay', spec.weightDecay, (v) => v >= 0);
  check('l1', spec.l1, (v) => v >= 0);
  if (spec.name === 'sgd') {
    check('momentum', spec.momentum, (v) => v >= 0 && v < 1);
  } else if (spec.name === 'adam') {
    check('beta1', spec.beta1, (v) => v >= 0 && v < 1);
    check('beta2', spec.beta2, (v) => v >= 0 && v < 1);
    check('eps', spec.eps, (v) => v > 0);
  } else {
    throw engineError('config.optimizer', { got: String((spec as { name: string }).name) });
  }
}

/** One buffer per parameter, of the parameter's own element type so that a restored run
 * rounds exactly as an uninterrupted one; zero, or filled from a saved state. */
export function zerosLike(params: Param[], saved?: number[][] | null): FloatArray[] {
  return params.map((p, i) => {
    const buffer = new (p.value.constructor as Float32ArrayConstructor)(p.value.length);
    if (saved?.[i]) buffer.set(saved[i]);
    return buffer;
  });
}
