import { binaryDataset, XY_FEATURES } from './build-dataset';
import { classNamesOf, type ClassId } from './class-names';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';
import { PLAYGROUND_DEFAULTS, samplePlanar } from './planar-sample';

/** The classes it draws, by label (0, 1). */
export const GAUSSIAN_CLASSES: readonly ClassId[] = ['blobA', 'blobB'];

/** Centre of class 1; class 0 sits at the opposite point. */
export const GAUSSIAN_CENTRE = 2;

/**
 * Two round gaussian blobs, class 1 at (2, 2) and class 0 at (-2, -2), as in TensorFlow
 * Playground. Noise (fraction in [0, 1], default 0) sets the variance of each coordinate to
 * 0.5 + 7 * noise (the Playground maps its 0–50 % slider to variance 0.5–4 the same way).
 * At noise 0 the line x1 + x2 = 0 lies four standard deviations from either centre.
 *
 * Labels are the blob a point was drawn from; rows alternate the classes (balanced ±1).
 * @returns x [count, 2], y [count, 1] with labels 0 / 1
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makeGaussian(options: GeneratorOptions = {}): Dataset {
  const resolved = resolveOptions('makeGaussian', options, PLAYGROUND_DEFAULTS);
  const std = Math.sqrt(0.5 + 7 * resolved.noise);
  const { x, values } = samplePlanar(resolved, (i, rng) => {
    const label = i % 2;
    const centre = label === 1 ? GAUSSIAN_CENTRE : -GAUSSIAN_CENTRE;
    return [rng.normal(centre, std), rng.normal(centre, std), label];
  });
  const labels = Int32Array.from(values);
  return binaryDataset(x, labels, 2, XY_FEATURES, classNamesOf(GAUSSIAN_CLASSES), resolved.dtype);
}
