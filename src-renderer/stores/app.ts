/**
 * The app shell's state: which view is shown and the colour theme. The theme preference is
 * kept in localStorage; "system" follows `prefers-color-scheme` live.
 */
import { defineStore } from 'pinia';
import { computed, ref, watchEffect } from 'vue';

/** The views of the left navigation, in order. */
export const VIEWS = [
  { id: 'welcome', label: 'Welcome' },
  { id: 'data', label: 'Data' },
  { id: 'design', label: 'Design' },
  { id: 'train', label: 'Train' },
  { id: 'experiments', label: 'Experiments' },
  { id: 'labs', label: 'Labs' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
export type ThemePreference = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

/** localStorage key of the theme preference. */
export const THEME_KEY = 'neuron-lab.theme';

const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

function readThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return THEME_PREFERENCES.find((t) => t === stored) ?? 'system';
  } catch {
    return 'system'; // storage can be unavailable (privacy settings); the default is fine
  }
}

export const useAppStore = defineStore('app', () => {
  const view = ref<ViewId>('welcome');
  const themePreference = ref<ThemePreference>(readThemePreference());

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

  /** Sets and remembers the theme preference. */
  function setTheme(preference: ThemePreference): void {
    themePreference.value = preference;
    try {
      localStorage.setItem(THEME_KEY, preference);
    } catch {
      // not remembered; the choice still applies to this session
    }
  }

  return { view, themePreference, theme, go, setTheme };
});
