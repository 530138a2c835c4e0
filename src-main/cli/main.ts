// `neuron-lab`: the lab from the command line, for teachers preparing a class, scripted
// experiments and automation. Same services and database as the app.
import { readFileSync } from 'node:fs';
import { BuiltinDataError } from '../builtin-data';
import { FileReadError } from '../files/read-bounded';
import { defaultDataDir } from '../store/data-dir';
import { openServices } from '../services/services';
import type { Services } from '../services/services';
import { createEventHub } from '../contract/handlers';
import { localTrainerLauncher } from '../training/trainer-location';
import { parseArgs, stringOption } from './parse-args';
import type { ParsedArgs } from './parse-args';
import { importMetricsCommand } from './import-metrics-command';
import { importModelCommand } from './import-model-command';
import { lessonCommand } from './lesson-command';
import { datasetsCommand, listCommand, showCommand } from './other-commands';
import { serveCommand } from './serve-command';
import { trainCommand } from './train-command';
import { UsageError } from './usage-error';

const VALUED = new Set([
  'data',
  'target',
  'layers',
  'activation',
  'output',
  'loss',
  'optimizer',
  'lr',
  'batch',
  'epochs',
  'seed',
  'split',
  'normalize',
  'early-stop',
  'data-dir',
  'port',
  'name',
  'format',
  'out',
  'labs',
  'datasets',
  'dataset',
  'designs',
  'title',
  'missing',
  'task',
  'categorical',
  'sheet',
  'experiment',
]);
const FLAGS = new Set(['json', 'help', 'force', 'replace', 'keep-both']);

const USAGE = `usage: neuron-lab COMMAND [options]   (every command takes --data-dir DIR)
  train --data FILE|builtin:NAME [--target COL] [--layers 16,8] [--activation relu]
        FILE: .csv/.tsv/.txt, .json, .xlsx [--sheet NAME|N], .arff
        [--missing drop|mean|median|mode|error] [--task classification|regression]
        [--categorical COL,…] (numbers read as categories)
        [--output softmax] [--loss cross-entropy|binary-cross-entropy|mse]
        [--optimizer sgd|momentum|adam] [--lr 0.01] [--batch 32] [--epochs 100] [--seed 1]
        [--split 70/15/15] [--normalize standard|minmax|none] [--early-stop PATIENCE]
        [--name TEXT] [--json]
  list [--json]          the stored experiments
  show ID [--json]       one experiment
  export ID --format json|onnx|py|csv|html|pdf|pytorch --out PATH [--force]
                         a finished run's model (csv: weights, a file per layer) or report;
                         pytorch: a folder with train.py that trains the run again
  import-model FILE --dataset ID [--name TEXT] [--json]
                         a Neuron Lab model file kept as a finished experiment on a stored
                         dataset, to evaluate, export or train further
  import-metrics PATH [--experiment ID] [--name TEXT] [--json]
                         a run of an exported PyTorch project (its folder or metrics.csv)
                         kept as an experiment, to compare with the lab's run
  datasets [--json]      built-in and stored datasets
  lesson export [--labs IDS] [--datasets IDS] [--designs IDS] [--title TEXT] --out FILE [--force]
                         user labs, datasets and designs (ids: 1,2,3) as one .nnlab file
  lesson import FILE [--replace|--keep-both] [--json]
                         a .nnlab lesson; on a conflict, nothing changes without a choice
  serve [--port N]       the lab in a browser, on 127.0.0.1`;

async function run(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, VALUED, FLAGS);
  if (!args.command || args.options.has('help') || args.command === 'help') {
    out(USAGE);
    return args.command || args.options.has('help') ? 0 : 2;
  }
  const events = createEventHub();
  const dataDir = stringOption(args, 'data-dir') ?? defaultDataDir();
  const version = appVersion();
  const commands: Record<string, (a: ParsedArgs, services: Services) => number | Promise<number>> =
    {
      train: (a, lab) => trainCommand(a, lab, out),
      list: (a, lab) => listCommand(a, lab, out),
      show: (a, lab) => showCommand(a, lab, out),
      datasets: (a, lab) => datasetsCommand(a, lab, out),
      // loaded on demand: reports bring ECharts, which other commands do not need
      export: async (a, lab) =>
        (await import('./export-command')).exportCommand(a, lab, out, version),
      'import-model': (a, lab) => importModelCommand(a, lab, out, version),
      'import-metrics': (a, lab) => importMetricsCommand(a, lab, out, version),
      lesson: (a, lab) => lessonCommand(a, lab, out, version),
      serve: (a, lab) => serveCommand(a, lab, out, { events, dataDir, version }),
    };
  const command = commands[args.command];
  if (!command)
    throw new UsageError(
      `unknown command '${args.command}' (train, list, show, export, import-model, import-metrics, datasets, lesson, serve)`,
    );
  const services = openServices({
    dataDir,
    launcher: localTrainerLauncher(import.meta.url),
    events,
    appVersion: version,
  });
  if (services.notice) process.stderr.write(`note: ${services.notice}\n`);
  try {
    return await command(args, services);
  } finally {
    if (args.command !== 'serve') services.close();
  }
}

/** A mistake in the command line itself, rather than in the work it asked for. */
function isArgumentError(error: unknown): boolean {
  if (error instanceof UsageError) return true;
  if (error instanceof BuiltinDataError)
    return error.code === 'unknown-dataset' || error.code === 'bad-parameter';
  // a file named on the command line that is not there
  if (error instanceof FileReadError) return error.errno === 'ENOENT';
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

function appVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

// `neuron-lab list | head`: once the reader has gone, output is dropped (EPIPE) and the
// command ends as it would have, its work stored, instead of dying with a stack trace.
let stdoutGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutGone = true;
});
process.stderr.on('error', () => undefined);

run(process.argv.slice(2), (line) => {
  if (!stdoutGone) process.stdout.write(`${line}\n`);
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`neuron-lab: ${message}\n`);
    process.exitCode = isArgumentError(error) ? 2 : 1;
  },
);
