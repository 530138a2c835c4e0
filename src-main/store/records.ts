/**
 * The shapes the store reads and writes. Plain data: they cross to the renderer through
 * the contract as they are (typed arrays aside, which structured clone keeps).
 */
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';

/** Every status a run can have; the database refuses any other (CHECK constraint). */
export const RUN_STATUSES = [
  'queued',
  'running',
  'paused',
  'done',
  'stopped',
  'failed',
  'crashed',
] as const;

/** Where a run is in its life. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/** One column of an imported table and what the network does with it. */
export interface DatasetColumn {
  name: string;
  type: 'numeric' | 'categorical';
  role: 'input' | 'target' | 'ignored';
  /** the values of a categorical column, in encoding order */
  categories?: string[];
}

/** How the rows are divided (fractions add up to 1); the same seed gives the same parts. */
export interface DatasetSplit {
  train: number;
  validation: number;
  test: number;
  stratified?: boolean;
  seed?: number;
}

/** A dataset as it is given to the store. */
export interface DatasetInput {
  name: string;
  /** where it came from: `builtin:xor`, a file path, … */
  source: string;
  columns: DatasetColumn[];
  task: 'classification' | 'regression';
  rowCount: number;
  split: DatasetSplit;
  /** inputs: [rowCount, inputs] */
  x: Float32Array;
  /** targets: [rowCount, outputs] */
  y: Float32Array;
  /** class index of each row, for classification: [rowCount] */
  labels?: Int32Array;
}

/** A stored dataset without its arrays (for lists). */
export interface DatasetSummary extends Omit<DatasetInput, 'x' | 'y' | 'labels'> {
  id: number;
  hash: string;
  createdAt: number;
}

/** A stored dataset with its arrays. */
export interface DatasetRecord extends DatasetSummary {
  x: Float32Array;
  y: Float32Array;
  labels?: Int32Array;
}

/** A named network design. */
export interface DesignRecord {
  id: number;
  name: string;
  spec: NetworkSpec;
  createdAt: number;
  updatedAt: number;
}

/** Everything needed to run an experiment again and get the same numbers. */
export interface ExperimentConfig {
  spec: NetworkSpec;
  training: TrainConfig;
  /** the seed of the weights' initialisation (shuffling has its own in `training.seed`) */
  seed: number;
  /** content hash of the dataset, checked against `dataset_id` when the run is created */
  datasetHash: string;
  appVersion: string;
  /** how inputs were scaled before training */
  normalize?: 'standard' | 'minmax' | 'none';
  /** how the rows were divided, when not the dataset's own split */
  split?: DatasetSplit;
}

/** Final numbers of a run, by name (`loss`, `validationAccuracy`, `testLoss`, `r2`, …). */
export type FinalMetrics = Record<string, number>;

/** One experiment as stored. Times are milliseconds since 1970. */
export interface ExperimentRecord {
  id: number;
  name: string;
  datasetId: number;
  designId: number | null;
  config: ExperimentConfig;
  status: RunStatus;
  reason: string | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  epochsDone: number;
  finalMetrics: FinalMetrics | null;
  notes: string;
  tags: string[];
}

/** One experiment in a list, with the names of its dataset and design. */
export interface ExperimentSummary extends Omit<ExperimentRecord, 'config'> {
  datasetName: string;
  designName: string | null;
}

/** A run's per-epoch metrics as parallel columns in epoch order (what a chart takes, and
 * cheap to send to the renderer). NaN marks a metric the run did not measure at that epoch. */
export interface MetricCurves {
  epoch: Float64Array;
  step: Float64Array;
  loss: Float64Array;
  accuracy: Float64Array;
  validationLoss: Float64Array;
  validationAccuracy: Float64Array;
  learningRate: Float64Array;
  millis: Float64Array;
}
