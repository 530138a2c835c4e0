/**
 * The interface's translator. Composition mode (`useI18n()` in components, `i18n.global.t`
 * in stores); numbers and dates are written through ./format.ts, which follows the locale.
 * The chosen language comes from the settings (stores/settings.ts), before the first paint.
 */
import { createI18n } from 'vue-i18n';
import { SOURCE_LOCALE, type LocaleId } from './locales';
import { messages } from './messages';

export const i18n = createI18n({
  legacy: false,
  locale: SOURCE_LOCALE,
  fallbackLocale: SOURCE_LOCALE,
  messages,
  // A missing key is a bug caught by the completeness test, not something to warn about at runtime.
  missingWarn: false,
  fallbackWarn: false,
});

export function setLocale(locale: LocaleId): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
