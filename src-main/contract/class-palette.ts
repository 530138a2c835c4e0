/**
 * The class colours of every picture of classes: the app's scatter plots, decision surface and
 * network diagram, and the exported HTML/PDF reports. One list, so that "class 0" is the same
 * orange on screen and on paper (TensorFlow Playground's orange and blue first, then
 * Tableau-like hues). Lives with the contract because both the renderer and main read it.
 */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** Class colours, class 0 first; classes past the end reuse the list. */
export const CLASS_RGB: readonly Rgb[] = [
  [245, 147, 34], // orange
  [8, 119, 189], // blue
  [44, 160, 44], // green
  [148, 103, 189], // purple
  [214, 39, 40], // red
  [140, 86, 75], // brown
  [227, 119, 194], // pink
  [127, 127, 127], // grey
  [188, 189, 34], // olive
  [23, 190, 207], // cyan
];

/** `#rrggbb` for an sRGB colour. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
