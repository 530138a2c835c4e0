import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';
import type { DatasetSplit, ExperimentConfig } from '../store/records';
import type { WatchRequest } from '../training/protocol';

/** What a person (or the command line) asks for when starting a run. */
export interface StartRun {
  datasetId: number;
  spec: NetworkSpec;
  training: TrainConfig;
  /** seed of the initial weights */
  seed: number;
  normalize?: ExperimentConfig['normalize'];
  /** overrides the dataset's own split */
  split?: DatasetSplit;
  /** 2-input data only: derived inputs (x², y², x·y, sin x, sin y) appended to the two, in
   * this order; the spec's inputs count them */
  derived?: DerivedFeature[];
  name?: string;
  /** without `name`: the automatic name in the interface's language, numbered when taken */
  autoName?: string;
  designId?: number | null;
  /** start from this experiment's trained model instead of fresh weights: the spec must be
   * the model's and `derived` its run's; the inputs are scaled with the model's own
   * normalisation (so `normalize` is not used) */
  fromExperiment?: number;
  /** what a view watches from the first epoch on (so that no snapshot is missed) */
  watch?: WatchRequest;
  /** start paused, to step from the very first batch */
  startPaused?: boolean;
  /** epochs a second at most (absent or null: as fast as possible) */
  epochsPerSecond?: number | null;
}

export type RunAction = 'pause' | 'resume' | 'stop' | 'step-batch' | 'step-epoch';
