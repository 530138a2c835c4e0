import type { FloatArray } from '../core/float-array';

function checkSizes(
  where: string,
  predicted: FloatArray,
  target: FloatArray,
  m: number,
  outputs: number,
): void {
  if (!Number.isInteger(m) || m < 1)
    throw new Error(`${where}: m must be an integer ≥ 1, got ${m}`);
  if (!Number.isInteger(outputs) || outputs < 1)
    throw new Error(`${where}: outputs must be an integer ≥ 1, got ${outputs}`);
  const n = m * outputs;
  if (predicted == null || predicted.length !== n) {
    throw new Error(
      `${where}: predicted must have m·outputs = ${n} entries, got ${predicted?.length}`,
    );
  }
  if (target == null || target.length !== n) {
    throw new Error(`${where}: target must have m·outputs = ${n} entries, got ${target?.length}`);
  }
}

/**
 * Mean squared error: the plain mean of (predicted − target)² over all m·outputs entries
 * (no ½ factor, unlike the lecture's cost J). NaN in either input gives NaN.
 * @param predicted [m, outputs] row-major
 * @param target [m, outputs] row-major
 * @throws if m or outputs is not a positive integer or an array's length is not m·outputs
 */
export function meanSquaredError(
  predicted: FloatArray,
  target: FloatArray,
  m: number,
  outputs: number,
): number {
  checkSizes('meanSquaredError', predicted, target, m, outputs);
  let sum = 0;
  for (let i = 0; i < predicted.length; i++) {
    const d = predicted[i] - target[i];
    sum += d * d;
  }
  return sum / predicted.length;
}

/** √MSE, in the targets' units. Same arguments and errors as meanSquaredError. */
export function rootMeanSquaredError(
  predicted: FloatArray,
  target: FloatArray,
  m: number,
  outputs: number,
): number {
  return Math.sqrt(meanSquaredError(predicted, target, m, outputs));
}

/**
 * Mean absolute error: mean of |predicted − target| over all m·outputs entries.
 * Same arguments and errors as meanSquaredError.
 */
export function meanAbsoluteError(
  predicted: FloatArray,
  target: FloatArray,
  m: number,
  outputs: number,
): number {
  checkSizes('meanAbsoluteError', predicted, target, m, outputs);
  let sum = 0;
  for (let i = 0; i < predicted.length; i++) sum += Math.abs(predicted[i] - target[i]);
  return sum / predicted.length;
}

/**
 * Coefficient of determination of each output column: R² = 1 − SS_res / SS_tot, with SS_tot
 * the squared deviation of the targets from their column mean. 1 is a perfect fit, 0 is as
 * good as always predicting the mean, below 0 is worse.
 * A constant target column (SS_tot = 0) would give 0/0 or −∞; it gets R² = 1 when predicted
 * exactly and 0 otherwise (as scikit-learn's force_finite), so the result is never NaN
 * unless an input is NaN.
 * @returns R² per output: [outputs]
 * @throws as meanSquaredError
 */
export function rSquaredPerOutput(
  predicted: FloatArray,
  target: FloatArray,
  m: number,
  outputs: number,
): Float64Array {
  checkSizes('rSquared', predicted, target, m, outputs);
  const result = new Float64Array(outputs);
  // predicted, target: [m, outputs]; one column at a time
  for (let c = 0; c < outputs; c++) {
    let mean = 0;
    let constant = true;
    const first = target[c];
    for (let r = 0; r < m; r++) {
      const t = target[r * outputs + c];
      mean += t;
      if (t !== first) constant = false;
    }
    mean /= m;
    let ssRes = 0;
    let ssTot = 0;
    for (let r = 0; r < m; r++) {
      const i = r * outputs + c;
      const d = predicted[i] - target[i];
      const dev = target[i] - mean;
      ssRes += d * d;
      ssTot += dev * dev;
    }
    // decide constancy by equality, not ssTot === 0: rounding of the mean (0.1 + 0.1 + 0.1 ≠
    // 0.3) can leave a tiny ssTot that would turn any error into a huge negative R²
    if (constant) result[c] = ssRes === 0 ? 1 : ssRes > 0 ? 0 : NaN;
    else result[c] = 1 - ssRes / ssTot;
  }
  return result;
}

/**
 * R² averaged uniformly over the output columns (see rSquaredPerOutput for the definition and
 * the constant-target rule).
 * @param predicted [m, outputs] row-major
 * @param target [m, outputs] row-major
 * @throws as meanSquaredError
 */
export function rSquared(
  predicted: FloatArray,
  target: FloatArray,
  m: number,
  outputs: number,
): number {
  const perOutput = rSquaredPerOutput(predicted, target, m, outputs);
  return perOutput.reduce((s, v) => s + v, 0) / outputs;
}
