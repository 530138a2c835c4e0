import { CLASS_RGB, toHex } from '../../contract/class-palette';

/** The app's class colours (class 0 orange, class 1 blue, …): a report shows the same classes
 * in the same colours as the screen it was made from. */
export const CLASS_COLOURS = CLASS_RGB.map(toHex);

/** Okabe–Ito colours for lines (one per run or curve, not classes): told apart by people with
 * any common colour-vision deficiency, and dark enough on white paper. */
export const CURVE_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#444444',
];

/** The colour of class k (colours repeat after the list's end). */
export const classColour = (k: number): string => CLASS_COLOURS[k % CLASS_COLOURS.length];

/** The colour of line i (colours repeat after eight lines). */
export const curveColour = (i: number): string => CURVE_COLOURS[i % CURVE_COLOURS.length];

/** '#RRGGBB' → [r, g, b]. */
export function rgbOf(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Mixes a colour with white: amount 1 is the colour, 0 white. */
export function tint(hex: string, amount: number): [number, number, number] {
  return rgbOf(hex).map((c) => Math.round(255 + (c - 255) * amount)) as [number, number, number];
}
