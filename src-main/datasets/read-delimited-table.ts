import { createHash } from 'node:crypto';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';
import { detectDecimalComma, detectDelimiter, detectHeader, SAMPLE_LINES } from './detect-dialect';
import { DatasetImportError } from './import-error';
import { resolveLimits, type ImportLimits } from './import-limits';
import { fileNameOf, type DelimitedOptions } from './read-options';
import { readTextChunks } from './read-text-chunks';
import { TableBuilder, type Table } from './table';

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
  const file = fileNameOf(filePath, options);
  const limits = resolveLimits(options.limits);
  const hash = createHash('sha256');
  let bytes = 0;
  const chunks = readTextChunks(filePath, {
    file,
    limits,
    hash,
    onProgress: (read, total) => {
      bytes = read;
      options.onProgress?.(read, total);
    },
    signal: options.signal,
  });
  const reader = new DelimitedReader(file, limits, options);
  for await (const chunk of chunks) reader.push(chunk);
  const { builder, delimiter, decimalComma, hasHeader } = reader.end();
  if (options.signal?.aborted) {
    throw new DatasetImportError('cancelled', file, 'the import was cancelled');
  }
  return {
    source: {
      fileName: file,
      format: 'csv',
      bytes,
      hash: hash.digest('hex'),
      delimiter,
      decimalComma,
      hasHeader,
    },
    columns: builder.columns,
    rows: builder.rows,
  };
}

/** The reading state: sampling the start, then tokenizing into a table. */
class DelimitedReader {
  private sample = '';
  private tokenizer?: CsvTokenizer;
  private delimiter: ',' | ';' | '\t' = ',';
  /** records seen before the header question is settled */
  private pending: CsvRecord[] = [];
  private builder?: TableBuilder;
  private decimalComma = false;
  private hasHeader = false;
  /** the sample has gone through the tokenizer: the next record settles the header */
  private sampled = false;

  constructor(
    private readonly file: string,
    private readonly limits: ImportLimits,
    private readonly options: DelimitedOptions,
  ) {}

  push(chunk: string): void {
    if (this.tokenizer) {
      this.tokenizer.push(chunk);
      return;
    }
    this.sample += chunk;
    if (this.sample.length >= SAMPLE_CHARS || countLineBreaks(this.sample) > SAMPLE_LINES) {
      this.startTokenizing(false);
    }
  }

  end(): {
    builder: TableBuilder;
    delimiter: ',' | ';' | '\t';
    decimalComma: boolean;
    hasHeader: boolean;
  } {
    if (!this.tokenizer) this.startTokenizing(true);
    this.tokenizer!.end();
    if (!this.builder) this.settleHeader();
    const builder = this.builder!;
    if (builder.rows === 0) {
      throw new DatasetImportError('header-only', this.file, 'only a header, no data rows');
    }
    return {
      builder,
      delimiter: this.delimiter,
      decimalComma: this.decimalComma,
      hasHeader: this.hasHeader,
    };
  }

  private startTokenizing(whole: boolean): void {
    this.delimiter = this.options.delimiter ?? detectDelimiter(this.sample, whole);
    this.tokenizer = new CsvTokenizer(
      this.delimiter,
      this.file,
      this.limits,
      (record) => this.onRecord(record),
      (i) => this.earlyColumnName(i),
    );
    const sample = this.sample;
    this.sample = '';
    this.tokenizer.push(sample);
    this.sampled = true;
    // The sample's records are enough to settle the header, unless it held no full line yet.
    if (this.pending.length > 0) this.settleHeader();
  }

  private onRecord(record: CsvRecord): void {
    if (this.builder) {
      this.builder.push(record.cells, record.line);
      return;
    }
    this.pending.push(record);
    if (this.sampled) this.settleHeader();
  }

  /** Names a column for an error raised while the header is still unsettled (e.g. a huge
   * cell inside the sample): settle it from the records seen so far, if there are any. */
  private earlyColumnName(i: number): string {
    if (!this.builder && this.pending.length > 0) this.settleHeader();
    return this.builder ? this.builder.columnName(i) : `column ${i + 1}`;
  }

  /** Decides decimal comma and header from the records seen so far, then builds the table. */
  private settleHeader(): void {
    const records = this.pending;
    this.pending = [];
    if (records.length === 0) {
      throw new DatasetImportError('empty', this.file, 'the file holds only blank lines');
    }
    const cells = records.map((r) => r.cells);
    this.decimalComma = this.options.decimalComma ?? detectDecimalComma(this.delimiter, cells);
    this.hasHeader = this.options.header ?? detectHeader(cells, this.decimalComma);
    const first = records[0];
    const names = this.hasHeader ? first.cells : first.cells.map((_, i) => `column ${i + 1}`);
    const label = this.hasHeader ? 'the header' : `row ${first.line}`;
    const builder = new TableBuilder(this.file, names, this.limits, label, this.decimalComma);
    this.tokenizer!.columnName = (i) => builder.columnName(i);
    for (const record of this.hasHeader ? records.slice(1) : records) {
      builder.push(record.cells, record.line);
    }
    this.builder = builder;
  }
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
