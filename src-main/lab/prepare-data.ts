import type { Dataset } from '../../src-engine/data/dataset';
import type { Scaler } from '../../src-engine/data/scaling';
import { fitInputScaler, scaleInputs } from '../../src-engine/data/scaling';
import { splitDataset } from '../../src-engine/data/split';
import type {
  DatasetColumn,
  DatasetRecord,
  DatasetSplit,
  ExperimentConfig,
} from '../store/records';

/** A stored dataset made ready for a run: split, and scaled by a scaler fitted on the
 * training part only. */
export interface PreparedData {
  train: Dataset;
  validation: Dataset;
  test: Dataset;
  scaler: Scaler | null;
  featureNames: string[];
  targetNames: string[];
  classNames?: string[];
}

/** The engine's view of a stored dataset: the encoded feature names are derived from the
 * columns (a categorical input `colour` becomes `colour=red`, `colour=blue`, …). */
export function toEngineDataset(record: DatasetRecord): Dataset {
  const m = record.rowCount;
  const inputs = m > 0 ? record.x.length / m : 0;
  const outputs = m > 0 ? record.y.length / m : 0;
  const target = record.columns.find((c) => c.role === 'target');
  const derived = record.columns.filter((c) => c.role === 'input').flatMap(featureNamesOf);
  const featureNames =
    derived.length === inputs ? derived : Array.from({ length: inputs }, (_, i) => `x${i + 1}`);
  const classNames =
    record.task === 'classification' ? (target?.categories ?? classNamesFor(outputs)) : undefined;
  const targetNames =
    record.task === 'classification' && outputs > 1 && classNames
      ? classNames
      : Array.from({ length: outputs }, (_, i) =>
          outputs === 1 ? (target?.name ?? 'y') : `y${i + 1}`,
        );
  return {
    x: record.x,
    y: record.y,
    m,
    inputs,
    outputs,
    task: record.task,
    featureNames,
    targetNames,
    classNames,
    labels: record.labels,
  };
}

/**
 * Splits a dataset (seeded; stratified for classification unless the split says otherwise)
 * and scales its inputs as the experiment asks.
 * @throws if the split fractions are invalid
 */
export function prepareData(
  record: DatasetRecord,
  split: DatasetSplit,
  normalize: ExperimentConfig['normalize'],
): PreparedData {
  const dataset = toEngineDataset(record);
  const parts = splitDataset(dataset, {
    train: split.train,
    validation: split.validation,
    test: split.test,
    stratified: split.stratified ?? dataset.task === 'classification',
    seed: split.seed ?? 1,
  });
  const kind = normalize === 'standard' ? 'standard' : normalize === 'minmax' ? 'min-max' : null;
  const scaler = kind && parts.train.m > 0 ? fitInputScaler(kind, parts.train) : null;
  const scale = (d: Dataset) => (scaler && d.m > 0 ? scaleInputs(d, scaler) : d);
  return {
    train: scale(parts.train),
    validation: scale(parts.validation),
    test: scale(parts.test),
    scaler,
    featureNames: dataset.featureNames,
    targetNames: dataset.targetNames,
    classNames: dataset.classNames,
  };
}

function featureNamesOf(column: DatasetColumn): string[] {
  if (column.type === 'categorical' && column.categories)
    return column.categories.map((c) => `${column.name}=${c}`);
  return [column.name];
}

function classNamesFor(outputs: number): string[] {
  return Array.from({ length: Math.max(2, outputs) }, (_, i) => String(i));
}
