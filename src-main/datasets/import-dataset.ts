import path from 'node:path';
import { buildDataset, type DatasetChoice, type ImportedDataset } from './build-dataset';
import { readDelimitedTable } from './read-delimited-table';
import { readArffTable } from './read-arff-table';
import { readJsonTable } from './read-json-table';
import { readXlsxTable } from './read-xlsx-table';
import type { DelimitedOptions } from './read-options';
import type { Table } from './table';

/** The file formats the importer reads. */
export type FileFormat = 'csv' | 'json' | 'xlsx' | 'arff';

/** Everything an import needs: how to read the file and what to make of its columns. */
export interface ImportOptions extends DelimitedOptions, DatasetChoice {
  /** default: by the file's extension (.json, .xlsx, .arff), else delimited text */
  format?: FileFormat;
  /** spreadsheets: the sheet to read, by name or 1-based position (default the first) */
  sheet?: string;
}

/** The format a file is read in, by its extension. */
export function formatOf(filePath: string): FileFormat {
  const ext = path.extname(filePath).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.xlsx' ? 'xlsx' : ext === '.arff' ? 'arff' : 'csv';
}

/**
 * Reads a table from a CSV/TSV, JSON, Excel (.xlsx) or Weka (.arff) file, choosing the reader by
 * `format` or extension. Use it to show columns and statistics before the caller chooses roles.
 * @throws DatasetImportError (see readDelimitedTable, readJsonTable, readXlsxTable,
 *   readArffTable)
 */
export function readTable(filePath: string, options: ImportOptions = {}): Promise<Table> {
  const format = options.format ?? formatOf(filePath);
  if (format === 'json') return readJsonTable(filePath, options);
  if (format === 'xlsx') return readXlsxTable(filePath, options);
  if (format === 'arff') return readArffTable(filePath, options);
  return readDelimitedTable(filePath, options);
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
