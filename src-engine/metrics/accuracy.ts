import { checkLabels, type Labels } from './check-labels';

/**
 * Fraction of samples whose predicted label equals the true label, in [0, 1].
 * @param predicted predicted class of each sample: [m]
 * @param actual true class of each sample: [m]
 * @throws if the lengths differ or there are no samples (accuracy of nothing is undefined)
 */
export function accuracy(predicted: Labels, actual: Labels): number {
  checkLabels('accuracy', predicted, actual);
  const m = actual.length;
  if (m === 0) throw new Error('accuracy: no samples');
  let correct = 0;
  for (let i = 0; i < m; i++) if (predicted[i] === actual[i]) correct++;
  return correct / m;
}
