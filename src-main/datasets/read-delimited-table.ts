import { stat } from 'node:fs/promises';
import { CsvTokenizer, RecordCollector } from './csv-tokenizer';
import {
  detectDelimiter,
  detectHeader,
  detectNumberFormat,
  detectTrailingDelimiter,
  SAMPLE_LINES,
} from './detect-dialect';
import { DatasetImportError } from './import-error';
import type { ImportLimits } from './import-limits';
import type { DelimitedOptions } from './read-options';
import { readTextFile } from './read-text-file';
import { DECIMAL_POINT, type NumberFormat } from './number-format';
import { TableBuilder, type Table, type TableSource } from './table';

/** Characters of the file's start the delimiter guess looks at, at most. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * Reads a CSV/TSV file into columns, streaming: the delimiter, decimal comma and header are
 * guessed from the first lines (unless given), then each record goes straight into compact
 * column storage. Row numbers in messages are the line on which a record starts, as a text
 * editor shows them; without quoted line breaks they are also the spreadsheet's row numbers.
 * @throws DatasetImportError for every problem with the file, naming file, row and column
 */
export async function readDelimitedTable(
  filePath: string,
  options: DelimitedOptions = {},
): Promise<Table> {
  const { file, limits, chunks, source } = readTextFile(filePath, options);
  const reader = new DelimitedReader(file, limits, options, await sizeOf(filePath));
  for await (const chunk of chunks) reader.push(chunk);
  const { builder, ...dialect } = reader.end();
  if (options.signal?.aborted) {
    throw new DatasetImportError(
      'cancelled',
      file,
      'the import was cancelled',
      {},
      { key: 'cancelled' },
    );
  }
  return {
    source: { ...source('csv'), ...dialect },
    columns: builder.columns,
    rows: builder.rows,
    lines: builder.lines,
  };
}

/** The reading state: sampling the start, then tokenizing into a table. */
class DelimitedReader {
  private sample = '';
  private tokenizer?: CsvTokenizer;
  private delimiter: ',' | ';' | '\t' = ',';
  /** takes the records seen before the header question is settled */
  private collector = new RecordCollector();
  private builder?: TableBuilder;
  private format: NumberFormat = DECIMAL_POINT;
  private hasHeader = false;
  private trailingDelimiter = false;

  /** characters of the sample, to estimate the rows of the whole file from */
  private sampleChars = 0;

  constructor(
    private readonly file: string,
    private readonly limits: ImportLimits,
    private readonly options: DelimitedOptions,
    private readonly fileBytes: number,
  ) {}

  push(chunk: string): void {
    if (this.tokenizer) {
      this.tokenizer.push(chunk);
      if (!this.builder && this.collector.records.length > 0) this.settleHeader();
      return;
    }
    this.sample += chunk;
    if (this.sample.length >= SAMPLE_CHARS || countLineBreaks(this.sample) > SAMPLE_LINES) {
      this.startTokenizing(false);
    }
  }

  end(): Omit<TableSource, 'fileName' | 'format' | 'bytes' | 'hash'> & {
    builder: TableBuilder;
  } {
    if (!this.tokenizer) this.startTokenizing(true);
    this.tokenizer!.end();
    if (!this.builder) this.settleHeader();
    const builder = this.builder!;
    if (builder.rows === 0) {
      throw new DatasetImportError(
        'header-only',
        this.file,
        'only a header, no data rows',
        {},
        { key: 'headerOnly' },
      );
    }
    return {
      builder,
      delimiter: this.delimiter,
      decimalComma: this.format.decimal === ',',
      thousands: this.format.thousands,
      hasHeader: this.hasHeader,
      trailingDelimiter: this.trailingDelimiter,
    };
  }

  private startTokenizing(whole: boolean): void {
    this.delimiter = this.options.delimiter ?? detectDelimiter(this.sample, whole);
    this.tokenizer = new CsvTokenizer(this.delimiter, this.file, this.limits, this.collector, (i) =>
      this.earlyColumnName(i),
    );
    const sample = this.sample;
    this.sampleChars = sample.length;
    this.sample = '';
    this.tokenizer.push(sample);
    // The sample's records are enough to settle the header, unless it held no full line yet.
    if (this.collector.records.length > 0) this.settleHeader();
  }

  /** Names a column for an error raised while the header is still unsettled (e.g. a huge
   * cell inside the sample): settle it from the records seen so far, if there are any. */
  private earlyColumnName(i: number): string {
    if (!this.builder && this.collector.records.length > 0) this.settleHeader();
    return this.builder ? this.builder.columnName(i) : `column ${i + 1}`;
  }

  /** Decides number format, header and trailing delimiter from the records seen so far, then
   * builds the table and sends every later field straight to it. */
  private settleHeader(): void {
    const records = this.collector.records;
    if (records.length === 0) {
      throw new DatasetImportError(
        'empty',
        this.file,
        'the file holds only blank lines',
        {},
        { key: 'blankLines' },
      );
    }
    const cells = records.map((r) => r.cells);
    const detected = detectNumberFormat(this.delimiter, cells);
    const decimalComma = this.options.decimalComma ?? detected.decimal === ',';
    this.format =
      decimalComma === (detected.decimal === ',')
        ? detected
        : { decimal: decimalComma ? ',' : '.', thousands: null };
    this.hasHeader = this.options.header ?? detectHeader(cells, this.format);
    this.trailingDelimiter = detectTrailingDelimiter(cells.slice(0, SAMPLE_LINES));
    const first = records[0];
    const width = first.cells.length - (this.trailingDelimiter ? 1 : 0);
    const names = this.hasHeader
      ? first.cells.slice(0, width)
      : Array.from({ length: width }, (_, i) => `column ${i + 1}`);
    const label = this.hasHeader ? 'the header' : `row ${first.line}`;
    // rows the file holds if its records are as long as the sample's (+10%)
    const expected = (1.1 * this.fileBytes * records.length) / Math.max(1, this.sampleChars);
    const builder = new TableBuilder(this.file, names, this.limits, label, this.format, expected);
    this.tokenizer!.columnName = (i) => builder.columnName(i);
    for (const record of this.hasHeader ? records.slice(1) : records) {
      builder.push(record.cells, record.line);
    }
    this.builder = builder;
    // The record being read when the header settled goes on in the table: its first fields
    // reached the collector, the rest will reach the table.
    const line = this.tokenizer!.currentLine;
    for (const cell of this.collector.takePending()) builder.field(cell, 0, cell.length, line);
    this.tokenizer!.setSink(builder, this.format.decimal);
  }
}

/** The file's size in bytes, 0 when it cannot be known (reading it then says why). */
async function sizeOf(filePath: string): Promise<number> {
  try {
    return (await stat(filePath)).size;
  } catch {
    return 0;
  }
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
