import { Rng } from '../random/rng';
import { binaryDataset, XY_FEATURES } from './build-dataset';
import { classNamesOf, type ClassId } from './class-names';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';

/** The classes it draws, by label (0, 1). */
export const MOONS_CLASSES: readonly ClassId[] = ['upperMoon', 'lowerMoon'];

/** Radius of each half moon, chosen so the data fills the same ±6 plot as the Playground sets. */
export const MOON_RADIUS = 3;

/**
 * The point at parameter t ∈ [0, π] of moon `label`, before noise. Moon 0 is the upper arc
 * centred at (-R/2, -R/4); moon 1 the lower arc centred at (R/2, R/4), hooked into moon 0.
 */
export function moonPoint(label: number, t: number): [number, number] {
  const R = MOON_RADIUS;
  // the two arcs of scikit-learn's make_moons, shifted so the pair is centred on the origin
  return label === 0
    ? [R * Math.cos(t) - R / 2, R * Math.sin(t) - R / 4]
    : [R / 2 - R * Math.cos(t), R / 4 - R * Math.sin(t)];
}

/**
 * Two interleaving half moons (as in scikit-learn's make_moons), scaled to radius MOON_RADIUS.
 * Each point takes a uniform random t ∈ [0, π] on its arc; noise (fraction in [0, 1], default
 * 0.1) adds gaussian noise of standard deviation noise * MOON_RADIUS to each coordinate. At
 * noise 0 every point lies on its arc and the classes are separable by a curve.
 *
 * Rows alternate the classes (balanced ±1).
 * @returns x [count, 2], y [count, 1] with labels 0 / 1 (0 = upper moon)
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makeMoons(options: GeneratorOptions = {}): Dataset {
  const { count, noise, seed, dtype } = resolveOptions('makeMoons', options, {
    count: 200,
    noise: 0.1,
  });
  const rng = new Rng(seed);
  const std = noise * MOON_RADIUS;
  const x = new Float64Array(count * 2);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const [px, py] = moonPoint(label, rng.uniform(0, Math.PI));
    // draw the noise even when std is 0 so the sequence of t values does not depend on noise
    x[2 * i] = px + rng.normal(0, std);
    x[2 * i + 1] = py + rng.normal(0, std);
    labels[i] = label;
  }
  return binaryDataset(x, labels, 2, XY_FEATURES, classNamesOf(MOONS_CLASSES), dtype);
}
