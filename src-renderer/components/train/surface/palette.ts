// The class colours shared by the decision surface and the network diagram, so that "class 1"
// on the map and a positive weight on a link are the same blue (as in TensorFlow Playground).

import { CLASS_RGB, toHex, type Rgb } from '../../../../src-main/contract/class-palette';

// One list with the exported reports (see class-palette.ts).
export { CLASS_RGB, toHex, type Rgb };

/** The pale centre of the surface's scale (an undecided cell), readable in both themes. */
export const NEUTRAL_RGB: Rgb = [240, 241, 244];

/** Unlabelled points and links without weights. */
export const UNLABELLED_RGB: Rgb = [150, 156, 170];

/** The colour of class `k` (any integer; negative or NaN classes get the unlabelled grey). */
export function classRgb(k: number): Rgb {
  if (!(k >= 0)) return UNLABELLED_RGB;
  return CLASS_RGB[Math.floor(k) % CLASS_RGB.length];
}

/** Linear mix of two colours: t = 0 gives `a`, t = 1 gives `b` (t clamped to [0, 1]). */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  const s = t > 1 ? 1 : t > 0 ? t : 0;
  return [a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s, a[2] + (b[2] - a[2]) * s];
}

/** Positive weights are class 1's blue, negative ones class 0's orange. */
export const POSITIVE_HEX = toHex(CLASS_RGB[1]);
export const NEGATIVE_HEX = toHex(CLASS_RGB[0]);
export const NEUTRAL_LINK_HEX = toHex(UNLABELLED_RGB);
