import { binaryDataset, XY_FEATURES } from './build-dataset';
import { classNamesOf, type ClassId } from './class-names';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';
import { blurred, PLAYGROUND_DEFAULTS, samplePlanar } from './planar-sample';

/** The classes it draws, by label (0, 1). */
export const CIRCLE_CLASSES: readonly ClassId[] = ['outside', 'inside'];

/** Radius of the outer ring; the inner disc has half this radius (TensorFlow Playground's sizes). */
export const CIRCLE_RADIUS = 5;

/**
 * A disc of class 1 ('inside') surrounded by a ring of class 0 ('outside'), as in TensorFlow
 * Playground. Points lie within CIRCLE_RADIUS of the origin: the disc has radius < 2.5, the ring
 * radius in [3.5, 5), so with noise 0 a circle of radius 2.5..3.5 separates them.
 *
 * Noise (fraction in [0, 1], default 0) does not move the points; it shifts each point by up to
 * noise * CIRCLE_RADIUS per axis before the label is read, so points near the gap get the
 * other class, exactly how the Playground blurs the boundary.
 *
 * Rows alternate ring / disc, so the classes are balanced (±1) and mixed in order.
 * @returns x [count, 2], y [count, 1] with labels 0 / 1
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makeCircle(options: GeneratorOptions = {}): Dataset {
  const resolved = resolveOptions('makeCircle', options, PLAYGROUND_DEFAULTS);
  const { noise } = resolved;
  const inner = CIRCLE_RADIUS * 0.5;
  const { x, values } = samplePlanar(resolved, (i, rng) => {
    const inside = i % 2 === 1;
    const r = inside ? rng.uniform(0, inner) : rng.uniform(CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS);
    const angle = rng.uniform(0, 2 * Math.PI);
    const px = r * Math.sin(angle);
    const py = r * Math.cos(angle);
    const nx = blurred(rng, px, CIRCLE_RADIUS, noise);
    const ny = blurred(rng, py, CIRCLE_RADIUS, noise);
    return [px, py, Math.hypot(nx, ny) < inner ? 1 : 0];
  });
  const labels = Int32Array.from(values);
  return binaryDataset(x, labels, 2, XY_FEATURES, classNamesOf(CIRCLE_CLASSES), resolved.dtype);
}
