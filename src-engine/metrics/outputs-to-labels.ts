import type { FloatArray } from '../core/float-array';

/**
 * Turns network outputs into class labels.
 * - outputs > 1 (one-hot or softmax rows): the index of the row's largest value; ties go to
 *   the lowest index, NaN never wins, and a row of only NaN gives class 0.
 * - outputs = 1 (a single sigmoid unit): class 1 when the value is ≥ 0.5, else class 0, so
 *   exactly 0.5 counts as class 1 and NaN as class 0.
 * @param values network outputs: [m, outputs] row-major
 * @param m number of rows (samples)
 * @param outputs number of columns
 * @returns the label of each row: [m]
 * @throws if the sizes are not non-negative integers (outputs ≥ 1) or do not match values
 */
export function outputsToLabels(values: FloatArray, m: number, outputs: number): Int32Array {
  if (!Number.isInteger(m) || m < 0)
    throw new Error(`outputsToLabels: m must be an integer ≥ 0, got ${m}`);
  if (!Number.isInteger(outputs) || outputs < 1) {
    throw new Error(`outputsToLabels: outputs must be an integer ≥ 1, got ${outputs}`);
  }
  if (values == null || values.length !== m * outputs) {
    throw new Error(
      `outputsToLabels: values must have m·outputs = ${m * outputs} entries, got ${values?.length}`,
    );
  }
  const labels = new Int32Array(m);
  if (outputs === 1) {
    for (let r = 0; r < m; r++) labels[r] = values[r] >= 0.5 ? 1 : 0;
    return labels;
  }
  // values: [m, outputs]
  for (let r = 0; r < m; r++) {
    const row = r * outputs;
    let best = 0;
    let bestValue = -Infinity;
    for (let c = 0; c < outputs; c++) {
      const v = values[row + c];
      // strict >, so ties keep the lower index; comparisons with NaN are false
      if (v > bestValue) {
        bestValue = v;
        best = c;
      }
    }
    labels[r] = best;
  }
  return labels;
}
