import type { CallContext, LabEvents, LabHandlers } from '../../contract/handlers';
import type { DatasetPreview } from '../../contract/types';
import { buildDataset, columnStats, inferType, planImport, readTable } from '../../datasets';
import type { DatasetChoice, ImportOptions, Table } from '../../datasets';
import { DatasetImportError } from '../../datasets';
import type { Services } from '../services';
import { PreviewCache } from '../preview-cache';
import { withUploadedFile } from './file-upload';
import { answer } from './answer';
import type { ColumnRole } from '../../contract/column-role';

type FileHandlers = Pick<
  LabHandlers,
  'datasets:preview' | 'datasets:plan' | 'datasets:import' | 'datasets:upload'
>;

const PREVIEW_ROWS = 50;

/** The choices of a plan or import request, as the importer takes them. */
interface ChoiceRequest {
  roles: { column: string; role: ColumnRole }[];
  types?: { column: string; type: 'numeric' | 'categorical' }[];
  missing: DatasetChoice['missing'];
  task?: DatasetChoice['task'];
  targetIsClass?: boolean;
}

/** The `datasets:*` calls that take a file: preview, plan (the report of a choice) and import. */
export function datasetFileHandlers(services: Services, events: LabEvents): FileHandlers {
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
        { key: 'expired' },
      );
    }
    return table;
  };
  /** Runs `work` on the request's file: an upload's (stopped when the upload is cancelled),
   * or the content the request carries, written to a temporary file. */
  const withFile = <T>(
    request: { fileName: string; content?: string; bytes?: Uint8Array; uploadId?: string },
    context: CallContext,
    work: (path: string, signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<T> => {
    if (request.uploadId === undefined) {
      return withUploadedFile(request, (path) => work(path, context.signal));
    }
    const upload = services.uploads.file(request.uploadId);
    const signals = [upload.signal, ...(context.signal ? [context.signal] : [])];
    return work(upload.path, AbortSignal.any(signals));
  };
  return {
    'datasets:preview': (request, context) =>
      answer(() =>
        withFile(request, context, async (path, signal) => {
          const table = await readTable(path, {
            ...request.options,
            fileName: request.fileName,
            signal,
            onProgress: progress(request.requestId),
          });
          return previewOf(table, previews.add(table));
        }),
      ),
    'datasets:plan': async (request) =>
      answer(() => planImport(expired(request.previewId), choiceOf(request)).report),
    'datasets:import': (request, context) =>
      answer(async () => {
        const read = (path: string, signal: AbortSignal | undefined) =>
          readTable(path, {
            ...request.options,
            fileName: request.fileName,
            signal,
            onProgress: progress(request.requestId),
          });
        const table =
          request.previewId !== undefined
            ? expired(request.previewId)
            : await withFile(request, context, read);
        const imported = buildDataset(table, choiceOf(request));
        const summary = services.datasets.storeImported(
          imported,
          request.name ?? request.fileName.replace(/\.[^.]+$/, ''),
          request.fileName,
          request.split,
        );
        if (request.previewId !== undefined) previews.delete(request.previewId);
        return { ...summary, report: imported.report };
      }),
    'datasets:upload': (request) =>
      answer(() => {
        switch (request.step) {
          case 'begin':
            return services.uploads.begin(request.fileName, request.size);
          case 'chunk':
            return services.uploads.chunk(request.uploadId, request.offset, request.bytes);
          case 'end':
            return services.uploads.end(request.uploadId);
          case 'cancel':
            return services.uploads.cancel(request.uploadId);
        }
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
    bom: source.bom ?? false,
    sheet: source.sheet ?? null,
    sheets: source.sheets ?? [],
    rows: table.rows,
    columns,
    firstRows,
    report,
    reportError,
  };
}
