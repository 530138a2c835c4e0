import { binaryDataset, XY_FEATURES } from './build-dataset';
import { classNamesOf, type ClassId } from './class-names';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';
import { blurred, PLAYGROUND_DEFAULTS, samplePlanar } from './planar-sample';

/** The classes it draws, by label (0, 1). */
export const SPIRAL_CLASSES: readonly ClassId[] = ['spiralA', 'spiralB'];

/** Radius the spirals reach at their outer end. */
export const SPIRAL_RADIUS = 5;
/** Turns each spiral makes from the centre to SPIRAL_RADIUS. */
export const SPIRAL_TURNS = 1.75;

/**
 * Two interleaved spirals, as in TensorFlow Playground: class 0 starts at angle 0, class 1 is
 * the same curve rotated by half a turn. The j-th of n points of a class sits at radius
 * r = SPIRAL_RADIUS * j / n and angle t = 2π * SPIRAL_TURNS * j / n (+ π for class 1), at
 * (r sin t, r cos t). Noise (fraction in [0, 1], default 0) adds a uniform offset of up to
 * ±noise to each coordinate; at noise 0 every point lies exactly on its spiral.
 *
 * Rows alternate the classes (balanced ±1).
 * @returns x [count, 2], y [count, 1] with labels 0 / 1
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makeSpiral(options: GeneratorOptions = {}): Dataset {
  const resolved = resolveOptions('makeSpiral', options, PLAYGROUND_DEFAULTS);
  const { count, noise } = resolved;
  // class 0 has the extra row when count is odd
  const perClass = [Math.ceil(count / 2), Math.floor(count / 2)];
  const { x, values } = samplePlanar(resolved, (i, rng) => {
    const label = i % 2;
    const fraction = Math.floor(i / 2) / perClass[label];
    const r = SPIRAL_RADIUS * fraction;
    const t = 2 * Math.PI * SPIRAL_TURNS * fraction + label * Math.PI;
    // unlike the other sets the spiral stores the blurred point itself
    return [
      blurred(rng, r * Math.sin(t), 1, noise),
      blurred(rng, r * Math.cos(t), 1, noise),
      label,
    ];
  });
  const labels = Int32Array.from(values);
  return binaryDataset(x, labels, 2, XY_FEATURES, classNamesOf(SPIRAL_CLASSES), resolved.dtype);
}
