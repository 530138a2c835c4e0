import { Adam } from './adam';
import type { Optimizer, OptimizerSpec } from './optimizer';
import { assertValidOptimizer } from './optimizer';
import { Sgd } from './sgd';

/** The optimizer of a spec. @throws if the spec is invalid. */
export function createOptimizer(spec: OptimizerSpec): Optimizer {
  assertValidOptimizer(spec);
  return spec.name === 'adam' ? new Adam(spec) : new Sgd(spec);
}
