/**
 * Numbers of the lab figures as a person reads them: rounded, with the language's decimal sign
 * ("0.25" / "0,25"), lists separated so that the decimal comma stays unambiguous, and a value
 * that blew up written as the translated "diverged".
 */
import { formatDecimal } from '../i18n/format';
import { i18n } from '../i18n/index';
import { labsNumber } from './labs-number';

/** A loss, rate or other value; "diverged" when not finite. @param digits decimals kept (4 by default) */
export function lossText(v: number, digits = 4): string {
  return Number.isFinite(v) ? labsNumber(v, digits) : i18n.global.t('labs-training.diverged');
}

/** Numbers already written as text, listed: "0.1, 0.2" but "0,1; 0,2" where the comma is the decimal sign. */
export function listText(values: readonly string[]): string {
  return values.join(decimalSign() === ',' ? '; ' : ', ');
}

/** The language's decimal sign: "." or ",". */
export const decimalSign = (): string => formatDecimal(0.5).charAt(1);

/** A point or vector as "(0.5, -1)" — "(0,5; -1)" where the comma is the decimal sign. */
export function pointText(values: readonly number[], digits = 3): string {
  return `(${listText(values.map((v) => labsNumber(v, digits)))})`;
}
