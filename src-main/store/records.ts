/**
 * The shapes the store reads and writes. Plain data: they cross to the renderer through
 * the contract as they are (typed arrays aside, which structured clone keeps).
 */
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { Scaler } from '../../src-engine/data/scaling';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';

export { RUN_STATUSES, type RunStatus } from '../contract/run-status';
import type { RunStatus } from '../contract/run-status';
import type { ColumnRole } from '../contract/column-role';
import type { ErrorDetail } from '../contract/result';

/** One column of an imported table and what the network does with it. */
export interface DatasetColumn {
  name: string;
  type: 'numeric' | 'categorical';
  role: ColumnRole;
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

/** What main made a dataset's name from when it chose the name itself: the built-in and the
 * parameters asked for (builtin-data/generated-name.ts gives its English). */
export interface GeneratedName {
  builtin: string;
  params: Record<string, number>;
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
  /** generated data: the built-in generator and the parameters it was drawn with */
  generator?: { name: string; params: Record<string, number> };
  /** present only while `name` is the one main chose (an interface then says it in its own
   * language); a name a person, a lesson or a file gave has none, even when it reads the same */
  nameFrom?: GeneratedName;
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

/** The single-unit models of the lecture, which a design can be instead of a network. */
export type UnitModel = 'mcculloch-pitts' | 'perceptron' | 'adaline' | 'madaline';

/**
 * A single-unit design's own settings. Its `spec` stays the nearest dense network (one unit;
 * MADALINE: a hidden layer of Adalines), so lists and previews can treat every design alike.
 */
export interface UnitDesign {
  model: UnitModel;
  /** perceptron, Adaline, MADALINE: α and the most epochs of training */
  learningRate?: number;
  epochs?: number;
  /** perceptron and Adaline: targets as 0/1 or −1/+1 */
  coding?: 'binary' | 'bipolar';
  /** McCulloch–Pitts: the threshold, which inputs inhibit, and how */
  threshold?: number;
  inhibitory?: number[];
  inhibition?: 'weighted' | 'absolute';
  /** MADALINE: Adalines in the hidden layer and the fixed output logic */
  units?: number;
  logic?: 'and' | 'or' | 'majority';
}

/** A named network design. */
export interface DesignRecord {
  id: number;
  name: string;
  spec: NetworkSpec;
  /** present for single-unit designs */
  unit?: UnitDesign;
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
  /** 2-D data: derived inputs appended to the two, in this order */
  derived?: DerivedFeature[];
  /** the experiment whose trained model gave this run its initial weights (runs:start with
   * fromExperiment); the seed is then unused */
  continuesFrom?: number;
  /** the input scaling taken over from that model (one column per network input), used as
   * it is instead of a scaler fitted on this run's training part; absent: none */
  scaling?: Scaler;
  /** the model file this experiment was imported from (models:import): it was not trained
   * here, and its `training` is the file's or the defaults */
  importedFrom?: string;
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
  /** why the run ended, in English (the command line's and the logs' words) */
  reason: string | null;
  /** the same as the engine's message id and values, for a view to say in its reader's
   * language; absent for runs ended by versions before schema 7 and for reasons the engine
   * gave no code (those show `reason` as it is) */
  reasonDetail?: ErrorDetail;
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
  /** the dataset's `nameFrom`: present while main chose its name, which an interface then
   * says in its reader's language (the stored name is English) */
  datasetNameFrom?: GeneratedName;
  designName: string | null;
  /** the settings a list shows beside the name (runs are told apart by them first) */
  training?: Pick<TrainConfig, 'optimizer' | 'learningRate' | 'batchSize'>;
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

/** A lab document (contract/lab-document/lab-document.ts), kept as the JSON it came as: it
 * was checked against that schema before it was stored (lessons/json-document.ts). */
export interface LabDocument {
  id: string;
  title: string;
  order: number;
  [field: string]: unknown;
}

/** A teacher's own lab, stored in the database. */
export interface UserLabRecord {
  id: number;
  /** the document's own id (unique among user labs) */
  labId: string;
  /** the built-in lab it was made from, or null */
  basedOn: string | null;
  title: string;
  document: LabDocument;
  createdAt: number;
  updatedAt: number;
}

/** A student's progress in one lab. */
export interface LabProgress {
  /** ids of the tasks done, in id order */
  done: string[];
  /** task id → the student's last answer, as JSON text */
  answers: Record<string, string>;
  /** when anything in this lab last changed */
  updatedAt: number;
}
