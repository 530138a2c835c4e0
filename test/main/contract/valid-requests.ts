import { readFileSync } from 'node:fs';
import type { CallName } from '../../../src-main/contract/names';

/** A shipped lab: the smallest real lab document. */
const PERCEPTRON_LAB = JSON.parse(
  readFileSync(new URL('../../../resources/labs/03-perceptron.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** A small valid network and training config. */
export const SPEC = {
  inputs: 2,
  layers: [
    { units: 4, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};
export const TRAINING = {
  loss: 'binary_cross_entropy',
  optimizer: { name: 'adam' },
  learningRate: 0.01,
  batchSize: 16,
  epochs: 10,
  shuffle: true,
  seed: 1,
};

/** One valid request per call: the tests break them field by field. */
export const VALID: Record<CallName, Record<string, unknown>> = {
  'app:info': {},
  'datasets:list': {},
  'datasets:get': { id: 1 },
  'datasets:builtins': {},
  'datasets:generate': { name: 'circle', params: { count: 100, noise: 0.1 } },
  'datasets:preview': { fileName: 'a.csv', content: 'x,y\n1,2\n', options: { header: true } },
  'datasets:plan': { previewId: 'p-1', roles: [], missing: 'median', task: 'classification' },
  'datasets:import': {
    fileName: 'a.csv',
    content: 'x,y\n1,2\n',
    roles: [
      { column: 'x', role: 'input' },
      { column: 'y', role: 'target' },
    ],
    missing: 'drop',
  },
  'datasets:delete': { id: 3 },
  'datasets:upload': { step: 'chunk', uploadId: 'u-1', offset: 0, bytes: new Uint8Array([1, 2]) },
  'designs:list': {},
  'designs:save': { name: 'small', spec: SPEC },
  'designs:rename': { id: 1, name: 'renamed' },
  'designs:duplicate': { id: 1 },
  'designs:delete': { id: 1 },
  'experiments:list': { status: ['done', 'failed'], sort: 'newest', limit: 20 },
  'experiments:get': { id: 1 },
  'experiments:compare': { ids: [1, 2] },
  'experiments:rename': { id: 1, name: 'run' },
  'experiments:setNotes': { id: 1, notes: 'converges' },
  'experiments:tag': { id: 1, tag: 'baseline' },
  'experiments:untag': { id: 1, tag: 'baseline' },
  'experiments:delete': { id: 1 },
  'experiments:evaluate': { id: 1 },
  'experiments:model': { id: 1 },
  'runs:start': { datasetId: 1, spec: SPEC, training: TRAINING, seed: 7 },
  'runs:control': { experimentId: 1, action: 'pause' },
  'runs:setLearningRate': { experimentId: 1, rate: 0.5 },
  'runs:setPace': { experimentId: 1, epochsPerSecond: 60 },
  'runs:keepRunning': { experimentId: 1, on: true },
  'runs:watch': {
    experimentId: 1,
    perSecond: 5,
    surface: { box: { xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, n: 50, withHidden: true },
  },
  'runs:resume': { experimentId: 1 },
  'runs:rerun': { experimentId: 1 },
  'export:model': { experimentId: 1, format: 'onnx' },
  'export:report': { experimentIds: [1, 2], format: 'html' },
  'export:dataset': { id: 1 },
  'export:metrics': { experimentId: 1 },
  'export:pytorch': { experimentId: 1 },
  'export:chart': { name: 'loss', format: 'svg', bytes: new TextEncoder().encode('<svg/>') },
  'models:inspect': { fileName: 'model.json', content: '{}' },
  'models:import': { fileName: 'model.json', bytes: new Uint8Array([123, 125]), datasetId: 1 },
  'models:importPytorchRun': { files: [{ fileName: 'metrics.csv', content: 'epoch\n' }] },
  'labs:list': {},
  'labs:save': {
    id: 2,
    basedOn: 'perceptron',
    document: { ...PERCEPTRON_LAB, id: 'my-perceptron', title: 'My perceptron', order: 2 },
  },
  'labs:duplicate': { id: 2, labId: 'my-perceptron-2', title: 'My perceptron, again' },
  'labs:delete': { id: 2 },
  'progress:get': { labId: 'perceptron' },
  'progress:set': { labId: 'perceptron', taskId: 'separate', done: true, answer: '{"w":[1,2]}' },
  'progress:reset': { labId: 'perceptron' },
  'progress:report': {
    studentName: 'Ada',
    labs: [{ id: 'perceptron', title: 'The perceptron', tasks: [{ id: 'separate', prompt: 'x' }] }],
  },
  'lessons:export': { title: 'Week 3', labIds: [1], datasetIds: [1, 2], designIds: [] },
  'lessons:inspect': { fileName: 'week-3.nnlab', bytes: new Uint8Array([123, 125]) },
  'lessons:import': { fileName: 'week-3.nnlab', bytes: new Uint8Array(2), onConflict: 'ask' },
  'lessons:openDialog': {},
  'settings:get': {},
  'settings:set': { language: 'es', theme: 'dark', parallelRuns: 2, dataFolder: '/srv/lab' },
};
