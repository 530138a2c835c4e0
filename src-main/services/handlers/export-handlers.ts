import type { LabHandlers } from '../../contract/handlers';
import { ExportError } from '../../export/export-error';
import {
  exportDatasetFile,
  exportMetricsFile,
  exportModelFiles,
  exportReportFile,
  inspectModelFile,
} from '../../export/export-service';
import { importModel } from '../../export/import-model';
import { pytorchProjectZip } from '../../export/pytorch/export-pytorch';
import { importPytorchRun, pytorchRunFiles } from '../../export/pytorch/import/import-pytorch-run';
import type { PdfPrinter } from '../../export/report/pdf-printer';
import type { Services } from '../services';
import { answer } from './answer';

type ExportHandlers = Pick<
  LabHandlers,
  | 'export:model'
  | 'export:report'
  | 'export:dataset'
  | 'export:metrics'
  | 'export:pytorch'
  | 'export:chart'
  | 'models:inspect'
  | 'models:import'
  | 'models:importPytorchRun'
>;

/** How this host exports: its version (written into files) and how it makes PDF. */
export interface ExportOptions {
  appVersion: string;
  printPdf: PdfPrinter;
}

/** The `export:*` calls and `models:inspect`: files made in main, sent as bytes. */
export function exportHandlers(services: Services, options: ExportOptions): ExportHandlers {
  return {
    'export:model': ({ experimentId, format }) =>
      answer(() => ({
        files: exportModelFiles(services, experimentId, format, options.appVersion),
      })),
    'export:report': ({ experimentIds, format }) =>
      answer(async () => ({
        files: [await exportReportFile(services, experimentIds, format, options)],
      })),
    'export:dataset': ({ id }) => answer(() => ({ files: [exportDatasetFile(services, id)] })),
    'export:metrics': ({ experimentId }) =>
      answer(() => ({ files: [exportMetricsFile(services, experimentId)] })),
    'export:pytorch': ({ experimentId }) =>
      answer(() => {
        const { file, project } = pytorchProjectZip(services, experimentId, options.appVersion);
        return { files: [file], notices: project.notices };
      }),
    // the page drew the picture; main hands it back to download, or (the desktop app) saves it
    'export:chart': ({ name, format, bytes }) =>
      answer(() => ({
        files: [
          {
            fileName: `${name}.${format}`,
            mime: format === 'png' ? 'image/png' : 'image/svg+xml',
            bytes,
          },
        ],
      })),
    'models:inspect': ({ fileName, content }) => answer(() => inspectModelFile(fileName, content)),
    'models:import': ({ fileName, content, bytes, datasetId, name }) =>
      answer(() => ({
        experimentId: importModel(
          services,
          { fileName, content: content ?? utf8(fileName, bytes!), datasetId, name },
          options.appVersion,
        ),
      })),
    'models:importPytorchRun': ({ files, experimentId, name }) =>
      answer(() => ({
        experimentId: importPytorchRun(
          services,
          { ...pytorchRunFiles(files), experimentId, name },
          options.appVersion,
        ).id,
      })),
  };
}

/** @throws ExportError('invalid') when the bytes are not UTF-8 text */
function utf8(fileName: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExportError(
      'invalid',
      `model file ${fileName}: not UTF-8 text (is it a model file?)`,
    );
  }
}
