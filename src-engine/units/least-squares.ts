import { engineError } from '../core/engine-error';
import { checkDataset } from './unit-data';

/**
 * The least-squares weights of a linear unit with bias: solves the normal equations
 * (XᵀX)·w = Xᵀt where X has the constant column x0 = 1, by Gaussian elimination with partial
 * pivoting in float64. This is the fixed point Adaline's LMS rule approaches.
 * @param xs samples, [samples][inputs] @param ts targets, [samples]
 * @returns w = [w0 (bias), w1, …, wn]
 * @throws Error on a bad data set, or if XᵀX is singular (fewer distinct samples than weights,
 * or collinear inputs).
 */
export function leastSquares(
  xs: ArrayLike<ArrayLike<number>>,
  ts: ArrayLike<number>,
): Float64Array {
  if (!xs || xs.length === 0) throw engineError('unit.emptySet', { model: 'leastSquares' });
  const n = xs[0].length + 1;
  checkDataset('leastSquares', xs, ts, n - 1);
  // a: the augmented system [XᵀX | Xᵀt], [n, n + 1]
  const cols = n + 1;
  const a = new Float64Array(n * cols);
  const row = new Float64Array(n);
  for (let i = 0; i < xs.length; i++) {
    row[0] = 1;
    for (let j = 1; j < n; j++) row[j] = xs[i][j - 1];
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) a[r * cols + c] += row[r] * row[c];
      a[r * cols + n] += row[r] * ts[i];
    }
  }
  let scale = 0;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) scale = Math.max(scale, Math.abs(a[r * cols + c]));
  // relative to the matrix's size, so that the test does not depend on the units of x
  const tiny = scale * n * 1e-12;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let r = k + 1; r < n; r++)
      if (Math.abs(a[r * cols + k]) > Math.abs(a[p * cols + k])) p = r;
    if (Math.abs(a[p * cols + k]) <= tiny) throw engineError('unit.singular', {});
    if (p !== k) {
      for (let c = k; c < cols; c++) {
        const tmp = a[k * cols + c];
        a[k * cols + c] = a[p * cols + c];
        a[p * cols + c] = tmp;
      }
    }
    for (let r = k + 1; r < n; r++) {
      const f = a[r * cols + k] / a[k * cols + k];
      if (f === 0) continue;
      for (let c = k; c < cols; c++) a[r * cols + c] -= f * a[k * cols + c];
    }
  }
  const w = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r * cols + n];
    for (let c = r + 1; c < n; c++) s -= a[r * cols + c] * w[c];
    w[r] = s / a[r * cols + r];
  }
  return w;
}
