/**
 * What the Train view shows of a finished run's evaluation: part names, a part's one-line
 * summary, predicted-against-true points for regression.
 */
import type { EvaluatedPart, ExperimentEvaluation } from '../../src-main/contract/types';
import { i18n } from '../i18n';

export type PartName = EvaluatedPart['part'];

/** "Training", "Validation", "Test" in the chosen language. */
export function partLabel(part: PartName): string {
  return i18n.global.t(`train.results.parts.${part}`);
}

export const PART_TONES = { train: 'primary', validation: 'secondary', test: 'tertiary' } as const;

/** "200 rows, loss 0.0412, accuracy 97.5%" (R² for regression). */
export function partDetails(part: EvaluatedPart): string {
  const { t, n } = i18n.global;
  const bits = [
    t('train.results.rows', { n: n(part.rows) }, part.rows),
    t('train.results.loss', { loss: n(part.loss, { maximumSignificantDigits: 3 }) }),
  ];
  if (part.accuracy !== undefined)
    bits.push(
      t('train.results.accuracy', {
        accuracy: n(part.accuracy, { style: 'percent', minimumFractionDigits: 1 }),
      }),
    );
  if (part.r2 !== undefined)
    bits.push(t('train.results.r2', { r2: n(part.r2, { maximumFractionDigits: 3 }) }));
  return bits.join(', ');
}

/** "Test: 200 rows, loss 0.0412, accuracy 97.5%". */
export function describePart(part: EvaluatedPart): string {
  return `${partLabel(part.part)}: ${partDetails(part)}`;
}

/**
 * One part's sampled regression predictions as [true, predicted] points for one output.
 * @param output the target column (0-based)
 */
export function predictedVsTrue(part: EvaluatedPart, output: number): [number, number][] {
  const s = part.sample;
  if (!s || output < 0 || output >= s.outputs) return [];
  const points: [number, number][] = [];
  for (let r = 0; r < s.rows; r++) {
    const actual = s.actual[r * s.outputs + output];
    const predicted = s.predicted[r * s.outputs + output];
    if (Number.isFinite(actual) && Number.isFinite(predicted)) points.push([actual, predicted]);
  }
  return points;
}

/** Whether a run's data are 28 × 28 images (the digits). */
export function isImageData(inputs: number): boolean {
  return inputs === 28 * 28;
}

/** The evaluation's parts with a confusion matrix, in the order given. */
export function confusionParts(evaluation: ExperimentEvaluation): EvaluatedPart[] {
  return evaluation.parts.filter((p) => p.confusion !== undefined);
}
