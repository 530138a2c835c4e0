/**
 * The colours charts draw with, taken from the page's theme (the CSS variables of
 * styles/theme.css) so that a theme switch can recolour a live chart without rebuilding it.
 */
import { ref, watch, type Ref } from 'vue';
import { useAppStore } from '../../stores/app';
import { formatSignificant } from '../../i18n/format';

/** What a line or a point takes its colour from. */
export type ChartTone = 'primary' | 'secondary' | 'tertiary' | 'muted';

export interface ChartColors {
  theme: 'light' | 'dark';
  text: string;
  muted: string;
  grid: string;
  surface: string;
  tones: Record<ChartTone, string>;
}

/** Series colours per theme: chosen for 3:1 against each theme's surface. */
const TONES: Record<'light' | 'dark', Record<ChartTone, string>> = {
  light: { primary: '#2e6fd8', secondary: '#c2510f', tertiary: '#2f8a4f', muted: '#6b7486' },
  dark: { primary: '#7aa7ff', secondary: '#ff9d57', tertiary: '#5fcf86', muted: '#9aa3b5' },
};

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** The chart colours of the theme shown now. */
export function readChartColors(): ChartColors {
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  return {
    theme,
    text: cssVar('--color-text', theme === 'dark' ? '#e6e9f0' : '#1b2232'),
    muted: cssVar('--color-text-muted', theme === 'dark' ? '#a7b0c2' : '#4a5368'),
    grid: cssVar('--color-border', theme === 'dark' ? '#2e3748' : '#d3d8e3'),
    surface: cssVar('--color-surface', theme === 'dark' ? '#181e2a' : '#ffffff'),
    tones: TONES[theme],
  };
}

/** The chart colours, refreshed after every theme switch (once the page has the new theme). */
export function useChartColors(): Ref<ChartColors> {
  const app = useAppStore();
  const colors = ref(readChartColors());
  watch(
    () => app.theme,
    () => (colors.value = readChartColors()),
    { flush: 'post' },
  );
  return colors;
}

/**
 * An axis's look: labels and name in the muted text colour, grid lines in the border's, tick
 * numbers as the language writes them (echarts' own labels write 0.5 and 10,000 in every
 * language).
 */
export function axisLook(c: ChartColors) {
  return {
    axisLabel: { color: c.muted, formatter: (v: number) => formatSignificant(v, 6) },
    nameTextStyle: { color: c.muted },
    axisLine: { lineStyle: { color: c.muted } },
    splitLine: { lineStyle: { color: c.grid } },
  };
}

/** A value in a tooltip (echarts' `valueFormatter`): four significant digits in the language. */
export const tooltipValue = (v: unknown): string =>
  typeof v === 'number' ? formatSignificant(v, 4) : String(v ?? '');
