import type { DType } from '../../src-engine/core/float-array';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { ModelExtras, ModelFile } from '../../src-engine/serialize/model-format';
import type { Box } from '../../src-engine/surface/grid';
import type { TrainerCheckpoint } from '../../src-engine/train/checkpoint';
import type { TrainConfig, TrainingData } from '../../src-engine/train/config';
import type { BatchReport, EpochReport, TrainStatus } from '../../src-engine/train/reports';

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
  /** continue from here instead of from fresh weights */
  checkpoint?: TrainerCheckpoint;
  /** carried into the final model file */
  modelExtras?: ModelExtras;
  /** write a checkpoint every this many epochs (default 10; the last epoch always) */
  checkpointEvery?: number;
}

/** What a view wants to watch while the run trains. */
export interface WatchRequest {
  /** snapshots a second (0 stops them; at most 10) */
  perSecond: number;
  /** for networks with 2 inputs: the decision surface over this box */
  surface?: { box: Box; n: number; withHidden: boolean };
}

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
    }
  | { type: 'failed'; reason: string };
