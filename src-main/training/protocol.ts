import type { EngineProblem } from '../../src-engine/core/engine-error';
import type { DType, FloatArray } from '../../src-engine/core/float-array';
import type { KernelPlan } from '../../src-engine/kernels/kernel-plan';
import type { Weights } from '../../src-engine/network/network';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { ModelExtras, ModelFile } from '../../src-engine/serialize/model-format';
import type { Box } from '../../src-engine/surface/grid';
import type { TrainerCheckpoint } from '../../src-engine/train/checkpoint';
import type { TrainConfig, TrainingData } from '../../src-engine/train/config';
import type { BatchReport, EpochReport, TrainStatus } from '../../src-engine/train/reports';
import type {
  CommandRefusal,
  LiveSettings,
  RunCommand,
  RunPosition,
} from '../../src-engine/train/run-commands';
import type { WireSurface } from '../contract/snapshot-codec';
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
  /** write a checkpoint every this many epochs (default 10; the last epoch always), but not
   * more often than every checkpointMinMillis (default 1000: a fast run would spend its time
   * writing checkpoints) */
  checkpointEvery?: number;
  checkpointMinMillis?: number;
  /** 2-D data: how the two raw inputs become the network's inputs (derived columns,
   * scaling), so that the decision surface is drawn over the two in their raw units */
  inputFeatures?: InputFeatures;
  /** start paused, to step from the very first batch */
  startPaused?: boolean;
  /** epochs a second at most (absent or null: as fast as possible) */
  epochsPerSecond?: number | null;
}

/** What a view wants to watch while the run trains. */
export interface WatchRequest {
  /** snapshots a second (0 stops them; at most MAX_SNAPSHOTS_PER_SECOND) */
  perSecond: number;
  /**
   * For 2-D data: the decision surface over this box, in the data's raw units (each grid point
   * goes through the run's own input pipeline — derived inputs, scaling — as its training rows
   * did), n × n cells for the outputs and hiddenN × hiddenN for each hidden unit's map.
   */
  surface?: { box: Box; n: number; withHidden: boolean; hiddenN?: number };
}

/** The most snapshots a second a view may ask for. */
export const MAX_SNAPSHOTS_PER_SECOND = 60;

/** A model's outputs on each part of a run's data, [rows, outputs]. */
export type PartOutputs = Partial<Record<'train' | 'validation' | 'test', FloatArray>>;

export type ToTrainer =
  | { type: 'start'; run: RunRequest }
  | { type: 'command'; command: RunCommand }
  | { type: 'watch'; watch: WatchRequest }
  /** a progress message has been handled: the trainer may send another (see worker-control) */
  | { type: 'ack' };

/** A live picture of the run for views. */
export interface Snapshot {
  epoch: number;
  /** batches finished in the current epoch, of batchesPerEpoch */
  batch: number;
  batchesPerEpoch: number;
  step: number;
  /** a big network's keeps each layer's first units only (see snapshot-weights.ts) */
  weights: { W: number[][][]; b: number[][] };
  surface?: WireSurface;
}

/** How a trainer process ended, as its supervisor saw it. */
export interface TrainerExit {
  /** crashed: a non-zero exit or a fatal signal; killed: ended by a signal from outside;
   * oom: out of memory; hung: silent too long, so ended by the supervisor; clean: exit 0 */
  kind: 'clean' | 'crashed' | 'killed' | 'oom' | 'hung';
  code: number | null;
  signal: string | null;
}

/** What a state message says beside the state: the supervisor's listeners get it as is. */
export type StateDetail = Omit<Extract<FromTrainer, { type: 'state' }>, 'type' | 'state'>;

export type FromTrainer =
  | { type: 'ready'; pid: number }
  /** the run started, paused or resumed; settings as it now uses them; a pause asked for
   * says how many batches were trained after the request reached the trainer */
  | {
      type: 'state';
      state: 'running' | 'paused';
      at: RunPosition;
      settings: LiveSettings;
      batchesAfterRequest?: number;
      /** the kernels the run's layers use (with the reason when WebAssembly is missing) */
      kernels?: KernelPlan;
    }
  /** a step asked for while paused is done */
  | { type: 'stepped'; at: RunPosition }
  | { type: 'settings'; settings: LiveSettings }
  /** something the run could not do, in English (for the log); for a command (a setting a
   * person changed), what was asked, the engine's reason and the settings still in effect */
  | { type: 'refused'; reason: string; refusal?: CommandRefusal }
  /** `at`: the trainer's clock (ms since the epoch) when the newest report in it was made */
  | { type: 'progress'; epochs: EpochReport[]; batch: BatchReport | null; at: number }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'checkpoint'; epoch: number; checkpoint: TrainerCheckpoint }
  | { type: 'heartbeat' }
  | {
      type: 'done';
      status: TrainStatus;
      reason?: string;
      /** the reason as the engine's code and values, for a translation */
      ending?: EngineProblem;
      epochs: number;
      steps: number;
      bestEpoch?: number;
      model: ModelFile;
      /** the final model's outputs on every row of each non-empty part, [rows, outputs]:
       * the run is judged from them where the model already is, off the main thread */
      predictions?: PartOutputs;
    }
  /** oom: the training thread ran out of memory (the process itself lives on) */
  | {
      type: 'failed';
      reason: string;
      oom?: boolean;
      /** the reason as the engine's code and values, when the engine refused (bad data) */
      ending?: EngineProblem;
    };
