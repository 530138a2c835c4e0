/**
 * A stored model's decision surface, computed in the renderer (a run opened from
 * Experiments has no trainer to ask). The plot's plane is the data's two raw inputs, as a live
 * run's is: each grid point goes through the model's own input pipeline.
 */
import type { FloatArray } from '../../src-engine/core/float-array';
import { hasDerived } from '../../src-engine/data/derived-features';
import { DecisionSurface, type Surface } from '../../src-engine/surface/decision-surface';
import type { Box } from '../../src-engine/surface/grid';
import { toNetworkInputs, type LoadedModel } from './loaded-model';

/**
 * The model's outputs (and each hidden unit's) over an n × n grid of `box`, in raw units.
 * @throws if the model does not take two raw inputs (plus its derived ones)
 */
export function modelSurface(model: LoadedModel, box: Box, n: number, withHidden = true): Surface {
  const rawInputs = hasDerived(model.derived) ? 2 : model.network.inputs;
  if (rawInputs !== 2) {
    throw new Error(`a decision surface needs 2 raw inputs; this model has ${rawInputs}`);
  }
  const surface = new DecisionSurface(model.network);
  const features = (points: FloatArray): FloatArray => toNetworkInputs(model, points);
  return surface.evaluate(box, n, { withHidden, features });
}
