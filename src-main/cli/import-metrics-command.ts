import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importPytorchRun } from '../export/pytorch/import/import-pytorch-run';
import type { Services } from '../services/services';
import type { ParsedArgs } from './parse-args';
import { intOption, stringOption } from './parse-args';
import { UsageError } from './usage-error';
import { oneOperand } from './operands';

/**
 * `neuron-lab import-metrics PATH [--experiment ID] [--name TEXT] [--json]`: a run trained by
 * an exported PyTorch project, kept as an experiment to compare in Experiments. PATH is the
 * run's folder or its metrics.csv; run.json and trained_weights.json beside it are read
 * when there (the experiment it came from, where it ran; the model).
 * @throws UsageError for a missing path; ExportError naming what is wrong in the files
 */
export function importMetricsCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
  version: string,
): number {
  const path = oneOperand(
    args,
    'import-metrics',
    'a run folder or its metrics.csv (runs/DATE-TIME)',
    'path',
  );
  if (!existsSync(path)) throw new UsageError(`${path} does not exist`);
  const metrics = statSync(path).isDirectory() ? join(path, 'metrics.csv') : path;
  if (!existsSync(metrics)) throw new UsageError(`${path} holds no metrics.csv`);
  const beside = (name: string) => {
    const file = join(dirname(metrics), name);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const experimentId = args.options.has('experiment')
    ? intOption(args, 'experiment', 0, 1, Number.MAX_SAFE_INTEGER)
    : undefined;
  const runJson = beside('run.json');
  const trainedWeights = beside('trained_weights.json');
  const { id, sourceId } = importPytorchRun(
    services,
    {
      fileName: metrics,
      metricsCsv: readFileSync(metrics, 'utf8'),
      runJson,
      trainedWeights,
      experimentId,
      name: stringOption(args, 'name'),
    },
    version,
  );
  const record = services.store.experiments.get(id)!;
  if (args.options.has('json')) {
    out(JSON.stringify({ id, epochs: record.epochsDone, status: record.status }));
    return 0;
  }
  const read = ['metrics.csv', runJson && 'run.json', trainedWeights && 'trained_weights.json'];
  out(
    `imported ${metrics} as experiment ${id} '${record.name}' (${record.epochsDone} epochs, ${record.status})`,
  );
  out(`read ${read.filter(Boolean).join(', ')}; ${record.notes}`);
  if (!runJson) out('note: no run.json beside it: where and how it ran is not known');
  if (!trainedWeights) out('note: no trained_weights.json beside it: the run has no model');
  out(`compare it with experiment ${sourceId} in Experiments (or: neuron-lab show ${id})`);
  return 0;
}
