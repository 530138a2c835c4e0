import { Rng } from '../random/rng';
import { regressionDataset, XY_FEATURES } from './build-dataset';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';

/** Half-width of the square the inputs fill. */
export const MULTI_GAUSSIAN_EXTENT = 6;

/** Bump centres (x1, x2) and signs: a 3 × 2 checkerboard of peaks and pits. */
export const MULTI_GAUSSIAN_BUMPS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/** Distance from a centre at which a bump has fallen to 0. */
const BUMP_RADIUS = 2;

/**
 * The noise-free target of the multi-gaussian surface at (px, py): each bump is a cone of
 * height ±1 falling linearly to 0 at distance 2; where cones overlap the larger magnitude wins
 * (the Playground's rule). Values lie in [-1, 1].
 */
export function multiGaussianTarget(px: number, py: number): number {
  let value = 0;
  for (const [cx, cy, sign] of MULTI_GAUSSIAN_BUMPS) {
    const height = sign * Math.max(0, 1 - Math.hypot(px - cx, py - cy) / BUMP_RADIUS);
    if (Math.abs(height) > Math.abs(value)) value = height;
  }
  return value;
}

/**
 * TensorFlow Playground's "multi gaussian" regression: inputs uniform in [-6, 6)², target
 * multiGaussianTarget(x1, x2) in [-1, 1].
 *
 * Noise (fraction in [0, 1], default 0) shifts the point by up to noise * 6 per axis before
 * the target is computed; the stored inputs do not move.
 * @returns x [count, 2], y [count, 1]
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makeMultiGaussian(options: GeneratorOptions = {}): Dataset {
  const where = 'makeMultiGaussian';
  const { count, noise, seed, dtype } = resolveOptions(where, options, { count: 200, noise: 0 });
  const rng = new Rng(seed);
  const e = MULTI_GAUSSIAN_EXTENT;
  const x = new Float64Array(count * 2);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const px = rng.uniform(-e, e);
    const py = rng.uniform(-e, e);
    x[2 * i] = px;
    x[2 * i + 1] = py;
    y[i] = multiGaussianTarget(px + rng.uniform(-e, e) * noise, py + rng.uniform(-e, e) * noise);
  }
  return regressionDataset(x, y, 2, 1, XY_FEATURES, ['y'], dtype);
}
