import type { ActivationName } from '../../src-engine/activations/activation';
import { isActivationName } from '../../src-engine/activations/registry';
import type { LossName } from '../../src-engine/losses/loss';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { OptimizerSpec } from '../../src-engine/optim/optimizer';
import type { TrainConfig } from '../../src-engine/train/config';
import type { EpochReport } from '../../src-engine/train/reports';
import type { Services } from '../services/services';
import type { DatasetSplit } from '../store/records';
import type { ParsedArgs } from './parse-args';
import { choiceOption, intOption, numberOption, stringOption } from './parse-args';
import { ProgressBar } from './progress-bar';
import { loadTrainData } from './train-data';
import { UsageError } from './usage-error';
import { describeArchitecture } from '../../src-engine/network/describe-architecture';
import { lossForOutput, outputLayerFor } from '../../src-engine/train/default-training';

/** `neuron-lab train`: stores the dataset, trains in a trainer process with a progress bar,
 * prints a summary (or JSON). @returns the exit code */
export async function trainCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
): Promise<number> {
  const data = stringOption(args, 'data');
  if (!data) throw new UsageError('train needs --data FILE or --data builtin:NAME');
  const split = parseSplit(
    stringOption(args, 'split') ?? '70/15/15',
    intOption(args, 'seed', 1, 0, 2 ** 31 - 1),
  );
  const json = args.options.has('json');
  const { dataset, report } = await loadTrainData(services, data, args, split);
  if (report && !json) for (const line of report.lines) out(line);
  const outputs = dataset.columns.filter((c) => c.role === 'target');
  const stored = services.store.datasets.get(dataset.id)!;
  const inputs = stored.x.length / stored.rowCount;
  const outputUnits = stored.y.length / stored.rowCount;
  const classification = dataset.task === 'classification';
  const spec = buildSpec(args, inputs, outputUnits, classification);
  const training = buildTraining(args, spec, classification, stored.rowCount);
  if (!json) out(`network: ${describeNetwork(spec, outputUnits, classification)}`);
  const id = services.runs.start({
    datasetId: dataset.id,
    spec,
    training,
    seed: intOption(args, 'seed', 1, 0, 2 ** 31 - 1),
    normalize: choiceOption(args, 'normalize', ['standard', 'minmax', 'none'] as const, 'standard'),
    split,
    name: stringOption(args, 'name'),
  });
  const bar = json ? null : new ProgressBar(training.epochs);
  let last: EpochReport | undefined;
  const unsubscribe = services.runs.onProgress(id, (epochs) => {
    last = epochs.at(-1) ?? last;
    if (last) bar?.update(last.epoch, `loss ${last.loss.toPrecision(4)}`);
  });
  const record = await services.runs.waitFor(id);
  unsubscribe();
  bar?.finish();
  if (json) {
    out(
      JSON.stringify({
        id: record.id,
        name: record.name,
        status: record.status,
        reason: record.reason,
        epochs: record.epochsDone,
        dataset: dataset.name,
        outputs: outputs.map((o) => o.name),
        metrics: record.finalMetrics,
        ...(report ? { import: report } : {}),
      }),
    );
  } else {
    out(
      `experiment ${record.id} (${record.name}): ${record.status} after ${record.epochsDone} epochs${record.reason ? ` — ${record.reason}` : ''}`,
    );
    for (const line of formatMetrics(record.finalMetrics ?? {})) out(line);
  }
  return record.status === 'done' || record.status === 'stopped' ? 0 : 1;
}

function buildSpec(
  args: ParsedArgs,
  inputs: number,
  outputs: number,
  classification: boolean,
): NetworkSpec {
  const layersText = stringOption(args, 'layers') ?? '16';
  const hidden =
    layersText === '' || layersText === 'none'
      ? []
      : layersText.split(',').map((s) => Number(s.trim()));
  if (hidden.some((n) => !Number.isInteger(n) || n < 1 || n > 4096)) {
    throw new UsageError(
      `--layers must be comma-separated unit counts from 1 to 4096 (e.g. 16,8), got '${layersText}'`,
    );
  }
  const activation = activationOption(args, 'activation', 'relu');
  // cross-entropy of two classes is a softmax of two outputs, as in PyTorch and Keras
  const defaultOutput: ActivationName =
    classification && stringOption(args, 'loss') === 'cross-entropy'
      ? 'softmax'
      : outputLayerFor(classification ? 'classification' : 'regression', outputs).activation;
  const output = activationOption(args, 'output', defaultOutput);
  const units = classification && outputs === 1 && output === 'softmax' ? 2 : outputs;
  return {
    inputs,
    layers: [...hidden.map((units) => ({ units, activation })), { units, activation: output }],
    init: { kind: activation === 'relu' || activation === 'leaky_relu' ? 'he' : 'xavier' },
  };
}

/** The --loss words and the engine's loss names. */
const LOSS_WORDS: Record<'mse' | 'cross-entropy' | 'binary-cross-entropy', LossName> = {
  mse: 'mse',
  'cross-entropy': 'cross_entropy',
  'binary-cross-entropy': 'binary_cross_entropy',
};

function buildTraining(
  args: ParsedArgs,
  spec: NetworkSpec,
  classification: boolean,
  rows: number,
): TrainConfig {
  const output = spec.layers.at(-1)!.activation;
  const task = classification ? 'classification' : 'regression';
  const fallback = lossForOutput(task, output);
  const words = Object.keys(LOSS_WORDS) as Array<keyof typeof LOSS_WORDS>;
  const word = choiceOption(
    args,
    'loss',
    words,
    words.find((w) => LOSS_WORDS[w] === fallback)!,
  );
  const loss = LOSS_WORDS[word];
  const optimizerWord = choiceOption(
    args,
    'optimizer',
    ['sgd', 'momentum', 'adam'] as const,
    'adam',
  );
  const optimizer: OptimizerSpec =
    optimizerWord === 'adam'
      ? { name: 'adam' }
      : optimizerWord === 'momentum'
        ? { name: 'sgd', momentum: 0.9 }
        : { name: 'sgd' };
  const patience = args.options.has('early-stop')
    ? intOption(args, 'early-stop', 10, 1, 100000)
    : undefined;
  return {
    loss,
    optimizer,
    learningRate: numberOption(args, 'lr', optimizerWord === 'adam' ? 0.01 : 0.1),
    batchSize: intOption(args, 'batch', Math.min(32, rows), 1, 1_000_000),
    epochs: intOption(args, 'epochs', 100, 1, 1_000_000),
    shuffle: true,
    seed: intOption(args, 'seed', 1, 0, 2 ** 31 - 1),
    earlyStopping: patience ? { patience } : undefined,
  };
}

/** "2 → 16 relu → 2 softmax (the 2 classes as two softmax outputs)". */
function describeNetwork(spec: NetworkSpec, stored: number, classification: boolean): string {
  const last = spec.layers.at(-1)!;
  const note =
    classification && stored === 1
      ? last.units === 2
        ? ' (the 2 classes as two softmax outputs)'
        : ' (the 2 classes as one 0/1 output)'
      : '';
  return `${describeArchitecture(spec, { activations: true })}${note}`;
}

function activationOption(
  args: ParsedArgs,
  name: string,
  fallback: ActivationName,
): ActivationName {
  const raw = stringOption(args, name) ?? fallback;
  const normalised = raw.replace('-', '_');
  if (!isActivationName(normalised)) throw new UsageError(`--${name}: unknown activation '${raw}'`);
  return normalised;
}

function parseSplit(text: string, seed: number): DatasetSplit {
  const parts = text.split('/').map(Number);
  if (
    parts.length !== 3 ||
    parts.some((p) => !Number.isFinite(p) || p < 0) ||
    Math.abs(parts[0] + parts[1] + parts[2] - 100) > 1e-9 ||
    parts[0] <= 0
  ) {
    throw new UsageError(
      `--split must be three percentages that add up to 100, like 70/15/15, got '${text}'`,
    );
  }
  return { train: parts[0] / 100, validation: parts[1] / 100, test: parts[2] / 100, seed };
}

/** "train loss 0.0123  accuracy 98.0%" lines for each part. */
export function formatMetrics(metrics: Record<string, number>): string[] {
  const lines: string[] = [];
  for (const [label, prefix] of [
    ['train', ''],
    ['validation', 'validation'],
    ['test', 'test'],
  ] as const) {
    const key = (m: string) => (prefix ? prefix + m[0].toUpperCase() + m.slice(1) : m);
    const loss = metrics[key('loss')];
    if (loss === undefined) continue;
    const parts = [`loss ${loss.toPrecision(4)}`];
    const accuracy = metrics[key('accuracy')];
    if (accuracy !== undefined) parts.push(`accuracy ${(accuracy * 100).toFixed(1)}%`);
    const r2 = metrics[key('r2')];
    if (r2 !== undefined) parts.push(`R² ${r2.toFixed(4)}`);
    lines.push(`  ${label.padEnd(10)} ${parts.join('  ')}`);
  }
  return lines;
}
