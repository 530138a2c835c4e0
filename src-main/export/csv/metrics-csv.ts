import type { MetricCurves } from '../../store/records';
import { csvText } from './csv-cell';

const COLUMNS: Array<[keyof MetricCurves, string]> = [
  ['epoch', 'epoch'],
  ['step', 'step'],
  ['loss', 'loss'],
  ['accuracy', 'accuracy'],
  ['validationLoss', 'validation_loss'],
  ['validationAccuracy', 'validation_accuracy'],
  ['learningRate', 'learning_rate'],
  ['millis', 'milliseconds'],
];

/** A run's per-epoch metrics as CSV, one row per epoch; a metric the run did not measure
 * (NaN) is an empty cell. */
export function metricsCsv(curves: MetricCurves): string {
  const rows: Array<Array<string | number>> = [COLUMNS.map(([, name]) => name)];
  for (let i = 0; i < curves.epoch.length; i++) rows.push(COLUMNS.map(([key]) => curves[key][i]));
  return csvText(rows);
}
