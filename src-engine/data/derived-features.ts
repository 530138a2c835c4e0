import { allocate, dtypeOf, type DType, type FloatArray } from '../core/float-array';
import type { Dataset } from './dataset';
import { describe } from './validate';

/** The extra input columns TensorFlow Playground offers for 2-D data. */
export type DerivedFeature = 'xSquared' | 'ySquared' | 'xTimesY' | 'sinX' | 'sinY';

/** All derived features, in the Playground's order. */
export const DERIVED_FEATURES: readonly DerivedFeature[] = [
  'xSquared',
  'ySquared',
  'xTimesY',
  'sinX',
  'sinY',
];

const FORMULA: Record<DerivedFeature, (a: number, b: number) => number> = {
  xSquared: (a) => a * a,
  ySquared: (_, b) => b * b,
  xTimesY: (a, b) => a * b,
  sinX: (a) => Math.sin(a),
  sinY: (_, b) => Math.sin(b),
};

const NAME: Record<DerivedFeature, (a: string, b: string) => string> = {
  xSquared: (a) => `${a}²`,
  ySquared: (_, b) => `${b}²`,
  xTimesY: (a, b) => `${a}·${b}`,
  sinX: (a) => `sin(${a})`,
  sinY: (_, b) => `sin(${b})`,
};

/**
 * Expands 2-D points with derived columns: the two inputs first (unless keepInputs is false),
 * then the features in the order given. Also used to map a plotting grid the same way as the
 * training data.
 * @param x [m, 2] row-major
 * @returns [m, (keepInputs ? 2 : 0) + features.length]
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
  const base = keepInputs ? 2 : 0;
  const width = base + features.length;
  const formulas = features.map((f) => FORMULA[f]);
  const out = allocate(dtype, m * width);
  // x: [m, 2] -> out: [m, width]
  for (let r = 0; r < m; r++) {
    const a = x[2 * r];
    const b = x[2 * r + 1];
    const o = r * width;
    if (keepInputs) {
      out[o] = a;
      out[o + 1] = b;
    }
    for (let f = 0; f < formulas.length; f++) out[o + base + f] = formulas[f](a, b);
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
  const names = features.map((f) => NAME[f](a, b));
  return {
    ...dataset,
    x,
    inputs: (keepInputs ? 2 : 0) + features.length,
    featureNames: [...(keepInputs ? [a, b] : []), ...names],
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
