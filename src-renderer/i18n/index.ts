/**
 * The interface's translator. Composition mode (`useI18n()` in components, `i18n.global.t`
 * in stores); number and date formats follow the chosen locale through `n()` and `d()`.
 */
import { createI18n } from 'vue-i18n';
import { SOURCE_LOCALE, type LocaleId } from './locales';
import { messages } from './messages';
import { urlLocale } from './url-locale';

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

const asked = typeof location === 'undefined' ? undefined : urlLocale(location.search);
if (asked) setLocale(asked);
