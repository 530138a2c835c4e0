import { dtypeOf, type FloatArray } from '../../src-engine/core/float-array';
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import { expandFeatures } from '../../src-engine/data/derived-features';
import type { Scaler } from '../../src-engine/data/scaling';
import { applyScaler } from '../../src-engine/data/scaling';

/** How a run turns its two raw inputs into the network's inputs (see prepareData). */
export interface InputFeatures {
  /** appended to the two raw inputs, in this order */
  derived: DerivedFeature[];
  /** fitted on all 2 + derived.length columns; absent when the run does not scale */
  scaler?: Scaler;
}

/**
 * The decision surface's feature map for 2-D data. Grid points are in the data's raw units
 * (what the Data view plots and its axes say): each point is expanded with the derived columns
 * and the whole row scaled, exactly as prepareData treats the training rows.
 * @returns a map from grid points [count, 2] to network inputs [count, 2 + derived.length]
 */
export function surfaceFeatureMap(
  features: InputFeatures,
): (points: FloatArray, count: number) => FloatArray {
  const { derived, scaler } = features;
  return (points) => {
    const dtype = dtypeOf(points);
    const expanded = derived.length > 0 ? expandFeatures(points, derived, true, dtype) : points;
    return scaler ? applyScaler(scaler, expanded, dtype) : expanded;
  };
}
