/**
 * The import report in the reader's language: main sends each line as a message id and its
 * values (ImportReport.said, see src-main/datasets/report-phrase.ts), said here from the
 * message area `data-import`. In English the lines read word for word as the command line
 * prints them. A line with an id this version does not know shows main's English line.
 */
import { sayPhrase, type PhraseVoice } from '../../src-main/contract/report-messages';
import type { ImportReport } from '../../src-main/contract/types';
import { formatCount, formatPlain } from '../i18n/format';
import { i18n } from '../i18n';

type ReportLine = ImportReport['said'][number];
type Phrase = ReportLine['say'];

/** A line of the report as the view shows it. */
export interface ReportLineText {
  text: string;
  indented: boolean;
  heading: boolean;
}

const VIEW: PhraseVoice = {
  message(id, values, count) {
    const key = `data-import.report.${id}`;
    if (!i18n.global.te(key)) throw new Error(`no message ${key}`);
    return count === undefined ? i18n.global.t(key, values) : i18n.global.t(key, values, count);
  },
  count: formatCount,
  plain: formatPlain,
};

/** One phrase in the current language. @throws Error for an id the messages lack */
export function phraseText(say: Phrase): string {
  return sayPhrase(say, VIEW);
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
