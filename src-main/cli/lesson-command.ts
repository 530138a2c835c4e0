import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { writeFileAtomic } from '../export/atomic-write';
import { ExportError } from '../export/export-error';
import { pendingJournal, type Services } from '../services/services';
import {
  describeImport,
  exportLesson,
  importLessonFile,
  readLessonFromDisk,
  type OnConflict,
} from '../lessons';
import type { ParsedArgs } from './parse-args';
import { stringOption } from './parse-args';
import { UsageError } from './usage-error';
import { oneOperand } from './operands';

/** `--labs 1,2,3`: store ids. @throws UsageError naming the option and the bad item */
function idList(args: ParsedArgs, name: string): number[] {
  const raw = stringOption(args, name);
  if (raw === undefined) return [];
  return raw.split(',').map((item) => {
    const id = Number(item.trim());
    if (!Number.isInteger(id) || id < 1) {
      throw new UsageError(`--${name} takes ids separated by commas (e.g. 1,2), got '${item}'`);
    }
    return id;
  });
}

/**
 * `neuron-lab lesson export --labs IDS --datasets IDS --designs IDS [--title TEXT] --out FILE
 * [--force]`: the teacher's labs, datasets and designs as one .nnlab file.
 * @throws UsageError for bad arguments; LessonError, StoreError, ExportError('exists')
 */
export async function lessonExportCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
  version: string,
): Promise<number> {
  if (args.positional.length)
    throw new UsageError(`lesson export takes no file name; use --out FILE`);
  const path = stringOption(args, 'out');
  if (!path) throw new UsageError('lesson export needs --out FILE (the .nnlab file to write)');
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(`--out: the folder ${folder} does not exist`);
  const request = {
    title: stringOption(args, 'title') ?? basename(path, extname(path)),
    labIds: idList(args, 'labs'),
    datasetIds: idList(args, 'datasets'),
    designIds: idList(args, 'designs'),
  };
  if (!request.labIds.length && !request.datasetIds.length && !request.designIds.length)
    throw new UsageError('lesson export needs --labs, --datasets or --designs (store ids)');
  const file = exportLesson(services.store, request, { appVersion: version });
  const force = args.options.has('force');
  if (!force && existsSync(path))
    throw new ExportError('exists', `${path} exists already; add --force to replace it`);
  await writeFileAtomic(path, file.bytes, { force, journal: pendingJournal(services.dataDir) });
  out(`wrote ${path} (${file.bytes.length.toLocaleString('en')} bytes)`);
  return 0;
}

/**
 * `neuron-lab lesson import FILE [--replace | --keep-both] [--json]`.
 * @returns 0 when imported, 3 when a conflict needs a choice (nothing changed)
 * @throws UsageError for bad arguments; LessonError, StoreError
 */
export function lessonImportCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
): number {
  const file = oneOperand(args, 'lesson import', 'one FILE (a .nnlab lesson)', 'FILE');
  const replace = args.options.has('replace');
  const keepBoth = args.options.has('keep-both');
  if (replace && keepBoth) throw new UsageError('choose --replace or --keep-both, not both');
  const onConflict: OnConflict = replace ? 'replace' : keepBoth ? 'keep-both' : 'ask';
  const { fileName, bytes } = readLessonFromDisk(file);
  const result = importLessonFile(services.store, fileName, bytes, onConflict);
  if (args.options.has('json')) out(JSON.stringify(result));
  else for (const line of describeImport(result)) out(line);
  return result.applied ? 0 : 3;
}
