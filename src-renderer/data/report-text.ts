/**
 * The import report in the reader's language: main sends each line as a message id and its
 * values (ImportReport.said, see src-main/datasets/report-phrase.ts), said here from the
 * message area `data-import`. In English the lines read word for word as the command line
 * prints them. A line with an id this version does not know shows main's English line.
 */
import { FILL_DIGITS, PLAIN_NUMBERS } from '../../src-main/contract/report-messages';
import type { ImportReport } from '../../src-main/contract/types';
import { formatCount, formatDecimal } from '../i18n/format';
import { i18n } from '../i18n';

type ReportLine = ImportReport['said'][number];
type Phrase = ReportLine['say'];
type PhraseValue = NonNullable<Phrase['values']>[string];

/** A line of the report as the view shows it. */
export interface ReportLineText {
  text: string;
  indented: boolean;
  heading: boolean;
}

function number(name: string, value: number): string {
  if (PLAIN_NUMBERS.includes(name)) return String(value);
  // rounded first, then written with the language's decimal sign and grouping
  if (name === 'fill') return formatDecimal(Number(value.toPrecision(FILL_DIGITS)), 20);
  return formatCount(value);
}

function valueText(name: string, value: PhraseValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return number(name, value);
  if ('id' in value) return phraseText(value);
  const items = value.items.map((item) => valueText(name, item)).join(value.join);
  return value.more ? `${items}, …` : items;
}

/** One phrase in the current language. @throws Error for an id the messages lack */
export function phraseText({ id, values = {} }: Phrase): string {
  const key = `data-import.report.${id}`;
  if (!i18n.global.te(key)) throw new Error(`no message ${key}`);
  const named: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) named[name] = valueText(name, value);
  const { count } = values;
  return typeof count === 'number' ? i18n.global.t(key, named, count) : i18n.global.t(key, named);
}

/** The report's lines in the current language; see the file comment for the fallback. */
export function reportLines(report: Pick<ImportReport, 'said' | 'lines'>): ReportLineText[] {
  return report.said.map((line, i) => {
    let text: string;
    try {
      text = phraseText(line.say);
    } catch {
      text = (report.lines[i] ?? '').trim();
    }
    return { text, indented: line.indent === true, heading: line.say.id === 'columnsHeading' };
  });
}
