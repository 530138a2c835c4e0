import type { ActivationName } from '../activations/activation';
import type { LossName } from './loss';

/**
 * Whether a loss and the output activation before it are computed together: softmax with
 * cross-entropy and sigmoid with binary cross-entropy both have ∂J/∂z = (y − t)/m, which is
 * exact and stable where the separate derivatives would divide by a vanishing y(1 − y).
 */
export function isFused(activation: ActivationName, loss: LossName): boolean {
  return (
    (activation === 'softmax' && loss === 'cross_entropy') ||
    (activation === 'sigmoid' && loss === 'binary_cross_entropy')
  );
}

/** dz = (y − t)/m, the fused gradient with respect to the output layer's pre-activations. */
export function fusedGradient(
  y: ArrayLike<number>,
  t: ArrayLike<number>,
  dz: { [i: number]: number },
  m: number,
  cols: number,
): void {
  const n = m * cols;
  const scale = 1 / m;
  for (let i = 0; i < n; i++) dz[i] = (y[i] - t[i]) * scale;
}
