import { basename } from 'node:path';
import { importModel } from '../export/import-model';
import { MAX_MODEL_JSON } from '../contract/schemas/export';
import { readBoundedSync } from '../files/read-bounded';
import type { Services } from '../services/services';
import type { ParsedArgs } from './parse-args';
import { stringOption } from './parse-args';
import { UsageError } from './usage-error';
import { oneOperand } from './operands';

/**
 * `neuron-lab import-model FILE --dataset ID [--name TEXT] [--json]`: a Neuron Lab model
 * file kept as a finished experiment on a stored dataset (see importModel), ready to be
 * evaluated, exported, reported or trained further.
 * @throws UsageError for a missing file or dataset id; ExportError('invalid') naming what
 *   is wrong in the file or does not fit the dataset
 */
export function importModelCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
  version: string,
): number {
  const file = oneOperand(args, 'import-model', 'a model file (FILE.neuron-lab.json)', 'file');
  const raw = stringOption(args, 'dataset');
  const datasetId = Number(raw);
  if (!raw || !Number.isInteger(datasetId) || datasetId < 1)
    throw new UsageError(
      `import-model needs --dataset ID (a stored dataset's id, see neuron-lab datasets), got '${raw ?? ''}'`,
    );
  const dataset = services.store.datasets.outline(datasetId);
  if (!dataset)
    throw new UsageError(`dataset ${datasetId} does not exist (see neuron-lab datasets)`);
  const fileName = basename(file);
  const id = importModel(
    services,
    {
      fileName,
      content: readModelFile(file),
      datasetId,
      name: stringOption(args, 'name'),
    },
    version,
  );
  if (args.options.has('json')) out(JSON.stringify({ id }));
  else
    out(`imported ${fileName} as experiment ${id}, on dataset '${dataset.name}' (${dataset.id})`);
  return 0;
}

/** A model file's text: a regular file of at most MAX_MODEL_JSON bytes (checked before reading).
 * @throws FileReadError naming the path */
function readModelFile(file: string): string {
  return readBoundedSync(file, { maxBytes: MAX_MODEL_JSON, what: 'the model file' }).toString(
    'utf8',
  );
}
