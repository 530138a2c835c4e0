/**
 * The languages the interface speaks. English is the source every other language is checked
 * against (test/renderer/i18n): a key missing from a translation fails the build's tests rather
 * than showing English in the middle of a Spanish screen.
 */
import { LANGUAGE_INTL } from '../../src-main/contract/languages';

export const LOCALES = [
  // Intl tags shared with main's progress report (British English: day before month, 24 h)
  { id: 'en', name: 'English', intl: LANGUAGE_INTL.en },
  { id: 'es', name: 'Español', intl: LANGUAGE_INTL.es },
] as const;

export type LocaleId = (typeof LOCALES)[number]['id'];

export const SOURCE_LOCALE: LocaleId = 'en';

export function isLocaleId(value: unknown): value is LocaleId {
  return LOCALES.some((locale) => locale.id === value);
}
