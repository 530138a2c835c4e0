import type { DType, FloatArray } from '../../src-engine/core/float-array';
import type { Weights } from '../../src-engine/network/network';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { ModelExtras, ModelFile } from '../../src-engine/serialize/model-format';
import type { Box } from '../../src-engine/surface/grid';
import type { TrainerCheckpoint } from '../../src-engine/train/checkpoint';
import type { TrainConfig, TrainingData } from '../../src-engine/train/config';
import type { BatchReport, EpochReport, TrainStatus } from '../../src-engine/train/reports';
import type { InputFeatures } from './surface-features';

/**
 * The messages between the supervisor and a trainer process, the same over Electron's
 * utilityProcess and child_process.fork (both carry typed arrays by structured clone).
 */

/** Everything a trainer needs to run (or continue) one experiment. */
export interface RunRequest {
  runId: string;
  spec: NetworkSpec;
  dtype: DType;
  /** seed of the initial weights */
  initSeed: number;
  config: TrainConfig;
  train: TrainingData;
  validation?: TrainingData;
  /** the test part, which the trainer never trains on: it only judges the final model on it */
  test?: TrainingData;
  /** start from these weights (a trained model carried on) instead of seeded fresh ones */
  initialWeights?: Weights;
  /** continue from here instead of from fresh weights */
  checkpoint?: TrainerCheckpoint;
  /** carried into the final model file */
  modelExtras?: ModelExtras;
  /** write a checkpoint every this many epochs (default 10; the last epoch always) */
  checkpointEvery?: number;
  /** 2-D data with derived inputs: how the two raw inputs became the network's inputs, so
   * that the decision surface can still be drawn over the two */
  inputFeatures?: InputFeatures;
}

/** What a view wants to watch while the run trains. */
export interface WatchRequest {
  /** snapshots a second (0 stops them; at most 10) */
  perSecond: number;
  /**
   * For 2-D data: the decision surface over this box. The box is in the coordinates of the
   * network's first two inputs, i.e. the data's two inputs as the run scaled them (the
   * renderer scales its plotted points the same way), or raw when the run does not scale.
   * With derived inputs (x², sin x, …) each grid point is mapped as the training rows were
   * (see surfaceFeatureMap), so the surface is still a picture over those two coordinates.
   */
  surface?: { box: Box; n: number; withHidden: boolean };
}

/** A model's outputs on each part of a run's data, [rows, outputs]. */
export type PartOutputs = Partial<Record<'train' | 'validation' | 'test', FloatArray>>;

export type ToTrainer =
  | { type: 'start'; run: RunRequest }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'step'; kind: 'batch' | 'epoch' }
  | { type: 'stop' }
  | { type: 'set'; learningRate: number }
  | { type: 'watch'; watch: WatchRequest };

/** A live picture of the run for views. */
export interface Snapshot {
  epoch: number;
  step: number;
  /** a big network's keeps each layer's first units only (see snapshot-weights.ts) */
  weights: { W: number[][][]; b: number[][] };
  /** outputs over the grid, [n², outputs], and per hidden unit [layer][unit] of [n²] */
  surface?: {
    n: number;
    box: Box;
    outputs: number;
    output: Float32Array;
    hidden?: Float32Array[][];
  };
}

export type FromTrainer =
  | { type: 'ready'; pid: number }
  | { type: 'status'; status: TrainStatus; reason?: string }
  | { type: 'progress'; epochs: EpochReport[]; batch: BatchReport | null }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'checkpoint'; epoch: number; checkpoint: TrainerCheckpoint }
  | { type: 'heartbeat' }
  | {
      type: 'done';
      status: TrainStatus;
      reason?: string;
      epochs: number;
      steps: number;
      bestEpoch?: number;
      model: ModelFile;
      /** the final model's outputs on every row of each non-empty part, [rows, outputs]:
       * the run is judged from them where the model already is, off the main thread */
      predictions?: PartOutputs;
    }
  | { type: 'failed'; reason: string };
