import { listBuiltins } from '../../builtin-data';
import type { LabEvents, LabHandlers } from '../../contract/handlers';
import type { BuiltinDataset } from '../../contract/types';
import { StoreError } from '../../store/store-error';
import type { Services } from '../services';
import { datasetFileHandlers } from './dataset-files';
import { partsOf } from '../prepare-data';
import { acknowledge, answer } from './answer';
import { notFoundDetail } from '../../store/store-messages';

type DatasetHandlers = Pick<
  LabHandlers,
  | 'datasets:list'
  | 'datasets:get'
  | 'datasets:builtins'
  | 'datasets:generate'
  | 'datasets:preview'
  | 'datasets:plan'
  | 'datasets:import'
  | 'datasets:delete'
  | 'datasets:upload'
>;

const PREVIEW_ROWS = 50;

/** The `datasets:*` calls. */
export function datasetHandlers(services: Services, events: LabEvents): DatasetHandlers {
  return {
    'datasets:list': () => answer(() => services.store.datasets.list()),
    'datasets:get': ({ id, rows: wanted, split }) =>
      answer(() => {
        const record = services.store.datasets.get(id);
        if (!record)
          throw new StoreError(
            'not-found',
            `dataset ${id} does not exist`,
            notFoundDetail('dataset', id),
          );
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
            parts: partsOf(record, split ?? record.split).slice(0, rows),
          },
        };
      }),
    'datasets:builtins': () => answer(() => listBuiltins().map(toBuiltinDataset)),
    'datasets:generate': ({ name, params, split, datasetName }) =>
      answer(() => services.datasets.addBuiltin(name, params ?? {}, split, datasetName)),
    ...datasetFileHandlers(services, events),
    'datasets:delete': ({ id }) => acknowledge(() => services.store.datasets.delete(id)),
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
