import { listBuiltins } from '../../builtin-data';
import type { LabEvents, LabHandlers } from '../../contract/handlers';
import type { BuiltinDataset, DatasetPreview } from '../../contract/types';
import { buildDataset, columnStats, inferType, readTable } from '../../datasets';
import type { ImportOptions } from '../../datasets';
import { StoreError } from '../../store/store-error';
import type { Lab } from '../lab';
import { withUploadedFile } from './file-upload';
import { answer } from './service-errors';

type DatasetHandlers = Pick<
  LabHandlers,
  | 'datasets:list'
  | 'datasets:get'
  | 'datasets:builtins'
  | 'datasets:generate'
  | 'datasets:preview'
  | 'datasets:import'
  | 'datasets:delete'
>;

const PREVIEW_ROWS = 50;

/** The `datasets:*` calls. */
export function datasetHandlers(lab: Lab, events: LabEvents): DatasetHandlers {
  const progress = (requestId: string | undefined): ImportOptions['onProgress'] =>
    requestId
      ? (bytes, total) => events.emit('datasets:importProgress', { requestId, bytes, total })
      : undefined;
  return {
    'datasets:list': () => answer(() => lab.store.datasets.list()),
    'datasets:get': ({ id, rows: wanted }) =>
      answer(() => {
        const record = lab.store.datasets.get(id);
        if (!record) throw new StoreError('not-found', `dataset ${id} does not exist`);
        const { x, y, labels, ...dataset } = record;
        const inputs = record.rowCount ? x.length / record.rowCount : 0;
        const outputs = record.rowCount ? y.length / record.rowCount : 0;
        const rows = Math.min(wanted ?? PREVIEW_ROWS, record.rowCount);
        return {
          dataset,
          inputs,
          outputs,
          firstRows: {
            rows,
            x: x.slice(0, rows * inputs),
            y: y.slice(0, rows * outputs),
            labels: labels?.slice(0, rows),
          },
        };
      }),
    'datasets:builtins': () => answer(() => listBuiltins().map(toBuiltinDataset)),
    'datasets:generate': ({ name, params, split, datasetName }) =>
      answer(() => lab.datasets.addBuiltin(name, params ?? {}, split, datasetName)),
    'datasets:preview': (request, context) =>
      answer(() =>
        withUploadedFile(request, async (path) => {
          const table = await readTable(path, {
            ...request.options,
            fileName: request.fileName,
            signal: context.signal,
            onProgress: progress(request.requestId),
          });
          const problems: string[] = [];
          const columns = table.columns.map((column, index) => {
            const type = inferType(column);
            if (
              type === 'categorical' &&
              column.firstText &&
              column.text.count < column.length - column.missing
            ) {
              problems.push(
                `column '${column.name}' is mostly numbers but row ${column.firstText.row} holds '${column.firstText.value}': it will be read as categories unless you set it to numeric`,
              );
            }
            if (column.missing > 0)
              problems.push(`column '${column.name}' has ${column.missing} missing value(s)`);
            return { name: column.name, index, type, stats: columnStats(column, type) };
          });
          const rows = Math.min(PREVIEW_ROWS, table.rows);
          const firstRows = Array.from({ length: rows }, (_, r) =>
            table.columns.map((c) =>
              c.isMissing(r) ? null : (c.category(r) ?? String(c.number(r))),
            ),
          );
          const preview: DatasetPreview = {
            fileName: table.source.fileName,
            delimiter: table.source.delimiter ?? null,
            header: table.source.hasHeader ?? true,
            decimalComma: table.source.decimalComma ?? false,
            rows: table.rows,
            columns,
            firstRows,
            problems,
          };
          return preview;
        }),
      ),
    'datasets:import': (request, context) =>
      answer(() =>
        withUploadedFile(request, async (path) => {
          const table = await readTable(path, {
            ...request.options,
            fileName: request.fileName,
            signal: context.signal,
            onProgress: progress(request.requestId),
          });
          const imported = buildDataset(table, {
            roles: new Map(request.roles.map((r) => [r.column, r.role])),
            types: request.types
              ? new Map(request.types.map((t) => [t.column, t.type]))
              : undefined,
            missing: request.missing,
            targetIsClass: request.targetIsClass,
          });
          return lab.datasets.storeImported(
            imported,
            request.name ?? request.fileName.replace(/\.[^.]+$/, ''),
            request.fileName,
            request.split,
          );
        }),
      ),
    'datasets:delete': ({ id }) =>
      answer(() => {
        lab.store.datasets.delete(id);
        return null;
      }),
  };
}

function toBuiltinDataset(info: ReturnType<typeof listBuiltins>[number]): BuiltinDataset {
  const table = info.kind === 'real' || info.parameters.length === 0;
  return {
    name: info.name,
    label: info.label,
    task: info.task,
    description: info.description,
    kind: table ? 'table' : 'generator',
    parameters: info.parameters,
    rows: table ? info.rows : undefined,
  };
}
