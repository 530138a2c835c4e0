import type { TextEncodingName } from './chunk-decoder';
import { ColumnData } from './column-data';
import { DatasetImportError, type ImportSaid } from './import-error';
import { formatCount, type ImportLimits } from './import-limits';
import { DECIMAL_POINT, type NumberFormat } from './number-format';
import type { Phrase } from './report-phrase';

/** Where a table came from and how it was read: the report states every item. */
export interface TableSource {
  /** base name of the file, used in every message */
  fileName: string;
  format: 'csv' | 'json' | 'xlsx' | 'arff';
  bytes: number;
  /** sha256 of the file's bytes, hex */
  hash: string;
  /** text files: the encoding read */
  encoding?: TextEncodingName;
  /** text files: a byte-order mark began the file */
  bom?: boolean;
  /** why the encoding is not the UTF-8 the file was expected in, when it is not */
  encodingNote?: Phrase;
  /** delimited files only */
  delimiter?: ',' | ';' | '\t';
  decimalComma?: boolean;
  /** the thousands separator the file was found to use, if any */
  thousands?: '.' | ',' | null;
  hasHeader?: boolean;
  /** every line ended with a delimiter, so the empty last column was left out */
  trailingDelimiter?: boolean;
  /** spreadsheets: the sheet read, and every sheet of the workbook */
  sheet?: string;
  sheets?: string[];
  /** ARFF: the relation's name */
  relation?: string;
}

/** A file read into columns, before the caller chooses roles. */
export interface Table {
  source: TableSource;
  columns: ColumnData[];
  /** data rows */
  rows: number;
  /** the file's row number of each data row, as messages name it: [rows] */
  lines: Int32Array;
  /** columns whose type the file declares (ARFF's nominal attributes are categories) */
  declaredTypes?: ReadonlyMap<string, 'numeric' | 'categorical'>;
}

/**
 * Collects rows into columns, checking each row against the header and the limits. Delimited
 * files feed it field by field (`field`, `endRecord`), other readers row by row (`push`).
 * Header names are data: kept in arrays and Maps only, never used as object keys.
 */
export class TableBuilder {
  readonly columns: ColumnData[];
  rows = 0;
  private lineOf: Int32Array;
  /** fields seen of the record being read, and whether one past the header held a value */
  private fields = 0;
  private extraValue = false;

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
    readonly format: NumberFormat = DECIMAL_POINT,
    /** rows expected, when the reader can estimate them, so storage seldom has to grow */
    capacity = 1024,
  ) {
    if (names.length > limits.maxColumns) {
      throw new DatasetImportError(
        'too-many-columns',
        file,
        `has ${formatCount(names.length)} columns; the limit is ${formatCount(limits.maxColumns)}`,
        { subject: true },
        { key: 'tooManyColumns', params: { n: names.length, limit: limits.maxColumns } },
      );
    }
    const rows = Math.min(Math.max(1024, Math.ceil(capacity)), limits.maxRows);
    this.lineOf = new Int32Array(rows);
    this.columns = uniqueNames(names).map(
      (name) => new ColumnData(name, limits.maxCategories, format, rows),
    );
  }

  /** The file's row number of each data row so far: [rows]. */
  get lines(): Int32Array {
    return this.lineOf.subarray(0, this.rows);
  }

  /** Name of column i for messages, also for cells past the header. */
  columnName(i: number): string {
    return i < this.columns.length ? this.columns[i].name : `column ${i + 1}`;
  }

  /** The next field of the current record, written in s[from, to), on file row `line`. */
  field(s: string, from: number, to: number, line: number): void {
    const c = this.fields++;
    if (c === 0) this.startRow(line);
    if (c < this.columns.length) this.columns[c].pushRange(s, from, to, line);
    else if (!this.extraValue && s.slice(from, to).trim() !== '') this.extraValue = true;
  }

  /** The next field of the current record is the plain number `value`, written s[from, to). */
  number(value: number, s: string, from: number, to: number, line: number): void {
    const c = this.fields++;
    if (c === 0) this.startRow(line);
    if (c < this.columns.length) this.columns[c].pushNumber(value, s, from, to, line);
    else this.extraValue = true;
  }

  /** Ends the current record (begun on file row `line`). @throws on a ragged row */
  endRecord(line: number): void {
    const cells = this.fields;
    this.fields = 0;
    if (cells < this.columns.length || this.extraValue) {
      throw this.ragged(line, cells);
    }
  }

  /**
   * Appends a data row.
   * @param row 1-based row number in the file, for messages
   * @throws DatasetImportError on a ragged row or past maxRows
   */
  push(cells: readonly (string | number | null)[], row: number): void {
    const width = this.columns.length;
    if (cells.length !== width && !onlyTrailingBlanks(cells, width)) {
      throw this.ragged(row, cells.length);
    }
    this.startRow(row);
    for (let c = 0; c < width; c++) this.columns[c].push(c < cells.length ? cells[c] : null, row);
  }

  private startRow(line: number): void {
    if (this.rows >= this.limits.maxRows) {
      throw new DatasetImportError(
        'too-many-rows',
        this.file,
        `has more than ${formatCount(this.limits.maxRows)} data rows; the limit is ${formatCount(this.limits.maxRows)}`,
        { subject: true },
        { key: 'tooManyRows', params: { limit: this.limits.maxRows } },
      );
    }
    if (this.rows === this.lineOf.length) {
      const grown = new Int32Array(this.lineOf.length * 2);
      grown.set(this.lineOf);
      this.lineOf = grown;
    }
    this.lineOf[this.rows++] = line;
  }

  private ragged(row: number, cells: number): DatasetImportError {
    const width = this.columns.length;
    return new DatasetImportError(
      'ragged',
      this.file,
      `row ${row} has ${cells} ${cells === 1 ? 'cell' : 'cells'}, ${this.header} has ${width}`,
      {},
      raggedSaid(this.header, row, cells, width),
    );
  }
}

/** The ragged-row message's id and values for each kind of `header` label. */
function raggedSaid(header: string, line: number, cells: number, width: number): ImportSaid {
  const firstRow = /^row (\d+)$/.exec(header);
  if (firstRow)
    return {
      key: 'raggedFirstRow',
      params: { line, count: cells, width, first: Number(firstRow[1]) },
    };
  return {
    key: header === 'the header' ? 'ragged' : 'raggedRecord',
    params: { line, count: cells, width },
  };
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
