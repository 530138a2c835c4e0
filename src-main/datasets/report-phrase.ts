/**
 * The import report as message ids and values rather than sentences, so that each reader gets
 * it in their own language: main writes it in English for the command line
 * (report-english.ts), the Data view in the language chosen (the message area `data-import`).
 * Its types, and how its numbers are written: src-main/contract/report-messages.ts.
 */
import type { Phrase, PhraseValue } from '../contract/report-messages';

export type { Phrase, PhraseList, PhraseValue } from '../contract/report-messages';

/** One line of the report; `indent` sets apart the notes and the column lines under a heading. */
export interface ReportLine {
  say: Phrase;
  indent?: boolean;
}

export function phrase(id: string, values?: Record<string, PhraseValue>): Phrase {
  return values ? { id, values } : { id };
}

/** Which form of a message `a | b` or `zero | one | many` a count takes (as vue-i18n picks). */
export function pluralForm(count: number, forms: number): number {
  const n = Math.abs(count);
  if (forms === 2) return n === 1 ? 0 : 1;
  return Math.min(n, 2);
}
