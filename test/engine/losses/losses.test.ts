import { describe, expect, it } from 'vitest';
import { fusedGradient } from '../../../src-engine/losses/fused';
import { LOSS_NAMES } from '../../../src-engine/losses/loss';
import { getLoss } from '../../../src-engine/losses/registry';
import { getActivation } from '../../../src-engine/activations/registry';
import { centralDifference, gradientError } from '../../helpers/finite-difference';

describe('losses', () => {
  it("mse is the lecture's 1/(2m) Σ (h − t)²", () => {
    const y = Float64Array.from([1, 2, 4]);
    const t = Float64Array.from([0, 2, 2]);
    expect(getLoss('mse').value(y, t, 3, 1)).toBeCloseTo((1 + 0 + 4) / 6, 15);
  });

  it('binary cross-entropy by hand', () => {
    const y = Float64Array.from([0.8, 0.3]);
    const t = Float64Array.from([1, 0]);
    const expected = -(Math.log(0.8) + Math.log(0.7)) / 2;
    expect(getLoss('binary_cross_entropy').value(y, t, 2, 1)).toBeCloseTo(expected, 15);
  });

  it('cross-entropy by hand with one-hot targets', () => {
    const y = Float64Array.from([0.7, 0.2, 0.1, 0.1, 0.1, 0.8]);
    const t = Float64Array.from([1, 0, 0, 0, 0, 1]);
    expect(getLoss('cross_entropy').value(y, t, 2, 3)).toBeCloseTo(
      -(Math.log(0.7) + Math.log(0.8)) / 2,
      15,
    );
  });

  it('a saturated wrong output gives a large finite loss, not Infinity', () => {
    const y = Float64Array.from([0, 1]);
    const t = Float64Array.from([1, 0]);
    const bce = getLoss('binary_cross_entropy').value(y, t, 2, 1);
    expect(bce).toBe(100);
    expect(
      getLoss('cross_entropy').value(Float64Array.from([0, 1]), Float64Array.from([1, 0]), 1, 2),
    ).toBe(100);
  });

  for (const name of LOSS_NAMES) {
    it(`${name}: gradient agrees with a central difference (float64)`, () => {
      const loss = getLoss(name);
      const cols = name === 'cross_entropy' ? 3 : 2;
      const rows = 2;
      const y =
        name === 'mse'
          ? Float64Array.from([0.3, -1.2, 2.5, 0.1])
          : Float64Array.from([0.2, 0.5, 0.3, 0.6, 0.3, 0.1].slice(0, rows * cols));
      const t =
        name === 'cross_entropy'
          ? Float64Array.from([0, 1, 0, 1, 0, 0])
          : Float64Array.from([1, 0, 0.5, 1]);
      const dy = new Float64Array(rows * cols);
      loss.gradient(y, t, dy, rows, cols);
      for (let i = 0; i < rows * cols; i++) {
        const numeric = centralDifference(y, i, () => loss.value(y, t, rows, cols), 1e-7);
        expect(gradientError(dy[i], numeric)).toBeLessThan(1e-6);
      }
    });
  }

  it('softmax + cross-entropy fused gradient equals the chain through both (finite differences)', () => {
    const z = Float64Array.from([1.6, 0.55, 0.98, -0.3, 2.1, 0.4]);
    const t = Float64Array.from([1, 0, 0, 0, 0, 1]);
    const y = new Float64Array(6);
    const softmax = getActivation('softmax');
    const objective = () => {
      softmax.forward(z, y, 2, 3, NaN);
      return getLoss('cross_entropy').value(y, t, 2, 3);
    };
    objective();
    const dz = new Float64Array(6);
    fusedGradient(y, t, dz, 2, 3);
    for (let i = 0; i < 6; i++)
      expect(gradientError(dz[i], centralDifference(z, i, objective))).toBeLessThan(1e-6);
  });

  it('sigmoid + binary cross-entropy fused gradient, finite difference, and stable at z = ±1000', () => {
    const z = Float64Array.from([0.7, -2.2, 1000, -1000]);
    const t = Float64Array.from([1, 0, 0, 1]);
    const y = new Float64Array(4);
    const sigmoid = getActivation('sigmoid');
    const objective = () => {
      sigmoid.forward(z, y, 4, 1, NaN);
      return getLoss('binary_cross_entropy').value(y, t, 4, 1);
    };
    const value = objective();
    expect(Number.isFinite(value)).toBe(true);
    const dz = new Float64Array(4);
    fusedGradient(y, t, dz, 4, 1);
    for (let i = 0; i < 2; i++)
      expect(gradientError(dz[i], centralDifference(z, i, objective))).toBeLessThan(1e-6);
    expect(dz[2]).toBeCloseTo(0.25, 12);
    expect(dz[3]).toBeCloseTo(-0.25, 12);
  });
});
