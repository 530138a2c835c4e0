import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandSpec, OptionSpec } from './command-spec';
import { importMetricsCommand } from './import-metrics-command';
import { importModelCommand } from './import-model-command';
import { lessonExportCommand, lessonImportCommand } from './lesson-command';
import { datasetsCommand, listCommand, showCommand } from './other-commands';
import { serveCommand } from './serve-command';
import { trainCommand } from './train-command';

const JSON_FLAG: OptionSpec = { name: 'json' };
const FORCE_FLAG: OptionSpec = { name: 'force' };
const NAME: OptionSpec = { name: 'name', value: 'TEXT' };

/** Every command of `neuron-lab`, with the options it takes: the parser refuses any other,
 * and the usage text is generated from these declarations. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'train',
    summary:
      'stores the dataset and trains a network on it, with a progress bar\n' +
      'FILE: .csv/.tsv/.txt, .json, .xlsx, .arff; --categorical: numbers read as categories',
    options: [
      { name: 'data', value: 'FILE|builtin:NAME', required: true },
      { name: 'target', value: 'COL' },
      { name: 'sheet', value: 'NAME|N' },
      { name: 'missing', value: 'drop|mean|median|mode|error' },
      { name: 'task', value: 'classification|regression' },
      { name: 'categorical', value: 'COL,…' },
      { name: 'layers', value: '16,8' },
      { name: 'activation', value: 'relu' },
      { name: 'output', value: 'softmax' },
      { name: 'loss', value: 'cross-entropy|binary-cross-entropy|mse' },
      { name: 'optimizer', value: 'sgd|momentum|adam' },
      { name: 'lr', value: '0.01' },
      { name: 'batch', value: '32' },
      { name: 'epochs', value: '100' },
      { name: 'seed', value: '1' },
      { name: 'split', value: '70/15/15' },
      { name: 'normalize', value: 'standard|minmax|none' },
      { name: 'early-stop', value: 'PATIENCE' },
      NAME,
      JSON_FLAG,
    ],
    run: (args, services, { out }) => trainCommand(args, services, out),
  },
  {
    name: 'list',
    summary: 'the stored experiments, newest first',
    options: [JSON_FLAG],
    run: (args, services, { out }) => listCommand(args, services, out),
  },
  {
    name: 'show',
    operands: 'ID',
    summary: "one experiment's config, status and final metrics",
    options: [JSON_FLAG],
    run: (args, services, { out }) => showCommand(args, services, out),
  },
  {
    name: 'export',
    operands: 'ID',
    summary:
      "a finished run's model (csv: weights, a file per layer) or report;\n" +
      'pytorch: a folder with train.py that trains the run again',
    options: [
      { name: 'format', value: 'json|onnx|py|csv|html|pdf|pytorch', required: true },
      { name: 'out', value: 'PATH', required: true },
      FORCE_FLAG,
    ],
    // loaded on demand: reports bring ECharts, which other commands do not need
    run: async (args, services, { out, version }) =>
      (await import('./export-command')).exportCommand(args, services, out, version),
  },
  {
    name: 'import-model',
    operands: 'FILE',
    summary:
      'a Neuron Lab model file kept as a finished experiment on a stored dataset,\n' +
      'to evaluate, export or train further',
    options: [{ name: 'dataset', value: 'ID', required: true }, NAME, JSON_FLAG],
    run: (args, services, { out, version }) => importModelCommand(args, services, out, version),
  },
  {
    name: 'import-metrics',
    operands: 'PATH',
    summary:
      'a run of an exported PyTorch project (its folder or metrics.csv) kept as an\n' +
      "experiment, to compare with the lab's run",
    options: [{ name: 'experiment', value: 'ID' }, NAME, JSON_FLAG],
    run: (args, services, { out, version }) => importMetricsCommand(args, services, out, version),
  },
  {
    name: 'datasets',
    summary: 'the built-in and the stored datasets',
    options: [JSON_FLAG],
    run: (args, services, { out }) => datasetsCommand(args, services, out),
  },
  {
    name: 'lesson export',
    summary: 'user labs, datasets and designs (ids: 1,2,3) as one .nnlab file',
    options: [
      { name: 'labs', value: 'IDS' },
      { name: 'datasets', value: 'IDS' },
      { name: 'designs', value: 'IDS' },
      { name: 'title', value: 'TEXT' },
      { name: 'out', value: 'FILE', required: true },
      FORCE_FLAG,
    ],
    run: (args, services, { out, version }) => lessonExportCommand(args, services, out, version),
  },
  {
    name: 'lesson import',
    operands: 'FILE',
    summary: 'a .nnlab lesson; on a conflict, nothing changes without a choice',
    options: [{ name: 'replace' }, { name: 'keep-both' }, JSON_FLAG],
    run: (args, services, { out }) => lessonImportCommand(args, services, out),
  },
  {
    name: 'serve',
    summary: 'the lab in a browser, on 127.0.0.1 (the first line printed has its address)',
    options: [
      { name: 'port', value: 'N' },
      { name: 'renderer-dir', value: 'DIR' },
    ],
    run: (args, _services, { started, out, entryUrl }) =>
      serveCommand(args, started, out, {
        // built layout: out/main/<entry>.js beside out/renderer
        rendererDir: path.resolve(path.dirname(fileURLToPath(entryUrl)), '..', 'renderer'),
      }),
  },
];
