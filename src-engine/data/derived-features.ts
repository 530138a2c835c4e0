import { allocate, dtypeOf, type DType, type FloatArray } from '../core/float-array';
import type { Dataset } from './dataset';
import { describe } from './validate';

/**
 * The input columns TensorFlow Playground offers for 2-D data: the two raw inputs x and y
 * themselves, and columns derived from them. A run's list that names neither x nor y is
 * appended to the two (the usual case: "x, y and x²"); a list that names x or y is the whole
 * input, so either may be left out, as Playground's feature toggles allow.
 */
export type DerivedFeature = 'x' | 'y' | 'xSquared' | 'ySquared' | 'xTimesY' | 'sinX' | 'sinY';

/** All features, in the Playground's order. */
export const DERIVED_FEATURES: readonly DerivedFeature[] = [
  'x',
  'y',
  'xSquared',
  'ySquared',
  'xTimesY',
  'sinX',
  'sinY',
];

/** The network's inputs of a run's feature list, in order (see DerivedFeature). */
export function featureList(derived: readonly DerivedFeature[]): DerivedFeature[] {
  return derived.includes('x') || derived.includes('y') ? [...derived] : ['x', 'y', ...derived];
}

/** Whether a run's feature list changes anything: not empty, and not just "x, y". */
export function hasDerived(derived: readonly DerivedFeature[] | undefined): boolean {
  if (!derived || derived.length === 0) return false;
  return !(derived.length === 2 && derived[0] === 'x' && derived[1] === 'y');
}

/**
 * The feature list for a set of chosen features (toggles), in the Playground's order: with both
 * x and y chosen, the derived ones alone (they follow x and y); else every chosen one.
 */
export function featuresOf(chosen: Iterable<DerivedFeature>): DerivedFeature[] {
  const set = new Set(chosen);
  const both = set.has('x') && set.has('y');
  return DERIVED_FEATURES.filter((f) => set.has(f) && !(both && (f === 'x' || f === 'y')));
}

/** Network inputs that 2 raw inputs give with this feature list. */
export function featureCount(derived: readonly DerivedFeature[]): number {
  return featureList(derived).length;
}

const FORMULA: Record<DerivedFeature, (a: number, b: number) => number> = {
  x: (a) => a,
  y: (_, b) => b,
  xSquared: (a) => a * a,
  ySquared: (_, b) => b * b,
  xTimesY: (a, b) => a * b,
  sinX: (a) => Math.sin(a),
  sinY: (_, b) => Math.sin(b),
};

const NAME: Record<DerivedFeature, (a: string, b: string) => string> = {
  x: (a) => a,
  y: (_, b) => b,
  xSquared: (a) => `${a}²`,
  ySquared: (_, b) => `${b}²`,
  xTimesY: (a, b) => `${a}·${b}`,
  sinX: (a) => `sin(${a})`,
  sinY: (_, b) => `sin(${b})`,
};

/** A feature's name from the two raw inputs' names: 'x1²', 'x1·x2', 'sin(x2)', … */
export function featureName(feature: DerivedFeature, a: string, b: string): string {
  return NAME[feature](a, b);
}

/**
 * Maps 2-D points to the network's inputs: the columns of featureList(features) — the two
 * raw inputs first when the list names neither — or, with keepInputs false, exactly the
 * features given. Also used to map a plotting grid the same way as the training data.
 * @param x [m, 2] row-major
 * @returns [m, columns]
 * @throws Error when x is not [m, 2], a feature is unknown or repeated, or no column would remain
 */
export function expandFeatures(
  x: ArrayLike<number>,
  features: readonly DerivedFeature[],
  keepInputs = true,
  dtype: DType = x instanceof Float64Array ? 'float64' : 'float32',
): FloatArray {
  checkFeatures('expandFeatures', features, keepInputs);
  if (x.length % 2 !== 0)
    throw new Error(`expandFeatures: x must be [m, 2], got ${x.length} values`);
  const m = x.length / 2;
  const columns = keepInputs ? featureList(features) : features;
  const width = columns.length;
  const formulas = columns.map((f) => FORMULA[f]);
  const out = allocate(dtype, m * width);
  // x: [m, 2] -> out: [m, width]
  for (let r = 0; r < m; r++) {
    const a = x[2 * r];
    const b = x[2 * r + 1];
    const o = r * width;
    for (let f = 0; f < width; f++) out[o + f] = formulas[f](a, b);
  }
  return out;
}

/**
 * A copy of a 2-input dataset whose inputs are expandFeatures(x, features, keepInputs), with
 * feature names such as 'x1²', 'x1·x2', 'sin(x2)'. Targets and labels are shared, not copied.
 * @throws Error when the dataset does not have exactly 2 inputs, or as expandFeatures
 */
export function withDerivedFeatures(
  dataset: Dataset,
  features: readonly DerivedFeature[],
  keepInputs = true,
): Dataset {
  if (dataset.inputs !== 2) {
    throw new Error(`withDerivedFeatures: dataset must have 2 inputs, got ${dataset.inputs}`);
  }
  const x = expandFeatures(dataset.x, features, keepInputs, dtypeOf(dataset.x));
  const [a, b] = dataset.featureNames;
  const columns = keepInputs ? featureList(features) : features;
  return {
    ...dataset,
    x,
    inputs: columns.length,
    featureNames: columns.map((f) => NAME[f](a, b)),
  };
}

function checkFeatures(
  where: string,
  features: readonly DerivedFeature[],
  keepInputs: boolean,
): void {
  if (!Array.isArray(features))
    throw new Error(`${where}: features must be an array, got ${describe(features)}`);
  features.forEach((f, i) => {
    if (!DERIVED_FEATURES.includes(f)) {
      throw new Error(
        `${where}: features[${i}] must be one of ${DERIVED_FEATURES.join(', ')}, got ${describe(f)}`,
      );
    }
    if (features.indexOf(f) !== i) throw new Error(`${where}: feature '${f}' is listed twice`);
  });
  if (!keepInputs && features.length === 0) {
    throw new Error(`${where}: no columns left: keepInputs is false and no features are chosen`);
  }
}
