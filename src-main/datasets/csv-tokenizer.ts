import { DatasetImportError } from './import-error';
import { formatCount, type ImportLimits } from './import-limits';

/** One parsed record: its cells and the 1-based line on which it starts. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const enum State {
  /** at the start of a field: a quote here opens a quoted field */
  FieldStart,
  Unquoted,
  Quoted,
  /** just saw a quote inside a quoted field: either the first of a doubled pair or the end */
  QuoteInQuoted,
}

/**
 * An RFC 4180 tokenizer fed text in chunks of any size, so a file is never held whole.
 * Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and lone CR all
 * end a record. Lenient where RFC 4180 is strict but the intent is plain: a quote inside an
 * unquoted field (`5"`) and text after a closing quote (`"a"b`) are kept as text.
 * Entirely empty lines are skipped (trailing blank lines are common) but still counted, so
 * line numbers match what a text editor shows.
 */
export class CsvTokenizer {
  private state = State.FieldStart;
  private field = '';
  private cells: string[] = [];
  private line = 1;
  private recordLine = 1;
  /** the line on which the current quoted field opened, for the "never closed" message */
  private quoteLine = 0;
  /** a CR ended the previous chunk: a LF starting the next one belongs to it */
  private pendingCr = false;
  /** the previous character inside a quoted field was a CR */
  private quotedCr = false;
  private readonly delimiter: number;

  /**
   * @param delimiter one character: `,` `;` or tab
   * @param onRecord receives each complete record
   * @param columnName names a 0-based field index for error messages (the header may not be
   *   known yet when the tokenizer starts)
   */
  constructor(
    delimiter: string,
    private readonly file: string,
    private readonly limits: Pick<ImportLimits, 'maxColumns' | 'maxCellChars'>,
    private readonly onRecord: (record: CsvRecord) => void,
    public columnName: (index: number) => string = (i) => `column ${i + 1}`,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses one more chunk; complete records are passed to onRecord before it returns. */
  push(chunk: string): void {
    let i = 0;
    if (this.pendingCr && chunk.charCodeAt(0) === LF) i = 1;
    this.pendingCr = false;
    // Text of the current field within this chunk starts at `start`; it is appended to
    // `this.field` in slices, not char by char, since most fields are copied unchanged.
    let start = i;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.state === State.FieldStart) {
        if (c === QUOTE) {
          this.state = State.Quoted;
          this.quoteLine = this.line;
          this.quotedCr = false;
          start = i + 1;
          continue;
        }
        this.state = State.Unquoted;
      }
      switch (this.state) {
        case State.Unquoted:
          if (c === this.delimiter) {
            this.appendField(chunk, start, i);
            this.endField();
            start = i + 1;
          } else if (c === LF || c === CR) {
            this.appendField(chunk, start, i);
            i = this.endLine(chunk, i);
            start = i + 1;
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.appendField(chunk, start, i);
            this.state = State.QuoteInQuoted;
          } else if (c === CR || (c === LF && !this.quotedCr)) {
            // count CRLF once, even when a chunk boundary falls between CR and LF
            this.line++;
          }
          this.quotedCr = c === CR;
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            // a doubled quote: keep one, stay inside the quoted field
            this.state = State.Quoted;
            start = i;
          } else if (c === this.delimiter) {
            this.endField();
            start = i + 1;
          } else if (c === LF || c === CR) {
            i = this.endLine(chunk, i);
            start = i + 1;
          } else {
            this.state = State.Unquoted;
            start = i;
          }
          break;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) {
      this.appendField(chunk, start, chunk.length);
    }
  }

  /**
   * Flushes the last record (a file need not end with a line break).
   * @throws DatasetImportError when a quoted field is still open
   */
  end(): void {
    if (this.state === State.Quoted) {
      throw new DatasetImportError(
        'unclosed-quote',
        this.file,
        `a quote opened on row ${this.quoteLine} is never closed`,
      );
    }
    if (this.state !== State.FieldStart || this.cells.length > 0) this.endRecord();
  }

  private appendField(chunk: string, from: number, to: number): void {
    if (to <= from) return;
    this.field += chunk.slice(from, to);
    if (this.field.length > this.limits.maxCellChars) {
      throw new DatasetImportError(
        'cell-too-long',
        this.file,
        `a cell is longer than ${formatCount(this.limits.maxCellChars)} characters, the limit`,
        { row: this.recordLine, column: this.columnName(this.cells.length) },
      );
    }
  }

  private endField(): void {
    if (this.cells.length >= this.limits.maxColumns) {
      throw new DatasetImportError(
        'too-many-columns',
        this.file,
        `row ${this.recordLine} has more than ${formatCount(this.limits.maxColumns)} columns; the limit is ${formatCount(this.limits.maxColumns)}`,
      );
    }
    this.cells.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  /** Ends the record at a line break at chunk[i]; returns the index of its last character. */
  private endLine(chunk: string, i: number): number {
    // blank: nothing at all on the line (a lone `""` is a record with one empty cell)
    const blank =
      this.cells.length === 0 && this.field === '' && this.state !== State.QuoteInQuoted;
    if (!blank) this.endRecord();
    this.state = State.FieldStart;
    this.line++;
    this.recordLine = this.line;
    if (chunk.charCodeAt(i) === CR) {
      if (i + 1 < chunk.length) return chunk.charCodeAt(i + 1) === LF ? i + 1 : i;
      this.pendingCr = true;
    }
    return i;
  }

  private endRecord(): void {
    this.endField();
    const record = { cells: this.cells, line: this.recordLine };
    this.cells = [];
    this.onRecord(record);
  }
}
