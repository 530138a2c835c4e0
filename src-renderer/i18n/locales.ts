/**
 * The languages the interface speaks. English is the source every other language is checked
 * against (test/renderer/i18n): a key missing from a translation fails the build's tests rather
 * than showing English in the middle of a Spanish screen.
 */
export const LOCALES = [
  // British English: day before month and a 24-hour clock, as most of the lab's users read them
  { id: 'en', name: 'English', intl: 'en-GB' },
  { id: 'es', name: 'Español', intl: 'es-ES' },
] as const;

export type LocaleId = (typeof LOCALES)[number]['id'];

export const SOURCE_LOCALE: LocaleId = 'en';

export function isLocaleId(value: unknown): value is LocaleId {
  return LOCALES.some((locale) => locale.id === value);
}
