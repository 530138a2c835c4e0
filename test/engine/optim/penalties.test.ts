import { describe, expect, it } from 'vitest';
import type { Param } from '../../../src-engine/layers/layer';
import { Adam } from '../../../src-engine/optim/adam';
import { assertValidOptimizer, penalised } from '../../../src-engine/optim/optimizer';
import { Sgd } from '../../../src-engine/optim/sgd';

/** P(w) = ½λ₂w² + λ₁|w|, whose derivative the optimisers add to the gradient. */
const penalty = (w: number, l2: number, l1: number) => 0.5 * l2 * w * w + l1 * Math.abs(w);

function param(values: number[], grads: number[]): Param {
  return { name: 'w', value: Float64Array.from(values), grad: Float64Array.from(grads) } as Param;
}

describe('L1 and L2 penalties', () => {
  it('add the derivative of ½λ₂w² + λ₁|w| to the gradient (finite differences)', () => {
    const h = 1e-6;
    for (const [l2, l1] of [
      [0, 0.1],
      [0.01, 0],
      [0.3, 0.05],
    ]) {
      for (const w of [-2, -0.3, 0.7, 5]) {
        const numeric = (penalty(w + h, l2, l1) - penalty(w - h, l2, l1)) / (2 * h);
        expect(penalised(0.25, w, l2, l1) - 0.25).toBeCloseTo(numeric, 6);
      }
    }
    // |w| has no slope at 0: the subgradient 0 is taken
    expect(penalised(0.25, 0, 0.1, 0.5)).toBe(0.25);
  });

  it('plain SGD with L1 and no data gradient moves each weight λ₁α towards 0', () => {
    const p = param([0.5, -0.2, 0], [0, 0, 0]);
    new Sgd({ name: 'sgd', l1: 0.1 }).step([p], 0.5);
    expect(p.value[0]).toBeCloseTo(0.45, 12);
    expect(p.value[1]).toBeCloseTo(-0.15, 12);
    expect(p.value[2]).toBe(0);
  });

  it('Adam takes the L1 term into its moments', () => {
    const p = param([0.5, -0.2], [0, 0]);
    new Adam({ name: 'adam', l1: 0.1 }).step([p], 0.01);
    // first step: m̂ = g, v̂ = g², so each weight moves by α·sign(g) = α·sign(w)
    expect(p.value[0]).toBeCloseTo(0.49, 6);
    expect(p.value[1]).toBeCloseTo(-0.19, 6);
  });

  it('refuses a negative L1 strength, naming the field', () => {
    expect(() => assertValidOptimizer({ name: 'sgd', l1: -1 })).toThrow(/l1 out of range/);
  });
});
