import { Rng } from '../random/rng';
import type { DType } from '../core/float-array';
import { regressionDataset } from './build-dataset';
import type { Dataset } from './dataset';
import { DEFAULT_SEED, MAX_COUNT } from './generator-options';
import { checkDtype, checkFinite, checkInteger, checkNumber, checkSeed } from './validate';

/** Options of makeLine. */
export interface LineOptions {
  /** number of samples, 1..MAX_COUNT (default 100) */
  count?: number;
  /** slope of the true line (default 2) */
  slope?: number;
  /** value of the true line at x = 0 (default 1) */
  intercept?: number;
  /** standard deviation of the gaussian noise added to y, in y units, 0..100 (default 1) */
  noise?: number;
  seed?: number;
  dtype?: DType;
}

/** Half-width of the x interval the line is sampled on. */
export const LINE_EXTENT = 5;

/**
 * Points scattered around a line, for linear regression: x uniform in [-5, 5),
 * y = slope * x + intercept + normal(0, noise). At noise 0 the points lie on the line.
 * @returns x [count, 1], y [count, 1]
 * @throws Error when an option is out of range or not finite
 */
export function makeLine(options: LineOptions = {}): Dataset {
  const where = 'makeLine';
  const count = checkInteger(where, 'count', options.count ?? 100, 1, MAX_COUNT);
  const slope = checkFinite(where, 'slope', options.slope ?? 2);
  const intercept = checkFinite(where, 'intercept', options.intercept ?? 1);
  const noise = checkNumber(where, 'noise', options.noise ?? 1, 0, 100);
  const seed = checkSeed(where, options.seed ?? DEFAULT_SEED);
  const dtype = checkDtype(where, options.dtype ?? 'float32');
  const rng = new Rng(seed);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = rng.uniform(-LINE_EXTENT, LINE_EXTENT);
    y[i] = slope * x[i] + intercept + rng.normal(0, noise);
  }
  return regressionDataset(x, y, 1, 1, ['x'], ['y'], dtype);
}
