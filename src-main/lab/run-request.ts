/** What a run is asked to be: the request to start one, and the errors it can meet. */
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';
import type { DatasetRecord, DatasetSplit, ExperimentConfig } from '../store/records';
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

/** A run that cannot be started or controlled as asked, for a reason a person can fix. */
export class RunRequestError extends Error {
  override readonly name = 'RunRequestError';
  constructor(
    readonly code: 'not-found' | 'invalid' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

export type RunAction = 'pause' | 'resume' | 'stop' | 'step-batch' | 'step-epoch';

/** @throws RunRequestError when derived inputs are repeated or the data is not 2-D */
export function checkDerived(
  derived: readonly DerivedFeature[],
  inputs: number,
  dataset: string,
): void {
  if (derived.length === 0) return;
  const twice = derived.find((f, i) => derived.indexOf(f) !== i);
  if (twice) throw new RunRequestError('invalid', `derived input '${twice}' is listed twice`);
  if (inputs !== 2) {
    throw new RunRequestError(
      'invalid',
      `derived inputs (${derived.join(', ')}) need data with exactly 2 inputs; dataset '${dataset}' has ${inputs}`,
    );
  }
}

/** Inputs a row of the dataset has, before any derived ones. */
export function rawInputs(dataset: DatasetRecord): number {
  return dataset.rowCount > 0 ? dataset.x.length / dataset.rowCount : 0;
}

export function describeSpec(spec: NetworkSpec): string {
  return [spec.inputs, ...spec.layers.map((l) => l.units)].join('-');
}
