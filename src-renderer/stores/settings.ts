/**
 * The person's settings as main keeps them (settings.json in the data folder): loaded before
 * the app is first shown, so the language and the theme are right from the first paint;
 * changed through `settings:set`. What main reset on reading stays here for the settings
 * dialog and the start-up notice to tell.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CallRequest } from '../../src-main/contract/calls';
import type { SettingsState } from '../../src-main/contract/settings-types';
import { useLab } from '../api';
import { i18n, pageLocale, setLocale } from '../i18n';
import { isThemePreference, LEGACY_THEME_KEY, useAppStore, type ThemePreference } from './app';
import { errorText } from '../i18n/error-text';

/** How long the first load may take before the app is shown with the defaults. */
const LOAD_TIMEOUT_MS = 5000;

export const useSettingsStore = defineStore('settings', () => {
  const state = ref<SettingsState | null>(null);
  /** why the settings could not be loaded or saved (shown by the app), or null */
  const error = ref<string | null>(null);
  const saving = ref(false);
  /** what main reset when it read the file at start-up (kept after a save clears them) */
  const startupResets = ref<SettingsState['resets']>([]);

  /** Shows settings; at start-up a language asked for by the page's address (?lang=) wins. */
  function apply(next: SettingsState, atStart = false): void {
    state.value = next;
    setLocale((atStart ? pageLocale : null) ?? next.settings.language);
    useAppStore().themePreference = next.settings.theme;
  }

  /** Loads the settings and applies them; moves a theme chosen before settings existed. */
  async function load(): Promise<void> {
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), LOAD_TIMEOUT_MS),
    );
    const result = await Promise.race([useLab().call('settings:get'), timeout]);
    const t = i18n.global.t;
    if (result === 'timeout' || !result.ok) {
      const why = result === 'timeout' ? t('settings.notAnswered') : errorText(result.error);
      error.value = t('settings.loadFailed', { why });
      return;
    }
    apply(result.value, true);
    startupResets.value = result.value.resets;
    await migrateLegacyTheme(result.value);
  }

  // Before settings.json the theme was kept in this browser's storage: the first start with
  // settings takes it over once (unless the file has a theme already) and forgets it.
  async function migrateLegacyTheme(current: SettingsState): Promise<void> {
    let legacy: string | null = null;
    try {
      legacy = localStorage.getItem(LEGACY_THEME_KEY);
      localStorage.removeItem(LEGACY_THEME_KEY);
    } catch {
      return; // storage unavailable: nothing was kept there either
    }
    if (isThemePreference(legacy) && !current.stored.includes('theme'))
      await save({ theme: legacy });
  }

  /** Changes settings; on failure the previous ones stay and `error` says why. */
  async function save(change: CallRequest<'settings:set'>): Promise<boolean> {
    saving.value = true;
    const result = await useLab().call('settings:set', change);
    saving.value = false;
    if (!result.ok) {
      error.value = i18n.global.t('settings.saveFailed', { why: errorText(result.error) });
      if (state.value) apply(state.value); // undo what the window showed ahead of main
      return false;
    }
    error.value = null;
    apply(result.value);
    return true;
  }

  /** Shows a theme at once and remembers it. */
  function chooseTheme(theme: ThemePreference): void {
    useAppStore().themePreference = theme;
    void save({ theme });
  }

  return { state, error, saving, startupResets, load, save, chooseTheme };
});
