/**
 * A stored model's decision surface, computed in the renderer (a run opened from
 * Experiments has no trainer to ask). The plot's plane is the two raw inputs scaled by the
 * model's scaler, as a live run's plot is.
 */
import type { FloatArray } from '../../src-engine/core/float-array';
import type { Scaler } from '../../src-engine/data/scaling';
import { DecisionSurface, type Surface } from '../../src-engine/surface/decision-surface';
import type { Box } from '../../src-engine/surface/grid';
import { toNetworkInputs, type LoadedModel } from './loaded-model';

/** Maps plot points (the two inputs, scaled by the scaler's first two columns) back to raw. */
export function unscaleTwo(points: ArrayLike<number>, count: number, scaler: Scaler | null) {
  const raw = new Float64Array(count * 2);
  for (let j = 0; j < 2; j++) {
    const [offset, spread] = !scaler
      ? [0, 1]
      : scaler.kind === 'standard'
        ? [scaler.mean[j], scaler.std[j]]
        : [scaler.min[j], scaler.max[j] - scaler.min[j] || 1];
    for (let i = 0; i < count; i++) raw[i * 2 + j] = points[i * 2 + j] * spread + offset;
  }
  return raw;
}

/**
 * The model's outputs (and each hidden unit's) over an n × n grid of `box`.
 * @throws if the model does not take two raw inputs (plus its derived ones)
 */
export function modelSurface(model: LoadedModel, box: Box, n: number, withHidden = true): Surface {
  const rawInputs = model.network.inputs - model.derived.length;
  if (rawInputs !== 2) {
    throw new Error(`a decision surface needs 2 raw inputs; this model has ${rawInputs}`);
  }
  const surface = new DecisionSurface(model.network);
  const features = (points: FloatArray, count: number): FloatArray =>
    toNetworkInputs(model, unscaleTwo(points, count, model.normalization));
  return surface.evaluate(box, n, { withHidden, features });
}
