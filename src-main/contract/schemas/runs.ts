/** Request schemas of the `runs:*` calls. */
import { id, integer, name, number, object, oneOf, positive, split, flag } from './common';
import { DERIVED_FEATURES, type DerivedFeature } from '../../../src-engine/data/derived-features';
import { list } from './common';
import { worded } from './request-words';
import { networkSpec, trainConfig } from './network';

/** A rectangle of the input plane, not empty. */
const box = () =>
  object({
    xMin: number(-1e9, 1e9),
    xMax: number(-1e9, 1e9),
    yMin: number(-1e9, 1e9),
    yMax: number(-1e9, 1e9),
  }).refine((b) => b.xMax > b.xMin && b.yMax > b.yMin, {
    error: worded('expected a box with xMax > xMin and yMax > yMin', 'box'),
  });

/** What a view watches of a run: snapshots a second and, for 2-D data, the surface's box in
 * the data's raw units with its grid sizes. */
const watch = () => ({
  /** snapshots a second; 0 stops them */
  perSecond: number(0, 60),
  surface: object({
    box: box(),
    n: integer(2, 200),
    withHidden: flag(),
    /** cells per side of each hidden unit's map (default 40, at most n) */
    hiddenN: integer(2, 200).optional(),
  }).optional(),
});

/** Epochs a second at most; left out, as fast as the machine allows. */
const pace = () => number(0.01, 100_000).optional();

export const runCalls = {
  'runs:start': object({
    datasetId: id(),
    /** the design the spec came from, if any */
    designId: id().nullable().optional(),
    spec: networkSpec(),
    training: trainConfig(),
    /** seed of the initial weights */
    seed: integer(0, 0xffff_ffff),
    normalize: oneOf(['standard', 'minmax', 'none']).optional(),
    /** overrides the dataset's own split */
    split: split().optional(),
    /** 2-D data only: inputs computed from the two (x², y², x·y, sin x, sin y), as in
     * TensorFlow Playground, after x and y — or, naming x or y, the whole input list; the
     * spec's inputs count them */
    derived: list(oneOf(DERIVED_FEATURES as [DerivedFeature, ...DerivedFeature[]]), 7).optional(),
    name: name().optional(),
    /** without `name`: the automatic name as the interface writes it in its reader's language
     * ("Espiral (…) 2-8-1 · SGD, tasa 0,03"); main numbers it when taken, as its own */
    autoName: name().optional(),
    /** start from this experiment's trained model (same network, same derived inputs)
     * instead of fresh weights; its normalisation is used, so `normalize` is not */
    fromExperiment: id().optional(),
    /** what to watch from the first epoch on (so that no snapshot or event is missed) */
    watch: object(watch()).optional(),
    /** start paused, to step from the very first batch */
    startPaused: flag().optional(),
    epochsPerSecond: pace(),
  }),
  'runs:control': object({
    experimentId: id(),
    action: oneOf(['pause', 'resume', 'stop', 'step-batch', 'step-epoch']),
  }),
  'runs:setLearningRate': object({ experimentId: id(), rate: positive(100) }),
  'runs:setPace': object({ experimentId: id(), epochsPerSecond: pace() }),
  /** on: go on past the planned epochs until stopped */
  'runs:keepRunning': object({ experimentId: id(), on: flag() }),
  'runs:watch': object({ experimentId: id(), ...watch() }),
  /** continues a crashed or stopped run from its last checkpoint */
  'runs:resume': object({ experimentId: id() }),
  /** runs an experiment again from its stored config, as a new experiment */
  'runs:rerun': object({ experimentId: id() }),
};
