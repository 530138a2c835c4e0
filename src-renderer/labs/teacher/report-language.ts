/**
 * The language the progress report is asked for: the interface's own when main writes reports
 * in it, else English. The answer says which it used, and the view says so when that is not
 * the interface's (a language added to the interface before main's report words).
 */
import type { ProgressReportFiles } from '../../../src-main/contract/types';
import { LOCALES } from '../../i18n/locales';

type ReportLanguage = ProgressReportFiles['language'];
const REPORT_LANGUAGES: readonly string[] = ['en', 'es'] satisfies ReportLanguage[];

/** @param locale the interface's language id */
export function reportLanguage(locale: string): ReportLanguage {
  return REPORT_LANGUAGES.includes(locale) ? (locale as ReportLanguage) : 'en';
}

/** A language's own name ("Español"), or its id when the interface does not speak it. */
export function localeName(id: string): string {
  return LOCALES.find((l) => l.id === id)?.name ?? id;
}
