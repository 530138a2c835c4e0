import { isMissing, parseNumber } from './cell-value';

/** Marks a cell in `codes`: -1 = no text (a number or missing), -2 = text past maxCategories. */
export const NO_TEXT = -1;
export const OVERFLOW_TEXT = -2;

/** The first text cell of a column, for "'abc' is not a number" messages. */
export interface FirstText {
  row: number;
  value: string;
}

/**
 * One column's cells, stored compactly while a file streams in: a number per row (NaN when
 * missing or text) and, only once a text cell appears, a category code per row. Distinct texts
 * are interned, so a million rows of `red`/`green` cost a number and a code each.
 */
export class ColumnData {
  length = 0;
  missing = 0;
  /** cells that are text (not numbers, not missing) */
  textCells = 0;
  firstText?: FirstText;
  /** more distinct texts than maxCategories: the column cannot be encoded one-hot */
  overflow = false;
  /** distinct texts in order of first appearance; code i ↔ texts[i] */
  readonly texts: string[] = [];
  // small to start: a wide table has many columns, most growing only to its row count
  private numbers = new Float64Array(64);
  private codes?: Int32Array;
  private readonly textCodes = new Map<string, number>();

  /**
   * @param name the header name (unique within its table)
   * @param maxCategories distinct texts kept before the column is marked overflowing
   */
  constructor(
    readonly name: string,
    private readonly maxCategories: number,
  ) {}

  /**
   * Appends one cell.
   * @param cell raw text (trimmed here), a number (from JSON) or null (missing)
   * @param row 1-based row number in the source, for messages
   */
  push(cell: string | number | null, row: number, decimalComma: boolean): void {
    const i = this.length++;
    if (i === this.numbers.length) this.grow();
    if (typeof cell === 'number') {
      this.setNumber(i, Number.isFinite(cell) ? cell : NaN);
      return;
    }
    const text = cell === null ? '' : cell.trim();
    if (isMissing(text)) {
      this.setNumber(i, NaN);
      return;
    }
    const value = parseNumber(text, decimalComma);
    if (!Number.isNaN(value)) {
      this.setNumber(i, value);
      return;
    }
    this.numbers[i] = NaN;
    this.textCells++;
    this.firstText ??= { row, value: text };
    this.codes ??= this.newCodes();
    this.codes[i] = this.codeOf(text);
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

  /** True when row i has no value. */
  isMissing(i: number): boolean {
    return Number.isNaN(this.numbers[i]) && (!this.codes || this.codes[i] === NO_TEXT);
  }

  private setNumber(i: number, value: number): void {
    this.numbers[i] = value;
    if (Number.isNaN(value)) this.missing++;
    if (this.codes) this.codes[i] = NO_TEXT;
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
      codes.set(this.codes);
      this.codes = codes;
    }
  }
}
