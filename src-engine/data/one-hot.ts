import { allocate, type DType, type FloatArray } from '../core/float-array';
import { checkDtype, checkInteger, describe } from './validate';

/**
 * The number of classes labels imply: the largest label + 1 (0 for no labels).
 * @throws Error naming the first label that is not a non-negative integer
 */
export function countClasses(labels: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0) {
      throw new Error(
        `countClasses: labels[${i}] must be a non-negative integer, got ${describe(label)}`,
      );
    }
    if (label > max) max = label;
  }
  return max + 1;
}

/**
 * Class indices → one-hot rows.
 * @param labels class index of each row: [m]
 * @param classes number of columns k; defaults to countClasses(labels)
 * @returns [m, k] with a single 1 per row
 * @throws Error when classes < 1 or a label is not an integer in [0, classes)
 */
export function oneHot(
  labels: ArrayLike<number>,
  classes?: number,
  dtype: DType = 'float32',
): FloatArray {
  checkDtype('oneHot', dtype);
  const k = checkInteger(
    'oneHot',
    'classes',
    classes ?? Math.max(1, countClasses(labels)),
    1,
    1 << 20,
  );
  const out = allocate(dtype, labels.length * k);
  for (let r = 0; r < labels.length; r++) {
    const label = labels[r];
    if (!Number.isInteger(label) || label < 0 || label >= k) {
      throw new Error(
        `oneHot: labels[${r}] must be an integer in [0, ${k - 1}], got ${describe(label)}`,
      );
    }
    out[r * k + label] = 1;
  }
  return out;
}

/**
 * The column of the largest value in each row: turns one-hot targets, or a network's class
 * scores / probabilities, back into class indices. Ties go to the first column; NaN never wins.
 * @param matrix [m, classes] row-major
 * @returns [m] class indices
 * @throws Error when classes < 1 or matrix.length is not a multiple of classes
 */
export function argmaxRows(matrix: ArrayLike<number>, classes: number): Int32Array {
  const k = checkInteger('argmaxRows', 'classes', classes, 1, Number.MAX_SAFE_INTEGER);
  if (matrix.length % k !== 0) {
    throw new Error(
      `argmaxRows: matrix length ${matrix.length} is not a multiple of classes (${k})`,
    );
  }
  const m = matrix.length / k;
  const out = new Int32Array(m);
  for (let r = 0; r < m; r++) {
    let best = 0;
    let bestValue = -Infinity;
    for (let c = 0; c < k; c++) {
      const v = matrix[r * k + c];
      if (v > bestValue) {
        bestValue = v;
        best = c;
      }
    }
    out[r] = best;
  }
  return out;
}
