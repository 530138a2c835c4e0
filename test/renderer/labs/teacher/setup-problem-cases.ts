// One real way to meet each problem a figure's setup, an "open in" setup or a check's
// parameters name in words of their own (src-main/contract/lab-document/setup-issues.ts): a
// shipped lab broken in one place, where the problem is found, its id and the values it names.
import type { SetupIssueId } from '../../../../src-main/contract/lab-document/setup-issues';

export type Json = Record<string, unknown>;
/** The parts of a shipped lab the cases break. */
export interface Lab {
  activities: { figure: { setup: Json }; task?: { check: Json }; openIn?: Json }[];
}

export interface SetupCase {
  /** the shipped lab's number (resources/labs/NN-*.json) */
  lab: string;
  change: (lab: Lab) => void;
  path: (string | number)[];
  id: SetupIssueId;
  /** values the message names (besides the value received) */
  values?: Record<string, string | number>;
}

const setup = (l: Lab, i: number) => l.activities[i].figure.setup;
const inSetup = (i: number, ...rest: (string | number)[]) => [
  'activities',
  i,
  'figure',
  'setup',
  ...rest,
];
const taskNamed = (l: Lab, i: number) => l.activities[i].figure.setup.tasks as Json[];

export const SETUP_CASES: SetupCase[] = [
  {
    lab: '03',
    change: (l) => (setup(l, 0).weights = [1, 2]),
    path: inSetup(0, 'weights'),
    id: 'weights3',
  },
  {
    lab: '03',
    change: (l) => (setup(l, 0).points = [[1, 2, 5]]),
    path: inSetup(0, 'points', 0),
    id: 'targetIs',
    values: { a: 0, b: 1 },
  },
  {
    lab: '04',
    change: (l) => (setup(l, 0).points = [[1, 'x', 1]]),
    path: inSetup(0, 'points', 0),
    id: 'pointX1X2T',
  },
  {
    lab: '06',
    change: (l) => (setup(l, 0).selected = 'softplus'),
    path: inSetup(0, 'selected'),
    id: 'activationSelected',
  },
  {
    lab: '10',
    change: (l) => (setup(l, 0).weights = [0, 99]),
    path: inSetup(0, 'weights'),
    id: 'weights2',
  },
  {
    lab: '10',
    change: (l) =>
      (setup(l, 0).points = [
        [0, 0.5],
        [500, 0.5],
      ]),
    path: inSetup(0, 'points', 1),
    id: 'pointXT',
  },
  {
    lab: '10',
    change: (l) => (setup(l, 0).xRange = [5, -5]),
    path: inSetup(0, 'xRange'),
    id: 'xRange',
  },
  {
    lab: '10',
    change: (l) =>
      (setup(l, 0).points = [
        [0, 0.5],
        [1, 1.5],
      ]),
    path: inSetup(0, 'points', 1),
    id: 'targetFraction',
  },
  {
    lab: '10',
    change: (l) =>
      (setup(l, 1).points = [
        [0, 0],
        [1, 0.5],
      ]),
    path: inSetup(1, 'points', 1),
    id: 'targetIs',
    values: { a: 0, b: 1 },
  },
  {
    lab: '10',
    change: (l) => (setup(l, 2).target = 2),
    path: inSetup(2, 'target'),
    id: 'zeroOrOne',
  },
  {
    lab: '07',
    change: (l) => (setup(l, 0).view = { w0: [4, -2], w1: [-0.5, 3] }),
    path: inSetup(0, 'view', 'w0'),
    id: 'lowHigh',
  },
  { lab: '07', change: (l) => (setup(l, 0).start = [1]), path: inSetup(0, 'start'), id: 'pairAB' },
  {
    lab: '07',
    change: (l) =>
      (setup(l, 0).points = [
        [1, 2],
        [1, 3],
      ]),
    path: inSetup(0, 'points'),
    id: 'differentX',
  },
  {
    lab: '07',
    change: (l) => (setup(l, 1).rates = [0.01, 50]),
    path: inSetup(1, 'rates'),
    id: 'rates',
  },
  {
    lab: '12',
    change: (l) => (setup(l, 0).points = [[9, 0, 1]]),
    path: inSetup(0, 'points', 0),
    id: 'pointInPlane',
  },
  {
    lab: '12',
    change: (l) => (setup(l, 0).units = []),
    path: inSetup(0, 'units'),
    id: 'units',
    values: { max: 8 },
  },
  {
    lab: '12',
    change: (l) => ((setup(l, 0).units as Json[])[1] = { w1: 1 }),
    path: inSetup(0, 'units'),
    id: 'unitBad',
    values: { n: 2 },
  },
  {
    lab: '12',
    change: (l) => (setup(l, 3).dataset = { name: 'sine', params: { count: 50 } }),
    path: inSetup(3, 'dataset'),
    id: 'twoClasses2d',
  },
  {
    lab: '12',
    change: (l) => (setup(l, 3).dataset = { name: 'circle', params: { count: 900 } }),
    path: inSetup(3, 'dataset', 'params', 'count'),
    id: 'tooManyPointsInstant',
    values: { max: 600 },
  },
  {
    lab: '13',
    change: (l) => (taskNamed(l, 0)[0].dataset = { name: 'seno', params: {} }),
    path: inSetup(0, 'tasks', 0, 'dataset'),
    id: 'unknownGenerator',
    values: { name: "'seno'" },
  },
  {
    lab: '11',
    change: (l) => (setup(l, 0).dataset = { name: 'espiral', params: {} }),
    path: inSetup(0, 'dataset'),
    id: 'unknownGenerator',
    values: { name: "'espiral'" },
  },
  {
    lab: '11',
    change: (l) => (setup(l, 0).dataset = 'line'),
    path: inSetup(0, 'dataset'),
    id: 'generator',
  },
  {
    lab: '11',
    change: (l) => (setup(l, 0).network = [1]),
    path: inSetup(0, 'network'),
    id: 'network',
  },
  {
    lab: '11',
    change: (l) =>
      (setup(l, 0).network = { inputs: 2, layers: [{ units: 1, activation: 'linear' }] }),
    path: inSetup(0, 'network'),
    id: 'networkFits',
    values: { inputs: 1, outputs: 1 },
  },
  {
    lab: '11',
    change: (l) => ((setup(l, 0).dataset as { params: Json }).params.count = 800),
    path: inSetup(0, 'dataset', 'params', 'count'),
    id: 'tooManySamples',
    values: { max: 500 },
  },
  {
    lab: '11',
    change: (l) => (setup(l, 0).c1 = 7),
    path: inSetup(0, 'c1'),
    id: 'atMostField',
    values: { field: 'c1Max', limit: 5 },
  },
  {
    lab: '11',
    change: (l) => (setup(l, 0).batchSize = 60),
    path: inSetup(0, 'batchSize'),
    id: 'atMostSamples',
    values: { limit: 50 },
  },
  {
    lab: '15',
    change: (l) => (setup(l, 1).miniBatch = 55),
    path: inSetup(1, 'miniBatch'),
    id: 'miniBatch',
    values: { max: 49, limit: 50 },
  },
  {
    lab: '15',
    change: (l) => (setup(l, 0).m = 0),
    path: inSetup(0, 'm'),
    id: 'planM',
    values: { max: 1_000_000 },
  },
  { lab: '15', change: (l) => (setup(l, 0).K = 0.5), path: inSetup(0, 'K'), id: 'planK' },
  {
    lab: '15',
    change: (l) => (setup(l, 0).K = 2000),
    path: inSetup(0, 'K'),
    id: 'planKm',
    values: { limit: 1000 },
  },
  {
    lab: '13',
    change: (l) => (taskNamed(l, 0)[0].dataset = { name: 'sine', params: { count: 900 } }),
    path: inSetup(0, 'tasks', 0, 'dataset'),
    id: 'tooManyPointsApp',
    values: { max: 400 },
  },
  {
    lab: '13',
    change: (l) => (taskNamed(l, 0)[0].dataset = { name: 'circle', params: { count: 100 } }),
    path: inSetup(0, 'tasks', 0, 'dataset'),
    id: 'regressionData',
  },
  {
    lab: '14',
    change: (l) => ((setup(l, 0).dataset as { params: Json }).params.count = 5000),
    path: inSetup(0, 'dataset', 'params', 'count'),
    id: 'pointsShortRuns',
    values: { max: 1000 },
  },
  {
    lab: '14',
    change: (l) => ((setup(l, 1).dataset as { params: Json }).params.count = 5),
    path: inSetup(1, 'dataset', 'params', 'count'),
    id: 'pointsInApp',
    values: { max: 200 },
  },
  {
    lab: '14',
    change: (l) => (setup(l, 0).topologies = [[1], [99]]),
    path: inSetup(0, 'topologies', 1),
    id: 'hiddenSizes',
  },
  {
    lab: '14',
    change: (l) => ((setup(l, 0).split as Json).test = 0.5),
    path: inSetup(0, 'split'),
    id: 'split3',
  },
  {
    lab: '14',
    change: (l) => ((setup(l, 1).split as Json).train = 0.9),
    path: inSetup(1, 'split'),
    id: 'split2',
  },
  {
    lab: '14',
    change: (l) => (((setup(l, 0).question as Json).options as Json[])[1].id = 'smaller'),
    path: inSetup(0, 'question', 'options', 1, 'id'),
    id: 'usedTwice',
  },
  {
    lab: '08',
    change: (l) => ((setup(l, 0).inputs as Json).x = 'two'),
    path: inSetup(0, 'inputs', 'x'),
    id: 'aNumber',
  },
  {
    lab: '08',
    change: (l) => ((setup(l, 0).params as Json).w9 = 1),
    path: inSetup(0, 'params', 'w9'),
    id: 'unknownName',
    values: { known: 'w0, w1' },
  },
  {
    lab: '08',
    change: (l) => (setup(l, 1).ask = ['w99']),
    path: inSetup(1, 'ask'),
    id: 'askNodes',
  },
  {
    lab: '16',
    change: (l) => (setup(l, 1).scores = [[1, 2], [1]]),
    path: inSetup(1, 'scores'),
    id: 'scoreRows',
  },
  {
    lab: '16',
    change: (l) => (setup(l, 1).labels = [1, 2, 1, 4]),
    path: inSetup(1, 'labels'),
    id: 'labelsPerRow',
    values: { max: 3 },
  },
  {
    lab: '16',
    change: (l) => ((setup(l, 2).ask as Json).example = 9),
    path: inSetup(2, 'ask', 'example'),
    id: 'example',
    values: { max: 4 },
  },
  {
    lab: '16',
    change: (l) => ((setup(l, 2).ask as Json).class = 0),
    path: inSetup(2, 'ask', 'class'),
    id: 'classIndex',
    values: { max: 3 },
  },
  {
    lab: '16',
    change: (l) => (setup(l, 1).ask = { kind: 'accuracy' }),
    path: inSetup(1, 'ask'),
    id: 'batchAsk',
  },
  {
    lab: '17',
    change: (l) => (setup(l, 0).x = [1]),
    path: inSetup(0, 'x'),
    id: 'deltaX',
    values: { n: 2 },
  },
  {
    lab: '17',
    change: (l) => (setup(l, 0).W = []),
    path: inSetup(0, 'W'),
    id: 'deltaW',
    values: { layers: '2-2-2-1' },
  },
  { lab: '17', change: (l) => (setup(l, 0).b = []), path: inSetup(0, 'b'), id: 'deltaB' },
  {
    lab: '17',
    change: (l) => (setup(l, 0).ask = ['first']),
    path: inSetup(0, 'ask'),
    id: 'deltaAsk',
  },
];
