/**
 * One colour per compared run, used by its chart lines and its table column. Mid-tones that
 * stand out from both the light and the dark surface; beyond eight they repeat (the legend
 * and the dashed/solid styles still tell the lines apart).
 */
export const RUN_COLORS: readonly string[] = [
  '#3b78e7',
  '#e0661f',
  '#1f9e5a',
  '#c2409c',
  '#8b66d9',
  '#b58900',
  '#1497ad',
  '#d63b55',
];

/** The colour of the i-th compared run (from 0). */
export function runColor(i: number): string {
  return RUN_COLORS[((i % RUN_COLORS.length) + RUN_COLORS.length) % RUN_COLORS.length];
}
