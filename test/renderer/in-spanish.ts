// Runs the calling file's tests with the interface in Spanish, back to English after each.
import { afterEach, beforeEach } from 'vitest';
import { i18n } from '../../src-renderer/i18n';

export function inSpanish(): void {
  beforeEach(() => {
    i18n.global.locale.value = 'es';
  });
  afterEach(() => {
    i18n.global.locale.value = 'en';
  });
}

/** For tests that compare both languages: sets the language, back to English after each test. */
export function languageSwitch(): (id: 'en' | 'es') => void {
  afterEach(() => {
    i18n.global.locale.value = 'en';
  });
  return (id) => {
    i18n.global.locale.value = id;
  };
}
