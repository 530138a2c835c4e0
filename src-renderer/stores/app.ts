/**
 * The app shell's state: which view is shown and the colour theme. The theme preference is
 * one of the settings (stores/settings.ts keeps it in settings.json); "system" follows
 * `prefers-color-scheme` live.
 */
import { defineStore } from 'pinia';
import { computed, ref, watchEffect } from 'vue';

/** The views of the left navigation, in order; `label` is a message key. */
export const VIEWS = [
  { id: 'welcome', label: 'app.nav.welcome' },
  { id: 'data', label: 'app.nav.data' },
  { id: 'design', label: 'app.nav.design' },
  { id: 'train', label: 'app.nav.train' },
  { id: 'experiments', label: 'app.nav.experiments' },
  { id: 'labs', label: 'app.nav.labs' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
export type ThemePreference = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

/** Where this browser kept the theme before settings.json: read once, then removed. */
export const LEGACY_THEME_KEY = 'neuron-lab.theme';

const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

export function isThemePreference(value: unknown): value is ThemePreference {
  return THEME_PREFERENCES.some((t) => t === value);
}

export const useAppStore = defineStore('app', () => {
  const view = ref<ViewId>('welcome');
  const themePreference = ref<ThemePreference>('system');

  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  const systemDark = ref(darkQuery.matches);
  darkQuery.addEventListener('change', (event) => (systemDark.value = event.matches));

  /** The theme actually shown. */
  const theme = computed<Theme>(() =>
    themePreference.value === 'system'
      ? systemDark.value
        ? 'dark'
        : 'light'
      : themePreference.value,
  );

  watchEffect(() => {
    document.documentElement.dataset.theme = theme.value;
  });

  /** Shows a view. */
  function go(next: ViewId): void {
    view.value = next;
  }

  return { view, themePreference, theme, go };
});
