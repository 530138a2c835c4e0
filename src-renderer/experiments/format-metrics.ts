/**
 * Final metrics as people read them: one line per part of the data (train, validation, test)
 * with its loss and, where measured, accuracy or R². The keys are those of main's
 * `finalMetrics`: `loss`, `accuracy`, `r2` for training, `validationLoss`, `testR2`, ….
 */

/** A part of the data a run is measured on. */
import { i18n } from '../i18n';
import { formatFixed, formatPercent, formatScientific, formatSignificant } from '../i18n/format';

export type DataPart = 'train' | 'validation' | 'test';

/** The measures a part can have, in display order. */
export type MeasureName = 'loss' | 'accuracy' | 'r2';

export const DATA_PARTS: readonly DataPart[] = ['train', 'validation', 'test'];
export const MEASURES: readonly MeasureName[] = ['loss', 'accuracy', 'r2'];

const measureLabel = (measure: MeasureName): string =>
  i18n.global.t(`experiments.metrics.measure.${measure}`);

/** The key of one measure on one part: ('validation', 'r2') → `validationR2`. */
export function metricKey(part: DataPart, measure: MeasureName): string {
  if (part === 'train') return measure;
  return part + measure[0].toUpperCase() + measure.slice(1);
}

/** "validation accuracy", "train R²". */
export function metricLabel(part: DataPart, measure: MeasureName): string {
  return i18n.global.t('experiments.metrics.label', {
    part: i18n.global.t(`experiments.metrics.part.${part}`),
    measure: measureLabel(measure),
  });
}

/** A number as a measure shows it, in the language's notation: accuracy as a percentage, loss
 * with 4 significant digits. */
export function formatMeasure(measure: MeasureName, value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (measure === 'accuracy') return formatPercent(value, 1);
  if (measure === 'r2') return formatFixed(value, 3);
  return formatNumber(value);
}

/** A plain number with at most 4 significant digits, without trailing zeros, in the language's
 * notation (0.0123 / 0,0123, 1.2e-5 / 1,2e-5). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return formatMeasure('loss', value);
  if (value !== 0 && Math.abs(value) < 1e-4) return formatScientific(value, 1);
  return formatSignificant(value, 4);
}

/** One part's measures, as present. */
export interface PartMetrics {
  part: DataPart;
  values: { measure: MeasureName; label: string; text: string; value: number }[];
}

/** The parts that have any metric, train first, each with its measures in order. */
export function partMetrics(metrics: Record<string, number> | null): PartMetrics[] {
  if (!metrics) return [];
  const out: PartMetrics[] = [];
  for (const part of DATA_PARTS) {
    const values = MEASURES.flatMap((measure) => {
      const value = metrics[metricKey(part, measure)];
      return typeof value === 'number'
        ? [{ measure, label: measureLabel(measure), text: formatMeasure(measure, value), value }]
        : [];
    });
    if (values.length > 0) out.push({ part, values });
  }
  return out;
}

/** A duration in milliseconds as "850 ms", "12.3 s" (12,3 s), "4 min 05 s", "1 h 02 min". */
export function formatDuration(millis: number): string {
  if (!Number.isFinite(millis) || millis < 0) return '—';
  if (millis < 1000) return `${Math.round(millis)} ms`;
  const seconds = millis / 1000;
  if (seconds < 60) return `${formatFixed(seconds, 1)} s`;
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
