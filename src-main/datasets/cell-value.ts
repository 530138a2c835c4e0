/** Cells meaning "no value". Compared case-insensitively after trimming. */
const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', '?', 'null']);

/** True when a (trimmed) cell stands for a missing value: empty, NA, N/A, NaN, ?, null. */
export function isMissing(cell: string): boolean {
  return MISSING_TOKENS.has(cell.toLowerCase());
}

// Plain decimal numbers with optional sign, fraction and exponent. Deliberately stricter than
// Number(): Number('0x10'), Number('Infinity') and Number('') are numbers there, not here.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA_NUMBER = /^[+-]?(\d+,?\d*|,\d+)([eE][+-]?\d+)?$/;

/**
 * The number a trimmed cell holds, or NaN when it is not a plain finite number.
 * @param decimalComma read `1,5` as 1.5 (and then `1.5` is not a number: in such files a dot is
 *   a thousands separator, and guessing would silently change values)
 */
export function parseNumber(cell: string, decimalComma: boolean): number {
  let value = NaN;
  if (decimalComma) {
    if (DECIMAL_COMMA_NUMBER.test(cell)) value = Number(cell.replace(',', '.'));
  } else if (NUMBER.test(cell)) {
    value = Number(cell);
  }
  // 1e999 parses to Infinity, which no network can learn from: treat it as text.
  return Number.isFinite(value) ? value : NaN;
}

/** True when a cell looks like a decimal-comma number with a fraction, e.g. `1,5` or `-0,25`. */
export function looksLikeDecimalComma(cell: string): boolean {
  return /^[+-]?\d*,\d+([eE][+-]?\d+)?$/.test(cell.trim());
}
