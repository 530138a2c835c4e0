/**
 * Why a sigmoid output is trained on the cross-entropy rather than the squared error: for one
 * output h = σ(z) with target t, the gradient that reaches z is
 *   squared error ½(h − t)²:   ∂ℓ/∂z = (h − t)·h(1 − h)
 *   cross-entropy:             ∂ℓ/∂z = h − t
 * On a point the unit gets confidently wrong (z far on the wrong side), h(1 − h) ≈ 0 and the
 * squared error's gradient vanishes exactly where the correction is needed most.
 */
import { sigmoidValue } from '../../../src-engine/activations/smooth';

const sigma = sigmoidValue;

/** Both gradients with respect to z at one z, for target t (0 or 1). */
export function lossGradients(z: number, t: number): { h: number; mse: number; ce: number } {
  const h = sigma(z);
  return { h, mse: (h - t) * h * (1 - h), ce: h - t };
}

/**
 * The z on the wrong side of target t where the cross-entropy's gradient is `ratio` times the
 * squared error's: h(1 − h) = 1/ratio, the root with h on the wrong side (ratio ≥ 4).
 */
export function zAtRatio(ratio: number, t: number): number {
  const p = 1 / ratio; // h(1 − h)
  const low = (1 - Math.sqrt(1 - 4 * p)) / 2;
  const h = t === 1 ? low : 1 - low;
  return Math.log(h / (1 - h));
}
