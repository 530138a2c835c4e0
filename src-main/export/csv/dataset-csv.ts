import { splitDataset } from '../../../src-engine/data/split';
import type { DatasetRecord } from '../../store/records';
import { toEngineDataset } from '../../services/prepare-data';
import { csvText } from './csv-cell';

/**
 * A stored dataset as CSV: the inputs as the network sees them (a categorical input one
 * column per category, named `colour=red`), then the target (the class name for
 * classification, the target columns for regression), then the `part` each row belongs to
 * under the dataset's own split (the same seeded split a run uses).
 */
export function datasetCsv(record: DatasetRecord): string {
  const dataset = toEngineDataset(record);
  const { m, inputs, outputs } = dataset;
  const part = new Array<string>(m).fill('train');
  if (m > 0) {
    const split = record.split;
    const { indices } = splitDataset(dataset, {
      train: split.train,
      validation: split.validation,
      test: split.test,
      stratified: split.stratified ?? dataset.task === 'classification',
      seed: split.seed ?? 1,
    });
    for (const name of ['train', 'validation', 'test'] as const)
      for (const i of indices[name]) part[i] = name;
  }
  const classes = dataset.classNames;
  const labels = dataset.labels;
  const target = record.columns.find((c) => c.role === 'target')?.name ?? 'class';
  const header = [
    ...dataset.featureNames,
    ...(classes && labels ? [target] : dataset.targetNames),
    'part',
  ];
  const rows: Array<Array<string | number>> = [header];
  for (let r = 0; r < m; r++) {
    const row: Array<string | number> = Array.from(
      dataset.x.subarray(r * inputs, (r + 1) * inputs),
    );
    if (classes && labels) row.push(classes[labels[r]] ?? labels[r]);
    else row.push(...Array.from(dataset.y.subarray(r * outputs, (r + 1) * outputs)));
    row.push(part[r]);
    rows.push(row);
  }
  return csvText(rows);
}
