import { basename } from 'node:path';
import type { Dataset } from '../../src-engine/data/dataset';
import type { BuiltinParams } from '../builtin-data';
import { generatedName, getBuiltinInfo, loadBuiltin } from '../builtin-data';
import type { ImportOptions } from '../datasets';
import { importDataset } from '../datasets';
import type { ImportedDataset } from '../datasets';
import type { DatasetColumn, DatasetSplit, DatasetSummary } from '../store/records';
import type { Store } from '../store/store';

/** The split a dataset gets unless a person chooses another. */
export const DEFAULT_SPLIT: DatasetSplit = { train: 0.7, validation: 0.15, test: 0.15, seed: 1 };

/** Brings datasets into the store: built-ins by name and parameters, files by import. A
 * dataset already stored (same content) is reused, not stored twice. */
export class DatasetService {
  constructor(
    private readonly store: Store,
    private readonly resourcesDir?: string,
  ) {}

  /** Stores a built-in dataset, under `datasetName` or, without one, main's name for it
   * (generatedName), which the stored dataset's `nameFrom` then records.
   * @throws BuiltinDataError for an unknown name or a bad parameter */
  addBuiltin(
    name: string,
    params: BuiltinParams = {},
    split: DatasetSplit = DEFAULT_SPLIT,
    datasetName?: string,
  ): DatasetSummary {
    const info = getBuiltinInfo(name);
    const dataset = loadBuiltin(name, params, { resourcesDir: this.resourcesDir });
    // a name given is kept as given, even one that reads like main's
    const named =
      datasetName === undefined
        ? { name: generatedName(name, params), nameFrom: { builtin: name, params: { ...params } } }
        : { name: datasetName };
    return this.store.datasets.add({
      ...named,
      source: `builtin:${name}`,
      columns: columnsOfGenerated(dataset),
      task: dataset.task,
      rowCount: dataset.m,
      split,
      ...(info.kind === 'generator' ? { generator: { name, params: { ...params } } } : {}),
      x: Float32Array.from(dataset.x),
      y: Float32Array.from(dataset.y),
      labels: dataset.labels,
    }).dataset;
  }

  /** Imports a CSV/TSV or JSON file and stores it; nothing is stored if the import fails.
   * @throws DatasetImportError naming the file, row and column */
  async importFile(
    path: string,
    options: ImportOptions = {},
    split: DatasetSplit = DEFAULT_SPLIT,
  ): Promise<DatasetSummary> {
    const imported = await importDataset(path, options);
    return this.storeImported(imported, basename(path).replace(/\.[^.]+$/, ''), path, split);
  }

  /** Stores an imported dataset under a name; `source` says where it came from. */
  storeImported(
    imported: ImportedDataset,
    name: string,
    source: string,
    split: DatasetSplit = DEFAULT_SPLIT,
  ): DatasetSummary {
    return this.store.datasets.add({
      name,
      source,
      columns: columnsOfImported(imported),
      task: imported.dataset.task,
      rowCount: imported.dataset.m,
      split,
      x: asFloat32(imported.dataset.x),
      y: asFloat32(imported.dataset.y),
      labels: imported.dataset.labels,
    }).dataset;
  }
}

/** The array itself when it is float32 already (imports are), else a float32 copy. */
function asFloat32(values: Float32Array | Float64Array): Float32Array {
  return values instanceof Float32Array ? values : Float32Array.from(values);
}

function columnsOfGenerated(dataset: Dataset): DatasetColumn[] {
  const inputs: DatasetColumn[] = dataset.featureNames.map((name) => ({
    name,
    type: 'numeric',
    role: 'input',
  }));
  if (dataset.task === 'classification') {
    return [
      ...inputs,
      {
        name: 'class',
        type: 'categorical',
        role: 'target',
        categories: dataset.classNames ?? ['0', '1'],
      },
    ];
  }
  return [
    ...inputs,
    ...dataset.targetNames.map((name): DatasetColumn => ({
      name,
      type: 'numeric',
      role: 'target',
    })),
  ];
}

function columnsOfImported(imported: ImportedDataset): DatasetColumn[] {
  return imported.columns.map((column) => {
    const encoding = imported.encodings.find((e) => e.column === column.name);
    const categories =
      encoding?.kind === 'one-hot'
        ? encoding.categories
        : encoding?.kind === 'classes'
          ? encoding.classes
          : undefined;
    return {
      name: column.name,
      type: column.type,
      role: column.role,
      ...(categories ? { categories } : {}),
    };
  });
}
