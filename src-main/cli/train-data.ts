import { basename } from 'node:path';
import { importDataset, MISSING_POLICIES, type ImportReport, type Task } from '../datasets';
import type { ImportOptions } from '../datasets';
import type { Services } from '../services/services';
import type { DatasetSplit, DatasetSummary } from '../store/records';
import type { ParsedArgs } from './parse-args';
import { choiceOption, stringOption } from './parse-args';
import { formatSeconds } from './progress-bar';
import { UsageError } from './usage-error';

/** The options of `train` that say how a data file is read. */
export const FILE_OPTIONS = ['target', 'missing', 'task', 'categorical', 'sheet'] as const;

/** A stored dataset and, for a file, the report of its import. */
export interface TrainData {
  dataset: DatasetSummary;
  report?: ImportReport;
}

/**
 * Stores the data `train --data` names: a built-in by name, or a file imported with the
 * command's choices (target, task, types, missing values, sheet), its progress on stderr.
 * @throws UsageError for file options given with a built-in, or contradicting options;
 *   DatasetImportError for a file that cannot be imported as asked
 */
export async function loadTrainData(
  services: Services,
  data: string,
  args: ParsedArgs,
  split: DatasetSplit,
  progress: NodeJS.WriteStream = process.stderr,
): Promise<TrainData> {
  if (data.startsWith('builtin:')) {
    const given = FILE_OPTIONS.filter((o) => args.options.has(o));
    if (given.length > 0) {
      throw new UsageError(
        `${given.map((o) => `--${o}`).join(', ')} ${given.length === 1 ? 'applies' : 'apply'} to a data file, not to ${data}`,
      );
    }
    return { dataset: services.datasets.addBuiltin(data.slice('builtin:'.length), {}, split) };
  }
  const options = importOptions(args);
  const started = Date.now();
  const file = basename(data);
  let shown = -1;
  options.onProgress = (bytes, total) => {
    if (!progress.isTTY) return;
    const percent = total > 0 ? Math.floor((bytes / total) * 100) : 100;
    if (percent === shown) return;
    shown = percent;
    const elapsed = (Date.now() - started) / 1000;
    const eta = bytes > 0 ? (elapsed / bytes) * (total - bytes) : NaN;
    progress.write(`\rreading ${file}: ${percent}%, ETA ${formatSeconds(eta)}\x1b[K`);
  };
  const imported = await importDataset(data, options);
  if (shown >= 0) progress.write('\n');
  const dataset = services.datasets.storeImported(
    imported,
    basename(data).replace(/\.[^.]+$/, ''),
    data,
    split,
  );
  return { dataset, report: imported.report };
}

/** The import's choices from the command line. @throws UsageError */
function importOptions(args: ParsedArgs): ImportOptions {
  const target = stringOption(args, 'target');
  const categorical = stringOption(args, 'categorical');
  const sheet = stringOption(args, 'sheet');
  const { task, askedBy } = askedTask(args);
  return {
    ...(target ? { roles: new Map([[target, 'target' as const]]) } : {}),
    ...(categorical
      ? { types: new Map(splitNames(categorical).map((c) => [c, 'categorical' as const])) }
      : {}),
    missing: choiceOption(args, 'missing', MISSING_POLICIES, 'drop'),
    ...(task ? { task, taskAskedBy: askedBy } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
  };
}

function splitNames(list: string): string[] {
  const names = list.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) {
    throw new UsageError(`--categorical takes column names separated by commas, got '${list}'`);
  }
  return names;
}

/**
 * The task the command line asks for: `--task`, or else a classification loss or output
 * (`--loss cross-entropy`, `--loss binary-cross-entropy`, `--output softmax`), which make the
 * target's values classes even when they are numbers (digits 0–9).
 * @throws UsageError when --task regression meets a classification loss or output
 */
export function askedTask(args: ParsedArgs): { task?: Task; askedBy?: string } {
  const task = args.options.has('task')
    ? choiceOption(args, 'task', ['classification', 'regression'] as const, 'regression')
    : undefined;
  const loss = stringOption(args, 'loss');
  const output = stringOption(args, 'output');
  const byLoss = loss === 'cross-entropy' || loss === 'binary-cross-entropy';
  const byOutput = output === 'softmax';
  const implied = byLoss ? `--loss ${loss}` : byOutput ? '--output softmax' : undefined;
  if (task === 'regression' && implied) {
    throw new UsageError(`--task regression does not go with ${implied}, which is for classes`);
  }
  if (task) return { task, askedBy: `--task ${task}` };
  return implied ? { task: 'classification', askedBy: implied } : {};
}
