/**
 * The interface's translator. Composition mode (`useI18n()` in components, `i18n.global.t`
 * in stores); numbers and dates are written through ./format.ts, which follows the locale.
 * The chosen language comes from the settings (stores/settings.ts), before the first paint.
 */
import { createI18n } from 'vue-i18n';
import { isLocaleId, SOURCE_LOCALE, type LocaleId } from './locales';
import { messages } from './messages';
import { urlLocale } from './url-locale';

// `?lang=es` opens the app in that language (used by the tests' screenshots); the tests of
// the modules run without a page, hence no location.
const fromUrl = typeof location === 'undefined' ? null : urlLocale();
/** The language the page's address asks for (`?lang=`), which wins over the stored setting
 * for this page only; null when it asks for none. */
export const pageLocale: LocaleId | null = isLocaleId(fromUrl) ? fromUrl : null;
const startLocale: LocaleId = pageLocale ?? SOURCE_LOCALE;

export const i18n = createI18n({
  legacy: false,
  locale: startLocale,
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

if (typeof document !== 'undefined') document.documentElement.lang = startLocale;
