/**
 * A drawing turned into what the digits model reads, the way MNIST's images were made: the
 * ink's bounding box scaled so its longer side is 20 pixels, placed in a 28 × 28 image with
 * its centre of mass in the middle, each pixel the share of it covered by ink (0 … 1).
 */

export const DIGIT_SIDE = 28;
/** The longer side of the ink's box after scaling, as in MNIST. */
export const INK_BOX = 20;
/** Ink values below this (0 … 1) count as paper when finding the box. */
const THRESHOLD = 0.05;

/**
 * Rasterises a drawing to 28 × 28.
 * @param ink [height, width] ink per pixel, 0 (paper) … 255 (full ink): a canvas's alpha
 * @returns [784] row-major from the top-left, 0 … 1; all zeros for an empty drawing
 */
export function rasterizeDigit(
  ink: ArrayLike<number>,
  width: number,
  height: number,
): Float32Array {
  if (ink.length !== width * height) {
    throw new Error(`rasterizeDigit: expected ${width} × ${height} values, got ${ink.length}`);
  }
  const out = new Float32Array(DIGIT_SIDE * DIGIT_SIDE);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = ink[y * width + x] / 255;
      if (v < THRESHOLD) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      mass += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  if (x1 < 0) return out;
  // Never enlarged: splatting a scaled-up pixel would leave gaps.
  const s = Math.min(1, INK_BOX / Math.max(x1 - x0 + 1, y1 - y0 + 1));
  const cx = mx / mass;
  const cy = my / mass;
  const area = s * s;
  const half = DIGIT_SIDE / 2;
  // Each source pixel adds its ink, times the area it shrinks to, to the pixel it lands in.
  for (let y = y0; y <= y1; y++) {
    const ty = Math.floor(half + (y + 0.5 - cy) * s);
    if (ty < 0 || ty >= DIGIT_SIDE) continue;
    for (let x = x0; x <= x1; x++) {
      const v = ink[y * width + x];
      if (v === 0) continue;
      const tx = Math.floor(half + (x + 0.5 - cx) * s);
      if (tx < 0 || tx >= DIGIT_SIDE) continue;
      out[ty * DIGIT_SIDE + tx] += (v / 255) * area;
    }
  }
  for (let i = 0; i < out.length; i++) if (out[i] > 1) out[i] = 1;
  return out;
}

/**
 * A 28 × 28 digit as RGBA pixels: dark ink on white paper.
 * @param pixels [784] 0 … 1
 * @param rgba [784 × 4] written to
 */
export function digitToRgba(pixels: ArrayLike<number>, rgba: Uint8ClampedArray): void {
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i] > 1 ? 1 : pixels[i] > 0 ? pixels[i] : 0;
    const shade = Math.round(255 * (1 - v));
    rgba[i * 4] = shade;
    rgba[i * 4 + 1] = shade;
    rgba[i * 4 + 2] = shade;
    rgba[i * 4 + 3] = 255;
  }
}

/**
 * Class probabilities from a network's outputs: softmax outputs as they are; sigmoid outputs
 * scaled to sum to 1; anything else (linear) through a softmax.
 */
export function classProbabilities(outputs: ArrayLike<number>, activation: string): number[] {
  const values = Array.from(outputs);
  if (activation === 'softmax') return values;
  if (activation === 'sigmoid') {
    const sum = values.reduce((a, b) => a + b, 0);
    return values.map((v) => (sum > 0 ? v / sum : 1 / values.length));
  }
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
