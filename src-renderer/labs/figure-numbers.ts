/**
 * Numbers of the lab figures as a person reads them: rounded, with the language's decimal sign
 * ("0.25" / "0,25"), lists separated so that the decimal comma stays unambiguous, and a value
 * that blew up written as the translated "diverged".
 */
import { formatDecimal } from '../i18n/format';
import { i18n } from '../i18n/index';

/** A loss, rate or other value; "diverged" when not finite. @param digits decimals kept (4 by default) */
export function lossText(v: number, digits = 4): string {
  return Number.isFinite(v) ? roundedText(v, digits) : i18n.global.t('labs-training.diverged');
}

/**
 * `v` rounded as plane-geometry's round() does (halves up, never "-0"), then written in the
 * language: the same digits in every language, only the signs differ.
 */
export function roundedText(v: number, digits = 3): string {
  const r = Math.round(v * 10 ** digits) / 10 ** digits;
  return formatDecimal(r + 0, digits);
}

/** A small positive gap as "1.23e-4" (the decimal sign the language's). */
export function scientificText(v: number): string {
  if (!Number.isFinite(v)) return lossText(v);
  const [mantissa, exponent] = v.toExponential(2).split('e');
  return `${formatDecimal(Number(mantissa), 2)}e${exponent}`;
}

/** `v` with exactly `digits` decimals, as toFixed writes it but with the language's decimal sign. */
export function fixedText(v: number, digits: number): string {
  return v.toFixed(digits).replace('.', decimalSign());
}

/** Numbers already written as text, listed: "0.1, 0.2" but "0,1; 0,2" where the comma is the decimal sign. */
export function listText(values: readonly string[]): string {
  return values.join(decimalSign() === ',' ? '; ' : ', ');
}

/** The language's decimal sign: "." or ",". */
export const decimalSign = (): string => formatDecimal(0.5).charAt(1);

/** A point or vector as "(0.5, -1)" — "(0,5; -1)" where the comma is the decimal sign. */
export function pointText(values: readonly number[], digits = 3): string {
  return `(${listText(values.map((v) => roundedText(v, digits)))})`;
}
