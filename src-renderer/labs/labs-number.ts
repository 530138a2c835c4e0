/**
 * Numbers as a lab figure shows them to a person (axis ticks, readouts, text alternatives):
 * rounded, in the chosen language's notation (0.25 / 0,25). Formulas typeset as math keep the
 * lecture's notation and do not come through here.
 */
import { formatDecimal } from '../i18n/format';

/**
 * `v` with at most `digits` decimals in the current language, rounded as plane-geometry's
 * round() does (halves up, never "-0"): the same digits in every language, only the signs
 * differ.
 */
export function labsNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Math.round(v * 10 ** digits) / 10 ** digits;
  return formatDecimal(r + 0, digits);
}
