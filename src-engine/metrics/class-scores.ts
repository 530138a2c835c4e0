/** Per-class precision, recall and F1, with their unweighted (macro) means. */
export interface ClassScores {
  /** TP / (TP + FP) per class: [k] */
  precision: Float64Array;
  /** TP / (TP + FN) per class: [k] */
  recall: Float64Array;
  /** 2·P·R / (P + R) per class: [k] */
  f1: Float64Array;
  /** number of samples of each true class: [k] */
  support: Int32Array;
  /** mean of precision over all k classes */
  macroPrecision: number;
  /** mean of recall over all k classes */
  macroRecall: number;
  /** mean of f1 over all k classes (not the F1 of the macro precision and recall) */
  macroF1: number;
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

/**
 * Precision, recall and F1 of every class from a confusion matrix.
 * A ratio whose denominator is 0 is taken as 0 (as scikit-learn's default zero_division
 * warning value): precision of a class never predicted, recall of a class absent from the
 * true labels, and F1 when precision and recall are both 0. Such classes still count in the
 * macro averages, which therefore average over all k classes.
 * @param confusion [k, k] row-major counts, rows true class, columns predicted (see
 *   confusionMatrix)
 * @param classes k
 * @throws if k is not a positive integer or the matrix is not k·k non-negative counts
 */
export function classScores(confusion: ArrayLike<number>, classes: number): ClassScores {
  const k = classes;
  if (!Number.isInteger(k) || k < 1)
    throw new Error(`classScores: classes must be an integer ≥ 1, got ${k}`);
  if (confusion == null || confusion.length !== k * k) {
    throw new Error(
      `classScores: confusion matrix must have ${k}·${k} = ${k * k} entries, got ${confusion?.length}`,
    );
  }
  for (let i = 0; i < k * k; i++) {
    if (!(confusion[i] >= 0))
      throw new Error(`classScores: confusion entry ${i} is ${confusion[i]}, not a count`);
  }
  const precision = new Float64Array(k);
  const recall = new Float64Array(k);
  const f1 = new Float64Array(k);
  const support = new Int32Array(k);
  for (let c = 0; c < k; c++) {
    const tp = confusion[c * k + c];
    let rowSum = 0; // samples truly of class c: TP + FN
    let colSum = 0; // samples predicted as c: TP + FP
    for (let j = 0; j < k; j++) {
      rowSum += confusion[c * k + j];
      colSum += confusion[j * k + c];
    }
    support[c] = rowSum;
    precision[c] = ratio(tp, colSum);
    recall[c] = ratio(tp, rowSum);
    f1[c] = ratio(2 * precision[c] * recall[c], precision[c] + recall[c]);
  }
  const mean = (a: Float64Array): number => a.reduce((s, v) => s + v, 0) / k;
  return {
    precision,
    recall,
    f1,
    support,
    macroPrecision: mean(precision),
    macroRecall: mean(recall),
    macroF1: mean(f1),
  };
}
