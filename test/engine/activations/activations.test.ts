import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../../src-engine/activations/activation';
import { getActivation, isDifferentiable } from '../../../src-engine/activations/registry';
import { softmax } from '../../../src-engine/activations/softmax';
import { centralDifference, gradientError } from '../../helpers/finite-difference';

const points = [-3.7, -1.2, -0.4, 0.3, 0.9, 2.5, 4.1];

describe('activations', () => {
  // The slide applies softmax to [1.60, 0.55, 0.98] and prints [0.51, 0.18, 0.31], but that
  // result belongs to [1.60, 0.55, 1.10]; the input as printed gives [0.53, 0.19, 0.28]
  // (e^1.60 = 4.953, e^0.55 = 1.733, e^0.98 = 2.664, sum 9.350). Both facts are checked so
  // that the lab can show the erratum with the right numbers.
  it('softmax of the lecture example [1.60, 0.55, 0.98] is [0.53, 0.19, 0.28] by hand', () => {
    const a = softmax([1.6, 0.55, 0.98]);
    const e = [Math.exp(1.6), Math.exp(0.55), Math.exp(0.98)];
    const sum = e[0] + e[1] + e[2];
    e.forEach((v, i) => expect(a[i]).toBeCloseTo(v / sum, 15));
    expect(Array.from(a, (v) => Number(v.toFixed(2)))).toEqual([0.53, 0.19, 0.28]);
    expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it("the slide's printed [0.51, 0.18, 0.31] is softmax of [1.60, 0.55, 1.10]", () => {
    expect(Array.from(softmax([1.6, 0.55, 1.1]), (v) => Number(v.toFixed(2)))).toEqual([
      0.51, 0.18, 0.31,
    ]);
  });

  it('softmax does not overflow at z = 1000 and is shift invariant', () => {
    const big = softmax([1000, 999, 998]);
    const small = softmax([2, 1, 0]);
    big.forEach((v, i) => expect(v).toBeCloseTo(small[i], 14));
  });

  it('hand-computed values', () => {
    expect(getActivation('sigmoid').f(0, NaN)).toBe(0.5);
    expect(getActivation('sigmoid').df(0, NaN)).toBe(0.25);
    expect(getActivation('tanh').f(0.5, NaN)).toBeCloseTo(2 / (1 + Math.exp(-1)) - 1, 15);
    expect(getActivation('relu').f(-2, NaN)).toBe(0);
    expect(getActivation('relu').f(3, NaN)).toBe(3);
    expect(getActivation('leaky_relu').f(-2, 0.01)).toBeCloseTo(-0.02, 15);
    expect(getActivation('leaky_relu').df(-2, 0.01)).toBe(0.01);
    expect(getActivation('step').f(-0.1, NaN)).toBe(0);
    expect(getActivation('step').f(0.1, NaN)).toBe(1);
    expect(getActivation('sign').f(-0.1, NaN)).toBe(-1);
    expect(getActivation('elu').f(-1, 1)).toBeCloseTo(Math.exp(-1) - 1, 15);
    expect(getActivation('softplus').f(0, NaN)).toBeCloseTo(Math.log(2), 15);
    expect(getActivation('gelu').f(1, NaN)).toBeCloseTo(0.8411919906, 9);
    expect(getActivation('linear').df(123, NaN)).toBe(1);
  });

  for (const name of ACTIVATION_NAMES) {
    const act = getActivation(name);
    const param = Number.isNaN(act.defaultParam) ? NaN : act.defaultParam;

    it(`${name}: finite and sensible at |z| = 1000 and at 0`, () => {
      for (const z of [-1000, -1e-300, 0, 1000]) {
        expect(Number.isFinite(act.f(z, param))).toBe(true);
        expect(Number.isFinite(act.df(z, param))).toBe(true);
      }
      const z = Float64Array.from([-1000, 0, 1000, 1000, -1000, 0]);
      const out = new Float64Array(6);
      act.forward(z, out, 2, 3, param);
      out.forEach((v) => expect(Number.isFinite(v)).toBe(true));
      const dz = new Float64Array(6);
      act.backward(z, out, Float64Array.from([1, -1, 0.5, 2, 1, 1]), dz, 2, 3, param);
      dz.forEach((v) => expect(Number.isFinite(v)).toBe(true));
    });

    if (!isDifferentiable(name)) continue;

    it(`${name}: derivative agrees with a central difference`, () => {
      for (const x of points) {
        const numeric = (act.f(x + 1e-6, param) - act.f(x - 1e-6, param)) / 2e-6;
        expect(gradientError(act.df(x, param), numeric)).toBeLessThan(1e-6);
      }
    });

    it(`${name}: block backward is the gradient of Σ g·f(z) (finite differences, float64)`, () => {
      const rows = 2;
      const cols = 3;
      const z = Float64Array.from([0.3, -1.1, 2.2, -0.7, 0.05, 1.4]);
      const g = Float64Array.from([0.9, -0.4, 1.3, 0.2, -1.7, 0.6]);
      const out = new Float64Array(6);
      const objective = () => {
        act.forward(z, out, rows, cols, param);
        return out.reduce((s, v, i) => s + v * g[i], 0);
      };
      objective();
      const dz = new Float64Array(6);
      act.backward(z, out, g, dz, rows, cols, param);
      for (let i = 0; i < 6; i++) {
        expect(gradientError(dz[i], centralDifference(z, i, objective))).toBeLessThan(1e-6);
      }
    });
  }

  it('step and sign are the threshold units and cannot be trained by gradient', () => {
    expect(isDifferentiable('step')).toBe(false);
    expect(isDifferentiable('sign')).toBe(false);
    expect(isDifferentiable('relu')).toBe(true);
  });

  it('unknown names are refused with the list of known ones', () => {
    expect(() => getActivation('swish')).toThrow(/unknown activation 'swish'.*sigmoid/);
  });
});
