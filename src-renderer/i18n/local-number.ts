/**
 * A number the engine wrote in English ("0.5", "-1.25", "1e-7", or the number itself), as the
 * reader's language writes it (0,5; -1,25; 0,0000001), its digits kept: a value a person typed
 * or a file held is quoted back exactly, only its signs change. Anything else (a quoted text,
 * NaN, Infinity, a field's name) is not a number here and is left as it is.
 */
import { formatCount, formatFixed, formatSignificant } from './format';

const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?\d+\.(\d+)$/;
const EXPONENT = /^-?\d+(\.\d+)?e[+-]?\d+$/i;

/** `written` in the current language, or null when it is not a plain number. */
export function localNumber(written: string | number): string | null {
  const text = String(written);
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  if (WHOLE.test(text)) return formatCount(value);
  const decimal = DECIMAL.exec(text);
  if (decimal) return formatFixed(value, decimal[1].length);
  // a double has at most 17 significant digits; Intl writes the shortest that reads back
  return EXPONENT.test(text) ? formatSignificant(value, 17) : null;
}
