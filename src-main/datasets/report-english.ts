/**
 * The import report in English, as the command line prints it, from the messages the Data
 * view says in English too (src-main/contract/report-messages.ts).
 */
import { REPORT_ENGLISH, sayPhrase, type PhraseVoice } from '../contract/report-messages';
import { pluralForm, type Phrase, type ReportLine } from './report-phrase';

type Messages = { [key: string]: string | Messages };

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
// as the Data view's formatPlain writes a value in English: all its digits, no grouping
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 21 });
const plainExponent = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumSignificantDigits: 21,
  notation: 'scientific',
});

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

const ENGLISH: PhraseVoice = {
  message(id, values, count) {
    const forms = template(id).split(' | ');
    const form =
      forms[count !== undefined && forms.length > 1 ? pluralForm(count, forms.length) : 0];
    return form.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? values[name] : whole,
    );
  },
  count: (value) => counts.format(value),
  plain: (value) => (String(value).includes('e') ? plainExponent : plain).format(value),
};

/** One phrase of the report in English. @throws Error for an id the report does not have */
export function englishPhrase(say: Phrase): string {
  return sayPhrase(say, ENGLISH);
}

/** The report's lines as the command line prints them (notes and columns indented). */
export function englishLines(lines: readonly ReportLine[]): string[] {
  return lines.map((line) => (line.indent ? '  ' : '') + englishPhrase(line.say));
}
