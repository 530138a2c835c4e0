/**
 * The languages of the interface and the Intl tag each writes dates and numbers with. Main
 * writes the teacher's progress report with these tags, the renderer every view, so the two
 * cannot disagree on how a language writes a number. Imports nothing: it runs on both ends.
 */

/** The languages of the interface (the renderer's message folders must match; a test checks). */
export const LANGUAGES = ['en', 'es'] as const;

/** Each language's Intl tag; British English: day before month and a 24-hour clock. */
export const LANGUAGE_INTL: Readonly<Record<(typeof LANGUAGES)[number], string>> = {
  en: 'en-GB',
  es: 'es-ES',
};
