import { listBuiltins } from '../builtin-data';
import { formatMetrics } from './train-command';
import type { Services } from '../services/services';
import type { ParsedArgs } from './parse-args';
import { UsageError } from './usage-error';
import { experimentIdOperand } from './operands';
import { describeArchitecture } from '../../src-engine/network/describe-architecture';

/** `neuron-lab list`: every experiment, newest first. */
export function listCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
): number {
  const experiments = services.store.listExperiments({ sort: 'newest' });
  if (args.options.has('json')) {
    out(
      JSON.stringify(
        experiments.map(
          ({ id, name, status, datasetName, epochsDone, finalMetrics, createdAt, tags }) => ({
            id,
            name,
            status,
            dataset: datasetName,
            epochs: epochsDone,
            metrics: finalMetrics,
            createdAt: new Date(createdAt).toISOString(),
            tags,
          }),
        ),
      ),
    );
    return 0;
  }
  if (experiments.length === 0)
    out('no experiments yet (start one with: neuron-lab train --data builtin:xor)');
  for (const e of experiments) {
    const metric = e.finalMetrics?.validationAccuracy ?? e.finalMetrics?.accuracy;
    const shown = metric !== undefined ? `  accuracy ${(metric * 100).toFixed(1)}%` : '';
    out(
      `${String(e.id).padStart(4)}  ${e.status.padEnd(8)} ${e.name}  [${e.datasetName}, ${e.epochsDone} epochs]${shown}`,
    );
  }
  return 0;
}

/** `neuron-lab show ID`: one experiment's config, status and final metrics. */
export function showCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
): number {
  const id = experimentIdOperand(args, 'show');
  const record = services.store.experiments.get(id);
  if (!record) throw new UsageError(`experiment ${id} does not exist (see neuron-lab list)`);
  if (args.options.has('json')) {
    out(JSON.stringify(record));
    return 0;
  }
  const { spec, training, seed } = record.config;
  out(`experiment ${record.id}: ${record.name}`);
  out(`  status     ${record.status}${record.reason ? ` — ${record.reason}` : ''}`);
  out(`  network    ${describeArchitecture(spec, { activations: true })}`);
  out(
    `  training   ${training.loss}, ${training.optimizer.name}, lr ${training.learningRate}, batch ${training.batchSize}, ${training.epochs} epochs, seed ${seed}`,
  );
  out(`  epochs     ${record.epochsDone}`);
  for (const line of formatMetrics(record.finalMetrics ?? {})) out(line);
  if (record.notes) out(`  notes      ${record.notes}`);
  return 0;
}

/** `neuron-lab datasets`: the built-in datasets and the stored ones. */
export function datasetsCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
): number {
  const builtins = listBuiltins();
  const stored = services.store.datasets.list();
  if (args.options.has('json')) {
    out(
      JSON.stringify({
        builtins: builtins.map(({ name, label, task, kind, rows, inputs, outputs }) => ({
          name,
          label,
          task,
          kind,
          rows,
          inputs,
          outputs,
        })),
        stored,
      }),
    );
    return 0;
  }
  out('built-in (use as --data builtin:NAME):');
  for (const b of builtins)
    out(
      `  ${b.name.padEnd(15)} ${b.task.padEnd(15)} ${b.rows} × ${b.inputs} → ${b.outputs}  ${b.label}`,
    );
  out(stored.length ? 'stored:' : 'stored: none yet');
  for (const d of stored)
    out(
      `  ${String(d.id).padStart(4)}  ${d.name}  (${d.rowCount} rows, ${d.task}, from ${d.source})`,
    );
  return 0;
}
