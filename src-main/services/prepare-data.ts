import type { Dataset } from '../../src-engine/data/dataset';
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import { withDerivedFeatures } from '../../src-engine/data/derived-features';
import type { Scaler } from '../../src-engine/data/scaling';
import { fitInputScaler, scaleInputs } from '../../src-engine/data/scaling';
import { splitDataset } from '../../src-engine/data/split';
import { withTwoClassColumns } from '../../src-engine/data/two-class-columns';
import type {
  DatasetColumn,
  DatasetRecord,
  DatasetSplit,
  ExperimentConfig,
} from '../store/records';

/** The three parts of a run's data. */
export interface DataParts {
  train: Dataset;
  validation: Dataset;
  test: Dataset;
}

/**
 * A stored dataset made ready for a run: split, derived inputs appended, and scaled by a
 * scaler fitted on the training part only. The parts are what the network sees; `raw` holds
 * the same rows as the dataset stores them (no derived columns, unscaled).
 */
export interface PreparedData extends DataParts {
  raw: DataParts;
  /** fitted on the training part's inputs after derivation: one column per network input */
  scaler: Scaler | null;
  /** the network's inputs: the dataset's features, then the derived ones ('x1²', …) */
  featureNames: string[];
  targetNames: string[];
  classNames?: string[];
  derived: DerivedFeature[];
}

/** The engine's view of a stored dataset: the encoded feature names are derived from the
 * columns (a categorical input `colour` becomes `colour=red`, `colour=blue`, …). */
export function toEngineDataset(record: DatasetRecord): Dataset {
  const m = record.rowCount;
  const inputs = m > 0 ? record.x.length / m : 0;
  const outputs = m > 0 ? record.y.length / m : 0;
  return {
    x: record.x,
    y: record.y,
    m,
    inputs,
    outputs,
    task: record.task,
    ...datasetNames(record, inputs, outputs),
    labels: record.labels,
  };
}

/** The names toEngineDataset gives a dataset's features, targets and classes, from its
 * columns and the sizes of a row (without reading its arrays). */
export function datasetNames(
  record: Pick<DatasetRecord, 'columns' | 'task'>,
  inputs: number,
  outputs: number,
): Pick<Dataset, 'featureNames' | 'targetNames' | 'classNames'> {
  const target = record.columns.find((c) => c.role === 'target');
  const encoded = record.columns.filter((c) => c.role === 'input').flatMap(featureNamesOf);
  const featureNames =
    encoded.length === inputs ? encoded : Array.from({ length: inputs }, (_, i) => `x${i + 1}`);
  const classNames =
    record.task === 'classification' ? (target?.categories ?? classNamesFor(outputs)) : undefined;
  const targetNames =
    record.task === 'classification' && outputs > 1 && classNames
      ? classNames
      : Array.from({ length: outputs }, (_, i) =>
          outputs === 1 ? (target?.name ?? 'y') : `y${i + 1}`,
        );
  return { featureNames, targetNames, classNames };
}

/** How a run splits a dataset: its fractions, stratified for classification unless told. */
function splitOptions(split: DatasetSplit, task: Dataset['task']) {
  return {
    train: split.train,
    validation: split.validation,
    test: split.test,
    stratified: split.stratified ?? task === 'classification',
    seed: split.seed ?? 1,
  };
}

/** The part each row falls in when a run splits the dataset so: 0 training, 1 validation,
 * 2 test, [rowCount]. @throws as splitDataset */
export function partsOf(record: DatasetRecord, split: DatasetSplit): Uint8Array {
  const dataset = toEngineDataset(record);
  const { indices } = splitDataset(dataset, splitOptions(split, dataset.task));
  const parts = new Uint8Array(record.rowCount);
  for (const i of indices.validation) parts[i] = 1;
  for (const i of indices.test) parts[i] = 2;
  return parts;
}

/**
 * Splits a dataset (seeded; stratified for classification unless the split says otherwise),
 * appends the derived inputs and scales the inputs as the experiment asks.
 *
 * Derived inputs are computed from the RAW two inputs (as TensorFlow Playground does), and
 * the scaler is then fitted on all columns, derived ones included. So the scaler's first two
 * columns scale the two raw inputs exactly as without derived inputs, and a model file's
 * normalisation has one column per network input.
 * @param derived 2-input data only: extra columns, in this order
 * @param given a scaler to apply instead of fitting one (a model's own normalisation: an
 *   imported model, or a run that continues one, must see its inputs scaled as it learnt
 *   them); null: no scaling. When given, `normalize` is not used.
 * @param outputs the network's output units: 2 for two classes stored as one 0/1 column gives
 *   the targets as two one-hot columns (a softmax output of two units)
 * @throws if the split fractions are invalid, or derived inputs are asked of data that does
 *   not have exactly 2 inputs
 */
export function prepareData(
  record: DatasetRecord,
  split: DatasetSplit,
  normalize: ExperimentConfig['normalize'],
  derived: readonly DerivedFeature[] = [],
  given?: Scaler | null,
  outputs?: number,
): PreparedData {
  const stored = toEngineDataset(record);
  const dataset = outputs === 2 ? withTwoClassColumns(stored) : stored;
  const raw = splitDataset(dataset, splitOptions(split, dataset.task));
  const derive = (d: Dataset) => (derived.length > 0 ? withDerivedFeatures(d, derived) : d);
  const parts = {
    train: derive(raw.train),
    validation: derive(raw.validation),
    test: derive(raw.test),
  };
  const kind = normalize === 'standard' ? 'standard' : normalize === 'minmax' ? 'min-max' : null;
  const scaler =
    given !== undefined
      ? given
      : kind && parts.train.m > 0
        ? fitInputScaler(kind, parts.train)
        : null;
  const scale = (d: Dataset) => (scaler && d.m > 0 ? scaleInputs(d, scaler) : d);
  return {
    train: scale(parts.train),
    validation: scale(parts.validation),
    test: scale(parts.test),
    raw: { train: raw.train, validation: raw.validation, test: raw.test },
    scaler,
    featureNames: parts.train.featureNames,
    targetNames: dataset.targetNames,
    classNames: dataset.classNames,
    derived: [...derived],
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
