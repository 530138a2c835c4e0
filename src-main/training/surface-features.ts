import { dtypeOf, type FloatArray } from '../../src-engine/core/float-array';
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import { expandFeatures } from '../../src-engine/data/derived-features';
import type { Scaler } from '../../src-engine/data/scaling';
import { applyScaler, invertScaler } from '../../src-engine/data/scaling';

/** How a run turns its two raw inputs into the network's inputs (see prepareData). */
export interface InputFeatures {
  /** appended to the two raw inputs, in this order */
  derived: DerivedFeature[];
  /** fitted on all 2 + derived.length columns; absent when the run does not scale */
  scaler?: Scaler;
}

/**
 * The decision surface's feature map for a run with derived inputs. Grid points are in the
 * coordinates of the network's first two inputs (the two raw inputs after the run's scaling,
 * or raw when it does not scale): each point is unscaled back to raw units, expanded with the
 * derived columns from those raw values, and the whole row scaled again, exactly as
 * prepareData treats the training rows.
 * @returns a map from grid points [count, 2] to network inputs [count, 2 + derived.length]
 */
export function surfaceFeatureMap(
  features: InputFeatures,
): (points: FloatArray, count: number) => FloatArray {
  const { derived, scaler } = features;
  const firstTwo = scaler && firstColumns(scaler, 2);
  return (points) => {
    const dtype = dtypeOf(points);
    const raw = firstTwo ? invertScaler(firstTwo, points, dtype) : points;
    const expanded = expandFeatures(raw, derived, true, dtype);
    return scaler ? applyScaler(scaler, expanded, dtype) : expanded;
  };
}

function firstColumns(scaler: Scaler, n: number): Scaler {
  return scaler.kind === 'standard'
    ? { kind: 'standard', mean: scaler.mean.slice(0, n), std: scaler.std.slice(0, n) }
    : { kind: 'min-max', min: scaler.min.slice(0, n), max: scaler.max.slice(0, n) };
}
