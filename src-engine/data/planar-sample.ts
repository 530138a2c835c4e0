import { Rng } from '../random/rng';
import type { ResolvedOptions } from './generator-options';

/** Size and noise of TensorFlow Playground's 2-D sets when the caller names neither. */
export const PLAYGROUND_DEFAULTS = { count: 200, noise: 0 } as const;

/** One row of a 2-D set: its stored coordinates and the label or target read for it. */
export type PlanarRow = readonly [x1: number, x2: number, value: number];

/**
 * Samples the rows of a 2-D generator from one Rng seeded with `options.seed`, asking `draw` for
 * row 0, 1, … in turn, so a generator's random numbers are consumed in the order it draws them.
 * @returns x [count, 2] and the value of each row [count]
 */
export function samplePlanar(
  options: ResolvedOptions,
  draw: (row: number, rng: Rng) => PlanarRow,
): { x: Float64Array; values: Float64Array } {
  const rng = new Rng(options.seed);
  const x = new Float64Array(options.count * 2);
  const values = new Float64Array(options.count);
  for (let i = 0; i < options.count; i++) {
    const [x1, x2, value] = draw(i, rng);
    x[2 * i] = x1;
    x[2 * i + 1] = x2;
    values[i] = value;
  }
  return { x, values };
}

/**
 * The Playground's blur: the coordinate a label or target is read at, shifted by a uniform
 * amount of up to `noise * extent` either way while the stored point stays put.
 */
export function blurred(rng: Rng, value: number, extent: number, noise: number): number {
  return value + rng.uniform(-extent, extent) * noise;
}
