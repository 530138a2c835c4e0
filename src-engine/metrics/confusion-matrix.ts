import { checkLabels, type Labels } from './check-labels';

/**
 * Counts each (true class, predicted class) pair.
 * @param predicted predicted class of each sample: [m], integers in [0, classes)
 * @param actual true class of each sample: [m], integers in [0, classes)
 * @param classes number of classes k
 * @returns [k, k] row-major counts: element (t, p) at t * k + p is the number of samples of
 *   true class t predicted as p, so the diagonal holds the correct ones. m = 0 gives zeros.
 * @throws if the lengths differ, k is not a positive integer or a label is out of range
 */
export function confusionMatrix(predicted: Labels, actual: Labels, classes: number): Int32Array {
  checkLabels('confusionMatrix', predicted, actual, classes);
  const counts = new Int32Array(classes * classes);
  for (let i = 0; i < actual.length; i++) counts[actual[i] * classes + predicted[i]]++;
  return counts;
}
