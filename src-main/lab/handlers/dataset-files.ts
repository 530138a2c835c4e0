import type { LabEvents, LabHandlers } from '../../contract/handlers';
import type { DatasetPreview } from '../../contract/types';
import { buildDataset, columnStats, inferType, planImport, readTable } from '../../datasets';
import type { DatasetChoice, ImportOptions, Table } from '../../datasets';
import { DatasetImportError } from '../../datasets';
import type { Lab } from '../lab';
import { PreviewCache } from '../preview-cache';
import { withUploadedFile } from './file-upload';
import { answer } from './service-errors';

type FileHandlers = Pick<LabHandlers, 'datasets:preview' | 'datasets:plan' | 'datasets:import'>;

const PREVIEW_ROWS = 50;

/** The choices of a plan or import request, as the importer takes them. */
interface ChoiceRequest {
  roles: { column: string; role: 'input' | 'target' | 'ignored' }[];
  types?: { column: string; type: 'numeric' | 'categorical' }[];
  missing: DatasetChoice['missing'];
  task?: DatasetChoice['task'];
  targetIsClass?: boolean;
}

/** The `datasets:*` calls that take a file: preview, plan (the report of a choice) and import. */
export function datasetFileHandlers(lab: Lab, events: LabEvents): FileHandlers {
  const previews = new PreviewCache();
  const progress = (requestId: string | undefined): ImportOptions['onProgress'] =>
    requestId
      ? (bytes, total) => events.emit('datasets:importProgress', { requestId, bytes, total })
      : undefined;
  const expired = (id: string): Table => {
    const table = previews.get(id);
    if (!table) {
      throw new DatasetImportError(
        'expired',
        'the previewed file',
        'is no longer at hand (other files were previewed since); open it again',
        { subject: true },
      );
    }
    return table;
  };
  return {
    'datasets:preview': (request, context) =>
      answer(() =>
        withUploadedFile(request, async (path) => {
          const table = await readTable(path, {
            ...request.options,
            fileName: request.fileName,
            signal: context.signal,
            onProgress: progress(request.requestId),
          });
          return previewOf(table, previews.add(table));
        }),
      ),
    'datasets:plan': async (request) =>
      answer(() => planImport(expired(request.previewId), choiceOf(request)).report),
    'datasets:import': (request, context) =>
      answer(async () => {
        const read = (path: string) =>
          readTable(path, {
            ...request.options,
            fileName: request.fileName,
            signal: context.signal,
            onProgress: progress(request.requestId),
          });
        const table =
          request.previewId !== undefined
            ? expired(request.previewId)
            : await withUploadedFile(request, read);
        const imported = buildDataset(table, choiceOf(request));
        const summary = lab.datasets.storeImported(
          imported,
          request.name ?? request.fileName.replace(/\.[^.]+$/, ''),
          request.fileName,
          request.split,
        );
        if (request.previewId !== undefined) previews.delete(request.previewId);
        return { ...summary, report: imported.report };
      }),
  };
}

function choiceOf(request: ChoiceRequest): DatasetChoice {
  return {
    roles: new Map(request.roles.map((r) => [r.column, r.role])),
    types: request.types ? new Map(request.types.map((t) => [t.column, t.type])) : undefined,
    missing: request.missing,
    task: request.task ?? (request.targetIsClass ? 'classification' : undefined),
  };
}

/** The preview of a table: how it was read, its first rows, columns, and the default report. */
function previewOf(table: Table, previewId: string): DatasetPreview {
  const columns = table.columns.map((column, index) => {
    const type = table.declaredTypes?.get(column.name) ?? inferType(column);
    return { name: column.name, index, type, stats: columnStats(column, type) };
  });
  const rows = Math.min(PREVIEW_ROWS, table.rows);
  const firstRows = Array.from({ length: rows }, (_, r) =>
    table.columns.map((c) => (c.isMissing(r) ? null : (c.category(r) ?? String(c.number(r))))),
  );
  let report: DatasetPreview['report'] = null;
  let reportError: string | null = null;
  try {
    report = planImport(table).report;
  } catch (error) {
    if (!(error instanceof DatasetImportError)) throw error;
    reportError = error.message;
  }
  const { source } = table;
  return {
    fileName: source.fileName,
    previewId,
    format: source.format,
    delimiter: source.delimiter ?? null,
    header: source.hasHeader ?? true,
    decimalComma: source.decimalComma ?? false,
    encoding: source.encoding ?? null,
    sheet: source.sheet ?? null,
    sheets: source.sheets ?? [],
    rows: table.rows,
    columns,
    firstRows,
    report,
    reportError,
  };
}
