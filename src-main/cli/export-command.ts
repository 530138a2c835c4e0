import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ExportedFile } from '../contract/types';
import { checkTargets, writeFileAtomic } from '../export/atomic-write';
import { ExportError } from '../export/export-error';
import { EXPORT_FORMATS, exportModelFiles, exportReportFile } from '../export/export-service';
import { chromiumPdfPrinter } from '../export/report/pdf-printer';
import { pendingJournal, type Services } from '../services/services';
import { exportPytorchCommand } from './export-pytorch-command';
import type { ParsedArgs } from './parse-args';
import { choiceOption, stringOption } from './parse-args';
import { UsageError } from './usage-error';
import { experimentIdOperand } from './operands';

/** Where each file goes: `--out` itself, or for several files (weights as CSV, one per layer)
 * `--out` with the layer added before its extension: w.csv → w-layer-1.csv, … */
function targets(out: string, files: ExportedFile[]): string[] {
  if (files.length === 1) return [out];
  const ext = extname(out);
  const stem = basename(out, ext);
  return files.map((f) => {
    const layer = /-layer-\d+(?=\.[^.]+$)/.exec(f.fileName)?.[0] ?? '';
    return join(dirname(out), `${stem}${layer}${ext || extname(f.fileName)}`);
  });
}

/**
 * `neuron-lab export ID --format json|onnx|py|csv|html|pdf|pytorch --out PATH [--force]`: a
 * finished run's model, its report, or (pytorch) a project folder that trains it again,
 * written crash-safely; an existing file is replaced only with --force (and no file is
 * written when any of them exists).
 * @throws UsageError for a bad id, format or path; ExportError('exists') for a file in the way
 */
export async function exportCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
  version: string,
): Promise<number> {
  const id = experimentIdOperand(args, 'export');
  if (!args.options.has('format'))
    throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  const format = choiceOption(args, 'format', EXPORT_FORMATS, 'json');
  const path = stringOption(args, 'out');
  if (!path)
    throw new UsageError('export needs --out PATH (the file to write; pytorch: the folder)');
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(`--out: the folder ${folder} does not exist`);
  if (!services.store.experiments.get(id))
    throw new UsageError(`experiment ${id} does not exist (see neuron-lab list)`);
  const force = args.options.has('force');
  if (format === 'pytorch')
    return exportPytorchCommand(services, id, path, { force, version }, out);
  const files =
    format === 'html' || format === 'pdf'
      ? [
          await exportReportFile(services, [id], format, {
            appVersion: version,
            printPdf: chromiumPdfPrinter,
          }),
        ]
      : exportModelFiles(services, id, format, version);
  const paths = targets(path, files);
  if (!force) {
    const taken = paths.filter((p) => existsSync(p));
    if (taken.length)
      throw new ExportError(
        'exists',
        `${taken.join(', ')} exists already; add --force to replace it`,
      );
  }
  // none is written when one is in the way (a device, a link: refused with --force too)
  await checkTargets(paths, force);
  for (let i = 0; i < files.length; i++) {
    await writeFileAtomic(paths[i], files[i].bytes, {
      force,
      journal: pendingJournal(services.dataDir),
    });
    out(`wrote ${paths[i]} (${files[i].bytes.length.toLocaleString('en')} bytes)`);
  }
  return 0;
}
