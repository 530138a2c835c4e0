import { regressionDataset, XY_FEATURES } from './build-dataset';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';
import { blurred, PLAYGROUND_DEFAULTS, samplePlanar } from './planar-sample';

/** Half-width of the square the plane's inputs fill. */
export const PLANE_EXTENT = 6;

/**
 * TensorFlow Playground's "plane" regression: inputs uniform in [-6, 6)², target
 * (x1 + x2) / 10, so targets lie in (-1.2, 1.2) at noise 0.
 *
 * Noise (fraction in [0, 1], default 0) shifts the point by up to noise * PLANE_EXTENT per axis
 * before the target is computed, so the stored inputs no longer determine the target exactly.
 * @returns x [count, 2], y [count, 1]
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makePlane(options: GeneratorOptions = {}): Dataset {
  const resolved = resolveOptions('makePlane', options, PLAYGROUND_DEFAULTS);
  const { noise } = resolved;
  const { x, values } = samplePlanar(resolved, (_, rng) => {
    const px = rng.uniform(-PLANE_EXTENT, PLANE_EXTENT);
    const py = rng.uniform(-PLANE_EXTENT, PLANE_EXTENT);
    const nx = blurred(rng, px, PLANE_EXTENT, noise);
    const ny = blurred(rng, py, PLANE_EXTENT, noise);
    return [px, py, (nx + ny) / 10];
  });
  return regressionDataset(x, values, 2, 1, XY_FEATURES, ['y'], resolved.dtype);
}
