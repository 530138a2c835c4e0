/**
 * `?lang=es` in the address opens the interface in that language, so a test (or a teacher
 * preparing a screenshot) can pick it without going through settings. An unknown value is
 * ignored with a console warning rather than guessed at.
 */
import { isLocaleId, type LocaleId } from './locales';

/** The locale the page's address asks for, if it names one the interface speaks. */
export function urlLocale(search: string): LocaleId | undefined {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === null) return undefined;
  if (isLocaleId(asked)) return asked;
  console.warn(`?lang=${asked} is not a language of this interface; staying in the default one.`);
  return undefined;
}
