/** The figure kinds of the choosing-a-topology lab: topologies tried side by side, early stopping. */
import { z } from 'zod';
import { figureKind } from './figure-kind';
import { generated, int, list, num, oneOf, record, seed, shaped } from './fields';
import { labQuestion } from './question';
import { said, type SetupIssueId } from './setup-issues';

/** A built-in 2-D generator whose `count` keeps the runs short. */
const smallData = (max: number, why: string, id: SetupIssueId) =>
  generated().superRefine((d, ctx) => {
    const count = (d?.params as Record<string, unknown> | undefined)?.count;
    if (!(typeof count === 'number' && count >= 10 && count <= max))
      ctx.addIssue({
        code: 'custom',
        path: ['params', 'count'],
        ...said(id, `must be 10 to ${max} points (${why})`, { max }),
      });
  });

const fraction = () => num(0.05, 0.95);
const addsUpToOne = (parts: number[]) => Math.abs(parts.reduce((a, b) => a + b, 0) - 1) <= 1e-6;

/** hidden layer sizes of a topology, e.g. [8, 8] */
const hiddenLayers = shaped<number[]>(
  (h) =>
    Array.isArray(h) &&
    h.length >= 1 &&
    h.length <= 3 &&
    h.every((u) => Number.isInteger(u) && u >= 1 && u <= 64),
  { error: 'must be 1 to 3 hidden layer sizes, each 1 to 64 units', params: { id: 'hiddenSizes' } },
);

const activation = () => oneOf(['tanh', 'relu', 'sigmoid']);

const topologyTrials = record({
  /** a built-in generator with 2 inputs and two classes, as datasets:generate takes it */
  dataset: smallData(1000, 'the runs should stay short', 'pointsShortRuns'),
  split: record({
    train: fraction(),
    validation: fraction(),
    test: fraction(),
    seed: seed(),
  }).refine((s) => addsUpToOne([s.train, s.validation, s.test]), {
    error: 'must be { train, validation, test, seed }, each part above 0, adding up to 1',
    params: { id: 'split3' },
  }),
  /** hidden layer sizes of each topology tried, e.g. [[1], [4], [8, 8]] */
  topologies: list(hiddenLayers, 2, 4),
  activation: activation(),
  learningRate: num(1e-5, 10),
  batchSize: int(1, 1000),
  /** the most epochs of a run; early stopping usually ends it sooner */
  epochs: int(1, 500),
  /** early stopping: epochs without a better validation loss before stopping */
  patience: int(1, 100),
  seed: seed(),
  /** a question asked beside the figure (why the test set may not choose) */
  question: labQuestion.optional(),
});

const earlyStopping = record({
  /** a built-in generator with 2 inputs and two classes */
  dataset: smallData(200, 'it trains in the app', 'pointsInApp'),
  /** fractions for training and validation (they add up to 1), and the split's seed */
  split: record({ train: fraction(), validation: fraction(), seed: seed() }).refine(
    (s) => addsUpToOne([s.train, s.validation]),
    { error: 'must be { train, validation, seed } adding up to 1', params: { id: 'split2' } },
  ),
  hidden: hiddenLayers,
  activation: activation(),
  learningRate: num(1e-5, 10),
  /** the most epochs; the curves show all of them */
  epochs: int(10, 500),
  /** the patience the figure starts with */
  patience: int(1, 100),
  seed: seed(),
});

export const TOPOLOGY_FIGURES = {
  'topology-trials': figureKind('Choosing a topology', ['patience'], topologyTrials),
  'early-stopping': figureKind(
    'Early stopping on a run that overfits',
    ['patience'],
    earlyStopping,
  ),
};

export type TopologyTrialsSetup = z.infer<typeof topologyTrials>;
export type EarlyStoppingSetup = z.infer<typeof earlyStopping>;
