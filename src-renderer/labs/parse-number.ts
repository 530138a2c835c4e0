/**
 * Reads a number a student typed or pasted into an answer box. The lab itself writes negative
 * numbers with the typographic minus "−" (U+2212), so a value copied from the page must keep its
 * sign: every dash a keyboard, a word processor or a PDF may produce counts as a minus. Spaces
 * (also thin and no-break ones) are ignored, and a lone comma is a decimal comma ("0,25").
 * What is wrong is said in the student's language (message area `verdicts.number`).
 */
import { i18n } from '../i18n';

/** Hyphen-minus and the dashes read as a minus sign. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2009\u202F]/g;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What a text box holds: a number, nothing, or text that is not a number. */
export type ParsedNumber =
  { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid'; message: string };

/** Parses an answer box's text; see the file comment for what is accepted. */
export function parseLabNumber(text: string): ParsedNumber {
  let s = text.replace(SPACES, '').replace(DASHES, '-');
  if (s === '') return { kind: 'empty' };
  if (!s.includes('.') && (s.match(/,/g) ?? []).length === 1) s = s.replace(',', '.');
  if (!NUMBER.test(s)) {
    return {
      kind: 'invalid',
      message: i18n.global.t('verdicts.number.invalid', { text: text.trim() }),
    };
  }
  const value = Number(s);
  if (!Number.isFinite(value))
    return { kind: 'invalid', message: i18n.global.t('verdicts.number.tooLarge') };
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value };
}

/** The number in a text, or NaN when it is empty or not a number (what checks receive). */
export function labNumberOrNaN(text: string): number {
  const p = parseLabNumber(text);
  return p.kind === 'number' ? p.value : NaN;
}
