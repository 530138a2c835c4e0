import { DatasetImportError } from './import-error';
import { formatCount, type ImportLimits } from './import-limits';
import { scanned, scanNumberPrefix } from './number-format';

/** Where a tokenizer sends what it reads. */
export interface FieldSink {
  /** the next field of the current record is s[from, to); the record began on file row `line` */
  field(s: string, from: number, to: number, line: number): void;
  /** the current record (begun on file row `line`) has ended */
  endRecord(line: number): void;
  /**
   * The next field is the plain number `value`, written in s[from, to). A sink that has this
   * gets plain numbers read while the field is found (one pass over their characters).
   */
  number?(value: number, s: string, from: number, to: number, line: number): void;
}

/** One parsed record: its cells and the 1-based line on which it starts. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** A sink that keeps whole records, for the first lines of a file (dialect and header). */
export class RecordCollector implements FieldSink {
  readonly records: CsvRecord[] = [];
  private cells: string[] = [];

  field(s: string, from: number, to: number): void {
    this.cells.push(s.slice(from, to));
  }

  endRecord(line: number): void {
    this.records.push({ cells: this.cells, line });
    this.cells = [];
  }

  /** The fields of a record not yet ended, which the collector then forgets. */
  takePending(): string[] {
    const cells = this.cells;
    this.cells = [];
    return cells;
  }
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
  /** text of the current field gathered so far, when it is not one slice of one chunk */
  private field = '';
  private gathered = false;
  /** fields of the current record so far */
  private fields = 0;
  private line = 1;
  private recordLine = 1;
  /** the line on which the current quoted field opened, for the "never closed" message */
  private quoteLine = 0;
  /** a CR ended the previous chunk: a LF starting the next one belongs to it */
  private pendingCr = false;
  /** the previous character inside a quoted field was a CR */
  private quotedCr = false;
  private readonly delimiter: number;
  /** the decimal mark's char code, once the sink takes numbers (0: it does not) */
  private decimal = 0;

  /**
   * @param delimiter one character: `,` `;` or tab
   * @param sink receives every field and the end of every record; it may be swapped between
   *   records (the first lines go to a RecordCollector, the rest straight to the table)
   * @param columnName names a 0-based field index for error messages (the header may not be
   *   known yet when the tokenizer starts)
   */
  constructor(
    delimiter: string,
    private readonly file: string,
    private readonly limits: Pick<ImportLimits, 'maxColumns' | 'maxCellChars'>,
    private sink: FieldSink,
    public columnName: (index: number) => string = (i) => `column ${i + 1}`,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Sends what follows to another sink.
   * @param decimal the file's decimal mark, when the sink takes numbers
   */
  setSink(sink: FieldSink, decimal?: '.' | ','): void {
    this.sink = sink;
    this.decimal = sink.number && decimal ? decimal.charCodeAt(0) : 0;
  }

  /** The file row on which the record being read began. */
  get currentLine(): number {
    return this.recordLine;
  }

  /** Parses one more chunk; complete fields and records reach the sink before it returns. */
  push(chunk: string): void {
    let i = 0;
    if (this.pendingCr && chunk.charCodeAt(0) === LF) i = 1;
    this.pendingCr = false;
    // The current field's text within this chunk starts at `start`; most fields are one
    // slice of one chunk and reach the sink as a range, without a string of their own.
    let start = i;
    const delimiter = this.delimiter;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.state === State.FieldStart) {
        if (c === QUOTE) {
          this.state = State.Quoted;
          this.gathered = true;
          this.quoteLine = this.line;
          this.quotedCr = false;
          start = i + 1;
          continue;
        }
        if (this.decimal !== 0 && !this.gathered) {
          // Most cells are plain numbers: read them while looking for their end.
          const end = scanNumberPrefix(chunk, i, chunk.length, this.decimal);
          const next = end > 0 && end < chunk.length ? chunk.charCodeAt(end) : 0;
          const ends = next === delimiter || next === LF || next === CR;
          if (ends && !Number.isNaN(scanned.value)) {
            this.numberField(chunk, i, end);
            if (next === delimiter) {
              i = end;
              start = end + 1;
            } else {
              this.fields = 0;
              this.sink.endRecord(this.recordLine);
              i = this.nextLine(chunk, end);
              start = i + 1;
            }
            continue;
          }
        }
        this.state = State.Unquoted;
      }
      switch (this.state) {
        case State.Unquoted:
          if (c === delimiter) {
            this.endField(chunk, start, i);
            start = i + 1;
          } else if (c === LF || c === CR) {
            i = this.endLine(chunk, start, i);
            start = i + 1;
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.gather(chunk, start, i);
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
          } else if (c === delimiter) {
            this.endField(chunk, i, i);
            start = i + 1;
          } else if (c === LF || c === CR) {
            i = this.endLine(chunk, i, i);
            start = i + 1;
          } else {
            this.state = State.Unquoted;
            start = i;
          }
          break;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) {
      this.gather(chunk, start, chunk.length);
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
        {},
        { key: 'unclosedQuote', params: { opened: this.quoteLine } },
      );
    }
    if (this.state !== State.FieldStart || this.fields > 0) this.endRecord('', 0, 0);
  }

  /** Adds chunk[from, to) to the field's gathered text. */
  private gather(chunk: string, from: number, to: number): void {
    this.gathered = true;
    if (to <= from) return;
    this.field += chunk.slice(from, to);
    this.checkLength(this.field.length);
  }

  private checkLength(length: number): void {
    if (length > this.limits.maxCellChars) {
      throw new DatasetImportError(
        'cell-too-long',
        this.file,
        `a cell is longer than ${formatCount(this.limits.maxCellChars)} characters, the limit`,
        { row: this.recordLine, column: this.columnName(this.fields) },
        { key: 'cellTooLong', params: { limit: this.limits.maxCellChars } },
      );
    }
  }

  /** Ends the field whose text in this chunk is chunk[from, to). */
  private endField(chunk: string, from: number, to: number): void {
    if (this.fields >= this.limits.maxColumns) this.tooManyColumns();
    if (this.gathered) {
      if (to > from) this.gather(chunk, from, to);
      const text = this.field;
      this.field = '';
      this.gathered = false;
      this.sink.field(text, 0, text.length, this.recordLine);
    } else {
      this.checkLength(to - from);
      this.sink.field(chunk, from, to, this.recordLine);
    }
    this.fields++;
    this.state = State.FieldStart;
  }

  /** A field that is the plain number scanned from chunk[from, to). */
  private numberField(chunk: string, from: number, to: number): void {
    if (this.fields >= this.limits.maxColumns) this.tooManyColumns();
    this.sink.number!(scanned.value, chunk, from, to, this.recordLine);
    this.fields++;
  }

  private tooManyColumns(): never {
    throw new DatasetImportError(
      'too-many-columns',
      this.file,
      `row ${this.recordLine} has more than ${formatCount(this.limits.maxColumns)} columns; the limit is ${formatCount(this.limits.maxColumns)}`,
      {},
      { key: 'rowTooWide', params: { line: this.recordLine, limit: this.limits.maxColumns } },
    );
  }

  /** Ends the record at a line break at chunk[i] (the field's text is chunk[from, i));
   * returns the index of the line break's last character. */
  private endLine(chunk: string, from: number, i: number): number {
    // blank: nothing at all on the line (a lone `""` is a record with one empty cell)
    const blank =
      this.fields === 0 && !this.gathered && from === i && this.state !== State.QuoteInQuoted;
    if (!blank) this.endRecord(chunk, from, i);
    return this.nextLine(chunk, i);
  }

  /** Moves past the line break at chunk[i]; returns the index of its last character. */
  private nextLine(chunk: string, i: number): number {
    this.state = State.FieldStart;
    this.line++;
    this.recordLine = this.line;
    if (chunk.charCodeAt(i) === CR) {
      if (i + 1 < chunk.length) return chunk.charCodeAt(i + 1) === LF ? i + 1 : i;
      this.pendingCr = true;
    }
    return i;
  }

  private endRecord(chunk: string, from: number, to: number): void {
    this.endField(chunk, from, to);
    this.fields = 0;
    this.sink.endRecord(this.recordLine);
  }
}
