import type { DType } from '../core/float-array';
import { checkDtype, checkInteger, checkNumber, checkSeed } from './validate';

/** Options every sampled generator accepts. */
export interface GeneratorOptions {
  /** number of samples (rows), 1..MAX_COUNT */
  count?: number;
  /** noise level as a fraction in [0, 1]; each generator documents what it scales */
  noise?: number;
  /** seed of the Rng; same options and seed give identical arrays */
  seed?: number;
  /** element type of x and y, default 'float32' */
  dtype?: DType;
}

/** Largest sample count a generator accepts; keeps a mistyped slider from allocating gigabytes. */
export const MAX_COUNT = 1_000_000;

/** Default seed, so that calling a generator without options is still reproducible. */
export const DEFAULT_SEED = 1;

/** GeneratorOptions with every field filled in and checked. */
export interface ResolvedOptions {
  count: number;
  noise: number;
  seed: number;
  dtype: DType;
}

/**
 * Fills in defaults and validates the common options.
 * @param where generator name used in error messages
 * @throws Error naming the option when count, noise, seed or dtype is out of range
 */
export function resolveOptions(
  where: string,
  options: GeneratorOptions,
  defaults: { count: number; noise: number },
  minCount = 1,
): ResolvedOptions {
  return {
    count: checkInteger(where, 'count', options.count ?? defaults.count, minCount, MAX_COUNT),
    noise: checkNumber(where, 'noise', options.noise ?? defaults.noise, 0, 1),
    seed: checkSeed(where, options.seed ?? DEFAULT_SEED),
    dtype: checkDtype(where, options.dtype ?? 'float32'),
  };
}
