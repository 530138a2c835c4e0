import type { FloatArray } from '../core/float-array';
import type { Rng } from '../random/rng';
import type { InitSpec } from '../network/spec';

/** Xavier/Glorot uniform by default: a fair start for sigmoid and tanh layers. */
export const DEFAULT_INIT: InitSpec = { kind: 'xavier' };

/**
 * Fills a layer's weights W: [outputs, inputs] and biases b: [outputs] in place.
 * - uniform: W, b ~ U(−scale, scale)
 * - xavier: W ~ U(−√(6/(in+out)), √(6/(in+out))), b = 0
 * - he: W ~ N(0, 2/in), b = 0 (suits ReLU layers)
 * - zeros: W = b = 0 (for the linear models of the lecture)
 */
export function initialise(
  init: InitSpec,
  w: FloatArray,
  b: FloatArray,
  inputs: number,
  outputs: number,
  rng: Rng,
): void {
  switch (init.kind) {
    case 'uniform':
      for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-init.scale, init.scale);
      for (let i = 0; i < b.length; i++) b[i] = rng.uniform(-init.scale, init.scale);
      return;
    case 'xavier': {
      const limit = Math.sqrt(6 / (inputs + outputs));
      for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-limit, limit);
      b.fill(0);
      return;
    }
    case 'he': {
      const std = Math.sqrt(2 / inputs);
      for (let i = 0; i < w.length; i++) w[i] = rng.normal(0, std);
      b.fill(0);
      return;
    }
    case 'zeros':
      w.fill(0);
      b.fill(0);
      return;
  }
}
