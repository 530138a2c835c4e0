import { engineError } from '../core/engine-error';
import type { DType } from '../core/float-array';
import { makeBlobs, MAX_BLOB_CLASSES } from './blobs';
import { CIRCLE_CLASSES, makeCircle } from './circle';
import type { Dataset } from './dataset';
import { GAUSSIAN_CLASSES, makeGaussian } from './gaussian';
import { DEFAULT_SEED } from './generator-options';
import {
  param,
  spec,
  type GeneratorParams,
  type GeneratorSpec,
  type ParameterSpec,
} from './generator-spec';
import { makeLine } from './line';
import { MOONS_CLASSES, makeMoons } from './moons';
import { makeMultiGaussian } from './multi-gaussian';
import { makePlane } from './plane';
import { makeSine } from './sine';
import { SPIRAL_CLASSES, makeSpiral } from './spiral';
import { makeTruthTable, type Gate } from './truth-table';
import { gotValues } from './validate';
import { XOR_CLASSES, makeXor } from './xor';

const count = (value: number): ParameterSpec =>
  param('count', 'Samples', [10, 2000, 10], value, 'number of points generated');
const seed = param('seed', 'Seed', [0, 0xffffffff, 1], DEFAULT_SEED, 'same seed, same data');
const noise = (value: number, description: string): ParameterSpec =>
  param('noise', 'Noise', [0, 0.5, 0.01], value, description);

const basic = (p: Record<string, number>, dtype: DType) => ({
  count: p.count,
  noise: p.noise,
  seed: p.seed,
  dtype,
});

const gate = (g: Gate, label: string): GeneratorSpec =>
  spec(g, label, 'classification', `the ${label} truth table`, [], (_, dtype) =>
    makeTruthTable({ gate: g, dtype }),
  );

const positionNoise = 'fraction of the plot width by which labels are blurred near the boundary';
const targetNoise = 'fraction of the plot width by which targets are blurred';

/** Every built-in generator, in the order a UI lists them. */
export const GENERATORS: readonly GeneratorSpec[] = [
  spec(
    'circle',
    'Circle',
    'classification',
    'a disc inside a ring',
    [count(200), noise(0, positionNoise), seed],
    (p, d) => makeCircle(basic(p, d)),
    CIRCLE_CLASSES,
  ),
  spec(
    'xor',
    'Exclusive or',
    'classification',
    'four quadrants, same-sign vs opposite-sign',
    [count(200), noise(0, positionNoise), seed],
    (p, d) => makeXor(basic(p, d)),
    XOR_CLASSES,
  ),
  spec(
    'gaussian',
    'Gaussian',
    'classification',
    'two round blobs',
    [count(200), noise(0, 'widens both blobs'), seed],
    (p, d) => makeGaussian(basic(p, d)),
    GAUSSIAN_CLASSES,
  ),
  spec(
    'spiral',
    'Spiral',
    'classification',
    'two interleaved spirals',
    [count(200), noise(0, 'jitter off the spiral arms'), seed],
    (p, d) => makeSpiral(basic(p, d)),
    SPIRAL_CLASSES,
  ),
  spec(
    'moons',
    'Moons',
    'classification',
    'two interleaving half moons',
    [count(200), noise(0.1, 'spread around each arc, as a fraction of its radius'), seed],
    (p, d) => makeMoons(basic(p, d)),
    MOONS_CLASSES,
  ),
  spec(
    'blobs',
    'Blobs (k classes)',
    'classification',
    'k gaussian blobs with one-hot targets',
    [
      count(300),
      param('classes', 'Classes', [2, MAX_BLOB_CLASSES, 1], 3, 'number of classes'),
      noise(0.1, 'widens every blob'),
      seed,
    ],
    (p, d) => makeBlobs({ ...basic(p, d), classes: p.classes }),
  ),
  gate('and', 'AND'),
  gate('or', 'OR'),
  gate('not', 'NOT'),
  spec('xor-gate', 'XOR', 'classification', 'the XOR truth table', [], (_, dtype) =>
    makeTruthTable({ gate: 'xor', dtype }),
  ),
  spec(
    'plane',
    'Plane',
    'regression',
    'target rises linearly with x1 + x2',
    [count(200), noise(0, targetNoise), seed],
    (p, d) => makePlane(basic(p, d)),
  ),
  spec(
    'multi-gaussian',
    'Multi gaussian',
    'regression',
    'six peaks and pits',
    [count(200), noise(0, targetNoise), seed],
    (p, d) => makeMultiGaussian(basic(p, d)),
  ),
  spec(
    'line',
    'Noisy line',
    'regression',
    'points scattered around y = slope · x + intercept',
    [
      count(100),
      param('slope', 'Slope', [-5, 5, 0.1], 2, 'slope of the true line'),
      param('intercept', 'Intercept', [-10, 10, 0.1], 1, 'value of the true line at x = 0'),
      param('noise', 'Noise', [0, 5, 0.1], 1, 'standard deviation of the scatter, in y units'),
      seed,
    ],
    (p, dtype) =>
      makeLine({
        count: p.count,
        slope: p.slope,
        intercept: p.intercept,
        noise: p.noise,
        seed: p.seed,
        dtype,
      }),
  ),
  spec(
    'sine',
    'Sine curve',
    'regression',
    'one period of sin x',
    [count(100), noise(0.1, 'standard deviation of the scatter, in y units'), seed],
    (p, d) => makeSine(basic(p, d)),
  ),
];

/** The built-in generators keyed by name. */
export const GENERATORS_BY_NAME: Readonly<Record<string, GeneratorSpec>> = Object.fromEntries(
  GENERATORS.map((g) => [g.name, g]),
);

export type { GeneratorParams, GeneratorSpec, ParameterSpec } from './generator-spec';

/** Looks a generator up by name.
 * @throws EngineError ('generator.unknown') listing the known names when `name` is unknown */
export function getGenerator(name: string): GeneratorSpec {
  const found = Object.hasOwn(GENERATORS_BY_NAME, name) ? GENERATORS_BY_NAME[name] : undefined;
  if (!found) {
    const known = GENERATORS.map((g) => g.name).join(', ');
    throw engineError('generator.unknown', { ...gotValues(name), known });
  }
  return found;
}

/** Generates a dataset by generator name; shorthand for getGenerator(name).generate(...).
 * @throws EngineError for an unknown generator or bad parameters */
export function generate(name: string, params?: GeneratorParams, dtype?: DType): Dataset {
  return getGenerator(name).generate(params, dtype);
}
