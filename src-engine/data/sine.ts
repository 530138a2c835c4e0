import { Rng } from '../random/rng';
import { regressionDataset } from './build-dataset';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';

/**
 * One period of a sine curve, for non-linear regression: x uniform in [-π, π),
 * y = sin(x) + normal(0, noise). Noise (in [0, 1], default 0.1) is the standard deviation in
 * y units, i.e. a fraction of the curve's amplitude. At noise 0 the points lie on the curve.
 * @returns x [count, 1], y [count, 1]
 * @throws Error when count, noise, seed or dtype is invalid
 */
export function makeSine(options: GeneratorOptions = {}): Dataset {
  const { count, noise, seed, dtype } = resolveOptions('makeSine', options, {
    count: 100,
    noise: 0.1,
  });
  const rng = new Rng(seed);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = rng.uniform(-Math.PI, Math.PI);
    y[i] = Math.sin(x[i]) + rng.normal(0, noise);
  }
  return regressionDataset(x, y, 1, 1, ['x'], ['y'], dtype);
}
