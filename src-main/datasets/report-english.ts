/**
 * The import report in English, as the command line prints it, from the messages the Data
 * view says in English too (src-main/contract/report-messages.ts).
 */
import { FILL_DIGITS, PLAIN_NUMBERS, REPORT_ENGLISH } from '../contract/report-messages';
import {
  isPhrase,
  pluralForm,
  type Phrase,
  type PhraseValue,
  type ReportLine,
} from './report-phrase';

type Messages = { [key: string]: string | Messages };

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const fills = new Intl.NumberFormat('en-US', { maximumSignificantDigits: FILL_DIGITS });

function template(id: string): string {
  const found = id
    .split('.')
    .reduce<string | Messages | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      REPORT_ENGLISH,
    );
  if (typeof found !== 'string') throw new Error(`the report has no message '${id}'`);
  return found;
}

function number(name: string, value: number): string {
  if (PLAIN_NUMBERS.includes(name)) return String(value);
  return name === 'fill' ? fills.format(value) : counts.format(value);
}

function value(name: string, v: PhraseValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return number(name, v);
  if (isPhrase(v)) return englishPhrase(v);
  const items = v.items.map((item) => value(name, item)).join(v.join);
  return v.more ? `${items}, …` : items;
}

/** One phrase of the report in English. @throws Error for an id the report does not have */
export function englishPhrase({ id, values = {} }: Phrase): string {
  const forms = template(id).split(' | ');
  const { count } = values;
  const plural = typeof count === 'number' && forms.length > 1;
  const form = forms[plural ? pluralForm(count, forms.length) : 0];
  return form.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? value(name, values[name]) : whole,
  );
}

/** The report's lines as the command line prints them (notes and columns indented). */
export function englishLines(lines: readonly ReportLine[]): string[] {
  return lines.map((line) => (line.indent ? '  ' : '') + englishPhrase(line.say));
}
