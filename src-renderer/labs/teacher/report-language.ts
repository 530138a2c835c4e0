/**
 * The language the progress report is asked for: the interface's own (main writes reports in
 * every language the settings accept, test/renderer/i18n/languages-agree.test.ts keeps those the
 * interface's), English for anything else. The answer says which it used, and the view says
 * so when that is not the interface's.
 */
import type { ProgressReportFiles } from '../../../src-main/contract/types';
import { isLocaleId, LOCALES } from '../../i18n/locales';

type ReportLanguage = ProgressReportFiles['language'];

/** @param locale the interface's language id */
export function reportLanguage(locale: string): ReportLanguage {
  return isLocaleId(locale) ? locale : 'en';
}

/** A language's own name ("Español"), or its id when the interface does not speak it. */
export function localeName(id: string): string {
  return LOCALES.find((l) => l.id === id)?.name ?? id;
}
