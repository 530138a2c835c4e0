import { ColumnData } from './column-data';
import { DatasetImportError } from './import-error';
import { formatCount, type ImportLimits } from './import-limits';

/** Where a table came from. */
export interface TableSource {
  /** base name of the file, used in every message */
  fileName: string;
  format: 'csv' | 'json';
  bytes: number;
  /** sha256 of the file's bytes, hex */
  hash: string;
  /** delimited files only */
  delimiter?: ',' | ';' | '\t';
  decimalComma?: boolean;
  hasHeader?: boolean;
}

/** A file read into columns, before the caller chooses roles. */
export interface Table {
  source: TableSource;
  columns: ColumnData[];
  /** data rows */
  rows: number;
}

/**
 * Collects rows into columns, checking each row against the header and the limits.
 * Header names are data: kept in arrays and Maps only, never used as object keys.
 */
export class TableBuilder {
  readonly columns: ColumnData[];
  rows = 0;

  /**
   * @param names column names as found (empty ones become `column N`, repeats get ` (2)`…)
   * @param header where the column count came from, for ragged-row messages: `the header`,
   *   `row 1`, `record 1`
   */
  constructor(
    private readonly file: string,
    names: readonly string[],
    private readonly limits: ImportLimits,
    private readonly header: string,
    private readonly decimalComma = false,
  ) {
    if (names.length > limits.maxColumns) {
      throw new DatasetImportError(
        'too-many-columns',
        file,
        `has ${formatCount(names.length)} columns; the limit is ${formatCount(limits.maxColumns)}`,
        { subject: true },
      );
    }
    this.columns = uniqueNames(names).map((name) => new ColumnData(name, limits.maxCategories));
  }

  /** Name of column i for messages, also for cells past the header. */
  columnName(i: number): string {
    return i < this.columns.length ? this.columns[i].name : `column ${i + 1}`;
  }

  /**
   * Appends a data row.
   * @param row 1-based row number in the file, for messages
   * @throws DatasetImportError on a ragged row or past maxRows
   */
  push(cells: readonly (string | number | null)[], row: number): void {
    const width = this.columns.length;
    if (cells.length !== width && !onlyTrailingBlanks(cells, width)) {
      throw new DatasetImportError(
        'ragged',
        this.file,
        `row ${row} has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}, ${this.header} has ${width}`,
      );
    }
    if (this.rows >= this.limits.maxRows) {
      throw new DatasetImportError(
        'too-many-rows',
        this.file,
        `has more than ${formatCount(this.limits.maxRows)} data rows; the limit is ${formatCount(this.limits.maxRows)}`,
        { subject: true },
      );
    }
    this.rows++;
    for (let c = 0; c < width; c++) {
      this.columns[c].push(c < cells.length ? cells[c] : null, row, this.decimalComma);
    }
  }
}

/** A row with extra cells that are all empty (`1,2,3,` under a 3-name header) is accepted:
 * spreadsheets write a trailing delimiter often. Fewer cells than the header is not. */
function onlyTrailingBlanks(cells: readonly (string | number | null)[], width: number): boolean {
  if (cells.length < width) return false;
  for (let c = width; c < cells.length; c++) {
    const cell = cells[c];
    if (cell !== null && (typeof cell !== 'string' || cell.trim() !== '')) return false;
  }
  return true;
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.trim() === '' ? `column ${i + 1}` : raw.trim();
    let name = base;
    for (let k = 2; seen.has(name); k++) name = `${base} (${k})`;
    seen.add(name);
    return name;
  });
}
