/**
 * Why a learning rate diverges, for the lecture's cost J(w) = 1/(2m) Σ (w0 + w1·x − t)²: J is
 * a quadratic bowl whose curvature is the same everywhere, its Hessian
 *   H = (1/m) [[m, Σx], [Σx, Σx²]].
 * Along an eigenvector of H with eigenvalue λ, one gradient step multiplies the distance to the
 * minimum by (1 − αλ); the descent converges only if |1 − αλ| < 1 for both, i.e. α < 2/λ_max.
 */
import type { XT } from './cost-descent';

export interface CostCurvature {
  /** [[H00, H01], [H10, H11]] */
  hessian: [[number, number], [number, number]];
  /** eigenvalues, largest first */
  eigenvalues: [number, number];
  /** the largest stable learning rate, 2 / λ_max */
  alphaLimit: number;
}

/** The Hessian of J over the points [x, t], its eigenvalues and the stability limit of α. */
export function costCurvature(points: readonly XT[]): CostCurvature {
  const m = points.length;
  const sx = points.reduce((s, [x]) => s + x, 0) / m;
  const sxx = points.reduce((s, [x]) => s + x * x, 0) / m;
  // eigenvalues of the symmetric [[1, sx], [sx, sxx]]: mean ± the root of the characteristic equation
  const mean = (1 + sxx) / 2;
  const root = Math.sqrt(((1 - sxx) / 2) ** 2 + sx * sx);
  const eigenvalues: [number, number] = [mean + root, mean - root];
  return {
    hessian: [
      [1, sx],
      [sx, sxx],
    ],
    eigenvalues,
    alphaLimit: 2 / eigenvalues[0],
  };
}

/** |1 − αλ|: the factor one step applies to the distance along an eigenvector (< 1 shrinks). */
export const stepFactor = (alpha: number, lambda: number): number => Math.abs(1 - alpha * lambda);
