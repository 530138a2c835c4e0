/** Request schemas of the `runs:*` calls. */
import { id, integer, name, number, object, oneOf, positive, split, flag } from './common';
import { networkSpec, trainConfig } from './network';

/** A rectangle of the input plane, not empty. */
const box = () =>
  object({
    xMin: number(-1e9, 1e9),
    xMax: number(-1e9, 1e9),
    yMin: number(-1e9, 1e9),
    yMax: number(-1e9, 1e9),
  }).refine((b) => b.xMax > b.xMin && b.yMax > b.yMin, {
    error: 'expected a box with xMax > xMin and yMax > yMin',
  });

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
    name: name().optional(),
  }),
  'runs:control': object({
    experimentId: id(),
    action: oneOf(['pause', 'resume', 'stop', 'step-batch', 'step-epoch']),
  }),
  'runs:setLearningRate': object({ experimentId: id(), rate: positive(100) }),
  'runs:watch': object({
    experimentId: id(),
    /** snapshots a second; 0 stops them */
    perSecond: number(0, 10),
    surface: object({ box: box(), n: integer(2, 200), withHidden: flag() }).optional(),
  }),
  /** continues a crashed or stopped run from its last checkpoint */
  'runs:resume': object({ experimentId: id() }),
  /** runs an experiment again from its stored config, as a new experiment */
  'runs:rerun': object({ experimentId: id() }),
};
