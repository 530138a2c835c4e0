/** Labels as the metrics accept them: Int32Array or any list of integer class indices. */
export type Labels = Int32Array | ArrayLike<number>;

/**
 * Checks that predicted and true labels have the same length and, when `classes` is given,
 * that every label is an integer in [0, classes). Called by the public metric functions.
 * @throws Error naming the function, the array and the bad index
 */
export function checkLabels(
  where: string,
  predicted: Labels,
  actual: Labels,
  classes?: number,
): void {
  if (predicted == null || typeof predicted.length !== 'number')
    throw new Error(`${where}: predicted labels must be an array`);
  if (actual == null || typeof actual.length !== 'number')
    throw new Error(`${where}: true labels must be an array`);
  if (predicted.length !== actual.length) {
    throw new Error(
      `${where}: ${predicted.length} predicted labels but ${actual.length} true labels`,
    );
  }
  if (classes === undefined) return;
  if (!Number.isInteger(classes) || classes < 1)
    throw new Error(`${where}: classes must be an integer ≥ 1, got ${classes}`);
  const check = (labels: Labels, which: string): void => {
    for (let i = 0; i < labels.length; i++) {
      const v = labels[i];
      if (!Number.isInteger(v) || v < 0 || v >= classes) {
        throw new Error(
          `${where}: ${which} label ${v} at index ${i} is not a class in [0, ${classes})`,
        );
      }
    }
  };
  check(predicted, 'predicted');
  check(actual, 'true');
}
