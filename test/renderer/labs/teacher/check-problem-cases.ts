// The same for an "open in" setup and a check's parameters (see setup-problem-cases.ts).
import type { Json, Lab, SetupCase } from './setup-problem-cases';

const check = (l: Lab, i: number) => l.activities[i].task!.check;
const inCheck = (i: number, param: string) => ['activities', i, 'task', 'check', param];

export const CHECK_CASES: SetupCase[] = [
  {
    lab: '03',
    change: (l) => ((l.activities[1].openIn!.dataset as { rows: number[][] }).rows[0] = [1, 2]),
    path: ['activities', 1, 'openIn', 'dataset', 'rows', 0],
    id: 'rowLength',
    values: { n: 3 },
  },
  {
    lab: '11',
    change: (l) => (((l.activities[0].openIn!.dataset as Json).split as Json).test = 0.5),
    path: ['activities', 0, 'openIn', 'dataset', 'split'],
    id: 'splitAdds',
  },
  {
    lab: '03',
    change: (l) => delete l.activities[1].openIn!.training,
    path: ['activities', 1, 'openIn', 'training'],
    id: 'trainingNeeded',
  },
  {
    lab: '02',
    change: (l) => (check(l, 0).outputs = [0, 1, 1]),
    path: inCheck(0, 'outputs'),
    id: 'truthOutputs',
  },
  {
    lab: '02',
    change: (l) => (check(l, 0).onlyChange = []),
    path: inCheck(0, 'onlyChange'),
    id: 'unitIds',
  },
  {
    lab: '05',
    change: (l) =>
      (l.activities[0].task!.check = {
        kind: 'perceptron-never-settles',
        minEpochs: 1,
        outputs: [0, 1],
      }),
    path: inCheck(0, 'outputs'),
    id: 'fourOutputs',
  },
  {
    lab: '04',
    change: (l) => (l.activities[1].task!.check = { kind: 'adaline-least-squares', tolerance: 10 }),
    path: inCheck(1, 'tolerance'),
    id: 'betweenZeroTen',
  },
  {
    lab: '06',
    change: (l) => (check(l, 0).function = 'wiggle'),
    path: inCheck(0, 'function'),
    id: 'activationName',
  },
  {
    lab: '06',
    change: (l) => (check(l, 0).above = 1),
    path: inCheck(0, 'below'),
    id: 'oneOfBelow',
  },
  {
    lab: '06',
    change: (l) => delete check(l, 0).xTolerance,
    path: inCheck(0, 'xTolerance'),
    id: 'xTolerance',
  },
  {
    lab: '06',
    change: (l) => (check(l, 1).target = [2, 0.5, 0.3]),
    path: inCheck(1, 'target'),
    id: 'probabilities',
  },
  {
    lab: '06',
    change: (l) => (check(l, 1).fixed = [null]),
    path: inCheck(1, 'fixed'),
    id: 'fixedPerScore',
  },
  {
    lab: '09',
    change: (l) =>
      (l.activities[0].task!.check = {
        kind: 'descent-ends-near',
        near: [1],
        tolerance: 1,
        minStartDistance: 0,
      }),
    path: inCheck(0, 'near'),
    id: 'pointX1X2',
  },
  {
    lab: '11',
    change: (l) => (check(l, 0).factor = 2),
    path: inCheck(0, 'factor'),
    id: 'fractionOpen',
  },
  { lab: '10', change: (l) => (check(l, 2).ratio = 2), path: inCheck(2, 'ratio'), id: 'ratioFour' },
  {
    lab: '13',
    change: (l) => (check(l, 0).accept = { amount: ['tanh'] }),
    path: inCheck(0, 'accept'),
    id: 'acceptLists',
    values: { values: 'linear, relu, sigmoid, softmax' },
  },
  {
    lab: '01',
    change: (l) => (check(l, 1).answers = { q: [] }),
    path: inCheck(1, 'answers'),
    id: 'answerLists',
  },
  {
    lab: '17',
    change: (l) => (check(l, 0).units = ['9-9']),
    path: inCheck(0, 'units').concat(0),
    id: 'deltaUnits',
    values: { values: '3-1, 2-2, 2-1, 1-2, 1-1' },
  },
  {
    lab: '08',
    change: (l) => delete check(l, 0).nodes,
    path: inCheck(0, 'nodes'),
    id: 'nodesToPredict',
  },
  {
    lab: '12',
    change: (l) => (check(l, 3).smallest = 9),
    path: inCheck(3, 'smallest'),
    id: 'smallestHidden',
  },
  {
    lab: '15',
    change: (l) => (check(l, 0).K = 5000),
    path: inCheck(0, 'K'),
    id: 'planKm',
    values: { limit: 1000 },
  },
];
