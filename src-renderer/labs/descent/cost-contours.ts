/**
 * Contour lines of the regression cost. J is quadratic in (w0, w1), so every level set is an
 * exact ellipse around the least-squares weights w*: J(w) = J* + ½·(w − w*)ᵀ H (w − w*) with
 * the Hessian H = (1/m)·[[m, Σx], [Σx, Σx²]]. Drawing ellipses avoids a contouring grid.
 */
import { leastSquares } from '../../../src-engine/units/least-squares';
import { costAt, type XT } from './cost-descent';

/** The bottom of the bowl: the least-squares weights and the cost there. */
export interface CostMinimum {
  w0: number;
  w1: number;
  cost: number;
}

/** The least-squares weights of h(x) = w0 + w1·x and J there. @throws if all x are equal */
export function costMinimum(points: readonly XT[]): CostMinimum {
  const w = leastSquares(
    points.map(([x]) => [x]),
    points.map(([, t]) => t),
  );
  return { w0: w[0], w1: w[1], cost: costAt(points, w[0], w[1]) };
}

/**
 * The ellipse J(w) = level as `samples` points [w0, w1] (closed: the first is not repeated),
 * or [] when level ≤ J*.
 */
export function costEllipse(
  points: readonly XT[],
  minimum: CostMinimum,
  level: number,
  samples = 96,
): [number, number][] {
  const excess = level - minimum.cost;
  if (!(excess > 0)) return [];
  const m = points.length;
  const sx = points.reduce((s, [x]) => s + x, 0) / m;
  const sxx = points.reduce((s, [x]) => s + x * x, 0) / m;
  // H = [[1, sx], [sx, sxx]]: symmetric 2×2, eigenvalues from trace and determinant
  const tr = 1 + sxx;
  const det = sxx - sx * sx;
  const root = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  const l1 = tr / 2 + root;
  const l2 = tr / 2 - root;
  // eigenvector of l1: (sx, l1 − 1), or the axes when H is already diagonal
  let v: [number, number] = Math.abs(sx) > 1e-12 ? [sx, l1 - 1] : [1, 0];
  const norm = Math.hypot(v[0], v[1]);
  v = [v[0] / norm, v[1] / norm];
  const a1 = Math.sqrt((2 * excess) / l1);
  const a2 = Math.sqrt((2 * excess) / l2);
  const out: [number, number][] = [];
  for (let i = 0; i < samples; i++) {
    const th = (2 * Math.PI * i) / samples;
    const p = a1 * Math.cos(th);
    const q = a2 * Math.sin(th);
    out.push([minimum.w0 + p * v[0] - q * v[1], minimum.w1 + p * v[1] + q * v[0]]);
  }
  return out;
}

/** `count` contour levels above J*, denser near the minimum (quadratic spacing up to `top`). */
export function contourLevels(minimum: CostMinimum, top: number, count: number): number[] {
  const span = top - minimum.cost;
  return Array.from({ length: count }, (_, k) => minimum.cost + span * ((k + 1) / count) ** 2);
}
