import { isMissing } from './cell-value';
import { parseLoose, scanNumber, type LooseKind, type NumberFormat } from './number-format';

/** Marks a cell in `codes`: -1 = no text (a number or missing), -2 = text past maxCategories. */
export const NO_TEXT = -1;
export const OVERFLOW_TEXT = -2;

/** How many example cells a column keeps per kind (the report lists them). */
export const EXAMPLES = 10;

/** A cell as written, with its row number in the file. */
export interface CellExample {
  row: number;
  value: string;
}

/** Cells counted with their first examples. */
export interface CellTally {
  count: number;
  examples: CellExample[];
}

/** The largest finite float32, and the smallest positive one (a subnormal). */
export const FLOAT32_MAX = 3.4028234663852886e38;
const FLOAT32_MIN = 1.401298464324817e-45;

const SPACE = 0x20;
const TAB = 0x09;

/**
 * One column's cells, stored compactly while a file streams in: a number per row (NaN when
 * missing or text) and, only once a text cell appears, a category code per row. Distinct texts
 * are interned, so a million rows of `red`/`green` cost a number and a code each. It also
 * keeps what the import report says about the column: missing cells by token, cells that are
 * text, numbers read through thousands separators or the other decimal mark, and numbers a
 * 32-bit float cannot hold.
 */
export class ColumnData {
  length = 0;
  missing = 0;
  /** missing cells by their token as written ('' for empty) */
  readonly missingTokens = new Map<string, number>();
  /** the first missing cells, with their token */
  readonly missingCells: CellTally = { count: 0, examples: [] };
  /** cells that are text (not numbers, not missing) */
  readonly text: CellTally = { count: 0, examples: [] };
  /** numbers written with thousands separators (`1,234`) */
  readonly grouped: CellTally = { count: 0, examples: [] };
  /** numbers written with the decimal mark the file does not use (`1.5` in a `1,5` file) */
  readonly otherDecimal: CellTally = { count: 0, examples: [] };
  /** numbers beyond ±3.4e38, which a 32-bit float turns into ±Infinity */
  readonly tooLarge: CellTally = { count: 0, examples: [] };
  /** non-zero numbers below 1.4e-45 in size, which a 32-bit float turns into 0 */
  readonly tooSmall: CellTally = { count: 0, examples: [] };
  /** more distinct texts than maxCategories: the column cannot be encoded one-hot */
  overflow = false;
  /** distinct texts in order of first appearance; code i ↔ texts[i] */
  readonly texts: string[] = [];
  private numbers: Float64Array;
  private codes?: Int32Array;
  private readonly textCodes = new Map<string, number>();
  private readonly decimalCode: number;

  /**
   * @param name the header name (unique within its table)
   * @param maxCategories distinct texts kept before the column is marked overflowing
   * @param format how the file writes numbers
   */
  constructor(
    readonly name: string,
    private readonly maxCategories: number,
    private readonly format: NumberFormat,
    /** rows expected (an estimate from the file's size), so storage seldom has to grow */
    capacity = 64,
  ) {
    this.decimalCode = format.decimal.charCodeAt(0);
    this.numbers = new Float64Array(Math.max(64, capacity));
  }

  /** The first text cell, for "'abc' is not a number" messages. */
  get firstText(): CellExample | undefined {
    return this.text.examples[0];
  }

  /** Cells holding a number. */
  get numberCells(): number {
    return this.length - this.missing - this.text.count;
  }

  /**
   * Appends the cell written in s[from, to) (surrounding spaces and tabs are not part of it).
   * Delimited files call this with the chunk they read, so most numbers never become strings.
   * @param row 1-based row number in the source, for messages
   */
  pushRange(s: string, from: number, to: number, row: number): void {
    let c: number;
    while (from < to && ((c = s.charCodeAt(from)) === SPACE || c === TAB)) from++;
    while (to > from && ((c = s.charCodeAt(to - 1)) === SPACE || c === TAB)) to--;
    const i = this.next();
    if (from === to) return this.setMissing(i, '', row);
    if (mayStartNumber(s.charCodeAt(from))) {
      const value = scanNumber(s, from, to, this.decimalCode);
      if (!Number.isNaN(value)) return this.setNumber(i, value, s, from, to, row);
    }
    this.pushText(i, s.slice(from, to).trim(), row);
  }

  /** Appends a number already read from s[from, to) (by the tokenizer). */
  pushNumber(value: number, s: string, from: number, to: number, row: number): void {
    this.setNumber(this.next(), value, s, from, to, row);
  }

  /**
   * Appends one cell.
   * @param cell raw text (trimmed here), a number (from JSON or a spreadsheet) or null (missing)
   * @param row 1-based row number in the source, for messages
   */
  push(cell: string | number | null, row: number): void {
    if (typeof cell === 'string') return this.pushRange(cell, 0, cell.length, row);
    const i = this.next();
    if (cell === null) return this.setMissing(i, '', row);
    if (Number.isFinite(cell)) return this.setNumber(i, cell, undefined, 0, 0, row);
    this.pushText(i, String(cell), row);
  }

  /** Every row's numeric value (NaN when missing or text): [length], a view, not a copy. */
  get values(): Float64Array {
    return this.numbers.subarray(0, this.length);
  }

  /**
   * How often each category occurs (numbers counted by their text form) in the given rows, or
   * in all of them. Text is counted by its code, so a million rows cost no string per row.
   */
  countCategories(rows?: ArrayLike<number>): Map<string, number> {
    const byCode = new Float64Array(this.texts.length);
    const counts = new Map<string, number>();
    const n = rows ? rows.length : this.length;
    const codes = this.codes;
    for (let k = 0; k < n; k++) {
      const r = rows ? rows[k] : k;
      const code = codes ? codes[r] : NO_TEXT;
      if (code >= 0) byCode[code]++;
      else if (code === NO_TEXT && !Number.isNaN(this.numbers[r])) {
        const text = String(this.numbers[r]);
        counts.set(text, (counts.get(text) ?? 0) + 1);
      }
    }
    this.texts.forEach((text, code) => {
      if (byCode[code] > 0) counts.set(text, (counts.get(text) ?? 0) + byCode[code]);
    });
    return counts;
  }

  /** The numeric value of row i, NaN when missing or text. */
  number(i: number): number {
    return this.numbers[i];
  }

  /** The category of row i as text (numbers in their shortest form), undefined when missing. */
  category(i: number): string | undefined {
    const code = this.codes ? this.codes[i] : NO_TEXT;
    if (code >= 0) return this.texts[code];
    if (code === OVERFLOW_TEXT) return undefined;
    const value = this.numbers[i];
    return Number.isNaN(value) ? undefined : String(value);
  }

  /** The text of row i when it is a text cell, else undefined. */
  textAt(i: number): string | undefined {
    const code = this.codes ? this.codes[i] : NO_TEXT;
    return code >= 0 ? this.texts[code] : undefined;
  }

  /** True when row i has no value (a missing token; text is a value). */
  isMissing(i: number): boolean {
    return Number.isNaN(this.numbers[i]) && (!this.codes || this.codes[i] === NO_TEXT);
  }

  private next(): number {
    const i = this.length++;
    if (i === this.numbers.length) this.grow();
    return i;
  }

  private pushText(i: number, text: string, row: number): void {
    if (isMissing(text)) return this.setMissing(i, text, row);
    const loose = mayStartNumber(text.charCodeAt(0)) ? parseLoose(text, this.format) : null;
    if (loose) {
      tally(looseTally(this, loose.kind), row, text);
      return this.setNumber(i, loose.value, text, 0, text.length, row);
    }
    this.numbers[i] = NaN;
    tally(this.text, row, text);
    this.codes ??= this.newCodes();
    this.codes[i] = this.codeOf(text);
  }

  private setMissing(i: number, token: string, row: number): void {
    this.numbers[i] = NaN;
    this.missing++;
    tally(this.missingCells, row, token);
    this.missingTokens.set(token, (this.missingTokens.get(token) ?? 0) + 1);
  }

  private setNumber(
    i: number,
    value: number,
    s: string | undefined,
    from: number,
    to: number,
    row: number,
  ): void {
    this.numbers[i] = value;
    if (value > FLOAT32_MAX || value < -FLOAT32_MAX) {
      tally(this.tooLarge, row, s === undefined ? String(value) : s.slice(from, to));
    } else if (value !== 0 && value < FLOAT32_MIN && value > -FLOAT32_MIN) {
      tally(this.tooSmall, row, s === undefined ? String(value) : s.slice(from, to));
    }
  }

  private codeOf(text: string): number {
    const known = this.textCodes.get(text);
    if (known !== undefined) return known;
    if (this.texts.length >= this.maxCategories) {
      this.overflow = true;
      return OVERFLOW_TEXT;
    }
    // Copy the text: a slice of a big chunk would keep the whole chunk alive in V8.
    const copy = (' ' + text).slice(1);
    this.textCodes.set(copy, this.texts.length);
    this.texts.push(copy);
    return this.texts.length - 1;
  }

  private newCodes(): Int32Array {
    const codes = new Int32Array(this.numbers.length);
    codes.fill(NO_TEXT);
    return codes;
  }

  private grow(): void {
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.numbers = numbers;
    if (this.codes) {
      const codes = new Int32Array(numbers.length);
      codes.fill(NO_TEXT);
      codes.set(this.codes);
      this.codes = codes;
    }
  }
}

/** Digits, a sign or a decimal mark: what a number (plain, grouped or loose) starts with. */
function mayStartNumber(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x2c;
}

function looseTally(column: ColumnData, kind: LooseKind): CellTally {
  return kind === 'grouped' ? column.grouped : column.otherDecimal;
}

function tally(into: CellTally, row: number, text: string): void {
  into.count++;
  if (into.examples.length < EXAMPLES) into.examples.push({ row, value: (' ' + text).slice(1) });
}
