/** How a file writes its numbers, decided once per file and stated in the import report. */
export interface NumberFormat {
  /** the decimal mark */
  decimal: '.' | ',';
  /**
   * The punctuation the file puts between groups of three digits (`1,234.5`, `1.234,5`), when
   * it shows one. Spaces and apostrophes between groups (`1 234`, `1'234`) are always read.
   */
  thousands: '.' | ',' | null;
}

/** Plain numbers with a decimal point: what a file holds when nothing says otherwise. */
export const DECIMAL_POINT: NumberFormat = Object.freeze({ decimal: '.', thousands: null });

/** How a number that is not plain was read (the report counts each kind). */
export type LooseKind = 'grouped' | 'other-decimal';

const ZERO = 0x30;
const NINE = 0x39;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
/** 10^0 … 10^22: every one exactly representable, so one multiplication or division by it
 * rounds correctly (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Where scanNumberPrefix puts the value it read (one object, so scanning allocates nothing). */
export const scanned = { value: NaN };

/**
 * Reads the longest plain decimal number at the start of s[from, to) — optional sign, digits
 * with at most one decimal mark, optional exponent — into `scanned.value`.
 * @param decimal the char code of the decimal mark (`.` or `,`)
 * @returns the index just past the number, or -1 when no number starts there; `scanned.value`
 *   is NaN for a number that is not finite (`1e999`)
 */
export function scanNumberPrefix(s: string, from: number, to: number, decimal: number): number {
  let i = from;
  let c = s.charCodeAt(i);
  const negative = c === MINUS;
  if (negative || c === PLUS) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  for (; i < to; i++) {
    c = s.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    mantissa = mantissa * 10 + (c - ZERO);
    digits++;
  }
  if (i < to && s.charCodeAt(i) === decimal) {
    for (i++; i < to; i++) {
      c = s.charCodeAt(i);
      if (c < ZERO || c > NINE) break;
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      scale++;
    }
  }
  if (digits === 0) return -1;
  let exponent = 0;
  if (i < to && ((c = s.charCodeAt(i)) === LOWER_E || c === UPPER_E)) {
    let j = i + 1;
    const sign = s.charCodeAt(j);
    const negativeExponent = sign === MINUS;
    if (negativeExponent || sign === PLUS) j++;
    const start = j;
    for (; j < to; j++) {
      c = s.charCodeAt(j);
      if (c < ZERO || c > NINE) break;
      if (exponent < 100_000) exponent = exponent * 10 + (c - ZERO);
    }
    // `1e` or `1e+` is no exponent: the number ends before the `e` (and the cell is text)
    if (j === start) return i;
    i = j;
    if (negativeExponent) exponent = -exponent;
  }
  const power = exponent - scale;
  let value: number;
  if (mantissa <= Number.MAX_SAFE_INTEGER && power >= -22 && power <= 22) {
    value = power >= 0 ? mantissa * POW10[power] : mantissa / POW10[-power];
    if (negative) value = -value;
  } else {
    const text = s.slice(from, i);
    value = Number(decimal === COMMA ? text.replace(',', '.') : text);
  }
  scanned.value = Number.isFinite(value) ? value : NaN;
  return i;
}

/**
 * The value of a plain decimal number written in s[from, to), or NaN when the text is anything
 * else (or is not finite). Stricter than Number(): `0x10`, `Infinity`, `1e999` and `` are not
 * numbers here.
 * @param decimal the char code of the decimal mark (`.` or `,`)
 */
export function scanNumber(s: string, from: number, to: number, decimal: number): number {
  return scanNumberPrefix(s, from, to, decimal) === to ? scanned.value : NaN;
}

/** The value of a trimmed plain number (see scanNumber), NaN for anything else. */
export function parsePlain(text: string, format: NumberFormat): number {
  return scanNumber(text, 0, text.length, format.decimal === ',' ? COMMA : DOT);
}

// A number written with separators between groups of three digits, the separator captured.
const GROUPED = /^([+-]?)(\d{1,3})([ \u00a0\u202f'.,])\d{3}(?:\3\d{3})*(?:([.,])(\d*))?$/;
const OTHER_DECIMAL_POINT = /^[+-]?(\d+\.\d*|\.\d+)$/;
const OTHER_DECIMAL_COMMA = /^[+-]?(\d+,\d*|,\d+)$/;

/**
 * Reads a trimmed cell that is not a plain number but that a person would still read as one
 * under the file's format: digits grouped by thousands (`1,234.5`, `1.234,5`, `1 234`,
 * `1'234`) or the other decimal mark (`1.5` in a decimal-comma file, which such files often
 * mix in; `1,5` in a decimal-point one). A single group after a dot in a decimal-comma file
 * (`1.500`) is a thousands group only when the file's format says dots separate thousands,
 * else it is 1.5; a single group after a comma in a decimal-point file (`1,500`) is 1500.
 * @returns the value and how it was read, or null when the cell is not a number
 */
export function parseLoose(
  text: string,
  format: NumberFormat,
): { value: number; kind: LooseKind } | null {
  const grouped = GROUPED.exec(text);
  if (grouped) {
    const [, sign, , separator, mark, fraction] = grouped;
    if (mark !== undefined && mark === separator) return null;
    const single = mark === undefined && text.indexOf(separator) === text.lastIndexOf(separator);
    const decimalDot = separator === '.' && format.decimal === ',' && format.thousands !== '.';
    if (single && decimalDot) return otherDecimal(text);
    const digits = text.slice(sign.length).split(separator).join('');
    const value = Number(
      sign + (mark === undefined ? digits : `${digits.slice(0, -fraction.length - 1)}.${fraction}`),
    );
    return Number.isFinite(value) ? { value, kind: 'grouped' } : null;
  }
  const other = format.decimal === ',' ? OTHER_DECIMAL_POINT : OTHER_DECIMAL_COMMA;
  return other.test(text) ? otherDecimal(text) : null;
}

function otherDecimal(text: string): { value: number; kind: LooseKind } | null {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? { value, kind: 'other-decimal' } : null;
}
