/**
 * The import report as message ids and values rather than sentences, so that each reader gets
 * it in their own language: main writes it in English for the command line
 * (report-english.ts), the Data view in the language chosen (the message area `data-import`).
 * How its numbers are written: src-main/contract/report-messages.ts.
 */

/** A value a phrase names: text shown as it is (a name, already quoted), a number, a phrase. */
export type PhraseValue = string | number | Phrase | PhraseList;

/** One message of the report: its id under `report.` and the values it names. */
export interface Phrase {
  id: string;
  values?: Record<string, PhraseValue>;
}

/** Values shown one after another, with `, …` after them when `more` were left out. */
export interface PhraseList {
  items: PhraseValue[];
  join: ', ' | '; ';
  more?: boolean;
}

/** One line of the report; `indent` sets apart the notes and the column lines under a heading. */
export interface ReportLine {
  say: Phrase;
  indent?: boolean;
}

export function phrase(id: string, values?: Record<string, PhraseValue>): Phrase {
  return values ? { id, values } : { id };
}

export function isPhrase(value: PhraseValue): value is Phrase {
  return typeof value === 'object' && 'id' in value;
}

/** Which form of a message `a | b` or `zero | one | many` a count takes (as vue-i18n picks). */
export function pluralForm(count: number, forms: number): number {
  const n = Math.abs(count);
  if (forms === 2) return n === 1 ? 0 : 1;
  return Math.min(n, 2);
}
