import path from 'node:path';
import { buildDataset, type DatasetChoice, type ImportedDataset } from './build-dataset';
import { readDelimitedTable } from './read-delimited-table';
import { readJsonTable } from './read-json-table';
import type { DelimitedOptions } from './read-options';
import type { Table } from './table';

/** Everything an import needs: how to read the file and what to make of its columns. */
export interface ImportOptions extends DelimitedOptions, DatasetChoice {
  /** default: `json` for a .json file, else delimited text */
  format?: 'csv' | 'json';
}

/**
 * Reads a table from a CSV, TSV or JSON file, choosing the reader by `format` or extension.
 * Use it to show columns and statistics before the caller chooses roles.
 * @throws DatasetImportError (see readDelimitedTable, readJsonTable)
 */
export function readTable(filePath: string, options: ImportOptions = {}): Promise<Table> {
  const format =
    options.format ?? (path.extname(filePath).toLowerCase() === '.json' ? 'json' : 'csv');
  return format === 'json'
    ? readJsonTable(filePath, options)
    : readDelimitedTable(filePath, options);
}

/**
 * Imports a file as a dataset in one step: readTable, then buildDataset with the same options.
 * Either resolves with a complete dataset or rejects with a DatasetImportError; it writes
 * nothing, so a failure leaves nothing behind.
 */
export async function importDataset(
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportedDataset> {
  return buildDataset(await readTable(filePath, options), options);
}
