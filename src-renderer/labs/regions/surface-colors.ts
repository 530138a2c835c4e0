/**
 * Turns a decision-surface map into canvas pixels in the page's theme: each value is placed
 * between the surface colour (low) and the accent colour (high), so both themes read alike.
 */

/** An RGB colour, 0…255 per channel. */
export type Rgb = [number, number, number];

/** '#rrggbb' or '#rgb' to RGB; null for anything else. */
export function parseHex(text: string): Rgb | null {
  const t = text.trim();
  const m6 = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(t);
  if (m6) return [parseInt(m6[1], 16), parseInt(m6[2], 16), parseInt(m6[3], 16)];
  const m3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(t);
  if (m3) return [0, 1, 2].map((i) => parseInt(m3[i + 1] + m3[i + 1], 16)) as Rgb;
  return null;
}

/** The value range a map is drawn over: the activation's own where it has one. */
export function mapRange(values: ArrayLike<number>, activation: string): [number, number] {
  if (activation === 'sigmoid') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  let max = 1e-9;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]);
  return [0, max];
}

/**
 * RGBA pixels of an n × n map, row 0 at the top.
 * @param values [n²] @param low colour of `range[0]` @param high colour of `range[1]`
 */
export function mapPixels(
  values: ArrayLike<number>,
  n: number,
  range: [number, number],
  low: Rgb,
  high: Rgb,
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(n * n * 4);
  const span = range[1] - range[0] || 1;
  for (let i = 0; i < n * n; i++) {
    const t = Math.min(1, Math.max(0, (values[i] - range[0]) / span));
    for (let c = 0; c < 3; c++) out[i * 4 + c] = low[c] + t * (high[c] - low[c]);
    out[i * 4 + 3] = 255;
  }
  return out;
}
