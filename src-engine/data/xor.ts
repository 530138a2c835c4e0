import { binaryDataset, XY_FEATURES } from './build-dataset';
import { classNamesOf, type ClassId } from './class-names';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';
import { blurred, PLAYGROUND_DEFAULTS, samplePlanar } from './planar-sample';

/** The classes it draws, by label (0, 1). */
export const XOR_CLASSES: readonly ClassId[] = ['oppositeSigns', 'sameSign'];

/** Half-width of the square the XOR points fill, before the gap is added. */
export const XOR_EXTENT = 5;
/** Gap kept clear on each side of both axes, so noise-free quadrants never touch. */
export const XOR_PADDING = 0.3;

/**
 * The four-quadrant XOR of TensorFlow Playground: label 1 ('same sign') where x1 * x2 > 0 and
 * 0 ('opposite signs') elsewhere. Coordinates lie in ±[XOR_PADDING, XOR_EXTENT + XOR_PADDING).
 *
 * Noise (fraction in [0, 1], default 0) shifts each point by up to noise * XOR_EXTENT per axis
 * before the label is read; the stored point does not move.
 *
 * Rows cycle through the quadrants, so with noise 0 the classes are balanced (±1).
 * @returns x [count, 2], y [count, 1] with labels 0 / 1
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makeXor(options: GeneratorOptions = {}): Dataset {
  const resolved = resolveOptions('makeXor', options, PLAYGROUND_DEFAULTS);
  const { noise } = resolved;
  // quadrant signs in the order (+,+) (+,-) (-,-) (-,+): labels then alternate 1, 0, 1, 0
  const signX = [1, 1, -1, -1];
  const signY = [1, -1, -1, 1];
  const { x, values } = samplePlanar(resolved, (i, rng) => {
    const q = i % 4;
    const px = signX[q] * (rng.uniform(0, XOR_EXTENT) + XOR_PADDING);
    const py = signY[q] * (rng.uniform(0, XOR_EXTENT) + XOR_PADDING);
    const nx = blurred(rng, px, XOR_EXTENT, noise);
    const ny = blurred(rng, py, XOR_EXTENT, noise);
    return [px, py, nx * ny >= 0 ? 1 : 0];
  });
  const labels = Int32Array.from(values);
  return binaryDataset(x, labels, 2, XY_FEATURES, classNamesOf(XOR_CLASSES), resolved.dtype);
}
