import { allocate, type DType, type FloatArray } from '../core/float-array';
import type { Dataset } from './dataset';
import { EngineError, engineProblem, type EngineProblem } from '../core/engine-error';
import { checkDtype, checkInteger, describe, gotValues } from './validate';

/** Z-score scaling: column c becomes (x - mean[c]) / std[c]. */
export interface StandardScaler {
  kind: 'standard';
  mean: number[];
  /** population standard deviation per column; 1 where the column is (nearly) constant, so
   * such a column maps to 0 instead of NaN */
  std: number[];
}

/** Min–max scaling: column c becomes (x - min[c]) / (max[c] - min[c]), i.e. [0, 1] on the
 * fitted data; a constant column (max = min) maps to 0. */
export interface MinMaxScaler {
  kind: 'min-max';
  min: number[];
  max: number[];
}

/** A fitted scaler: plain data (JSON round-trips it), used through applyScaler / invertScaler. */
export type Scaler = StandardScaler | MinMaxScaler;
export type ScalerKind = Scaler['kind'];

/**
 * Fits a scaler to the columns of a matrix, normally the training inputs only, so that
 * validation and test data are scaled with statistics they did not contribute to.
 * @param x [m, columns] row-major, m ≥ 1
 * @throws Error for an unknown kind, a length that is not a multiple of columns, no rows, or a
 *   value that is not finite (named by row and column)
 */
export function fitScaler(kind: ScalerKind, x: ArrayLike<number>, columns: number): Scaler {
  const where = 'fitScaler';
  if (kind !== 'standard' && kind !== 'min-max') {
    throw new Error(`${where}: kind must be 'standard' or 'min-max', got ${describe(kind)}`);
  }
  const m = rowCount(where, x, checkInteger(where, 'columns', columns, 1, Number.MAX_SAFE_INTEGER));
  if (m === 0) throw new Error(`${where}: cannot fit on 0 rows`);
  const first = new Array<number>(columns);
  const second = new Array<number>(columns);
  for (let c = 0; c < columns; c++) {
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    for (let r = 0; r < m; r++) {
      const v = x[r * columns + c];
      if (!Number.isFinite(v)) throw new Error(`${where}: x[row ${r}, column ${c}] is ${v}`);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    if (kind === 'min-max') {
      first[c] = lo;
      second[c] = hi;
      continue;
    }
    const mean = sum / m;
    // two passes: subtracting the mean first keeps the variance accurate for large offsets
    let squares = 0;
    for (let r = 0; r < m; r++) squares += (x[r * columns + c] - mean) ** 2;
    const std = Math.sqrt(squares / m);
    // a constant column can still show a tiny std from rounding in the mean; treat as constant
    first[c] = mean;
    second[c] = hi === lo || std <= 1e-12 * Math.max(1, Math.abs(mean)) ? 1 : std;
  }
  return kind === 'standard'
    ? { kind, mean: first, std: second }
    : { kind, min: first, max: second };
}

/**
 * Scales a matrix with a fitted scaler.
 * @param x [m, columns] with columns = the scaler's column count
 * @param dtype element type of the result; default float64 for Float64Array input, else float32
 * @returns a new [m, columns] array
 * @throws Error when the scaler is malformed or x does not have its column count
 */
export function applyScaler(scaler: Scaler, x: ArrayLike<number>, dtype?: DType): FloatArray {
  return transform('applyScaler', scaler, x, dtype, false);
}

/**
 * Undoes applyScaler: maps scaled values back to original units (for plotting predictions of
 * scaled regression targets, say). Constant columns come back as their constant.
 * @throws Error like applyScaler
 */
export function invertScaler(scaler: Scaler, x: ArrayLike<number>, dtype?: DType): FloatArray {
  return transform('invertScaler', scaler, x, dtype, true);
}

/** Fits a scaler to a dataset's inputs (pass the training part only). */
export function fitInputScaler(kind: ScalerKind, train: Dataset): Scaler {
  return fitScaler(kind, train.x, train.inputs);
}

/** A copy of `dataset` with its inputs scaled; targets, labels and names are shared, not copied. */
export function scaleInputs(dataset: Dataset, scaler: Scaler): Dataset {
  return {
    ...dataset,
    x: applyScaler(scaler, dataset.x, dataset.x instanceof Float64Array ? 'float64' : 'float32'),
  };
}

/**
 * Checks that a value (e.g. parsed from JSON) is a well-formed scaler.
 * @returns the value typed as Scaler
 * @throws EngineError describing the first problem, after `where: `
 */
export function checkScaler(value: unknown, where = 'checkScaler'): Scaler {
  const problem = scalerProblem(value);
  if (problem) throw new EngineError({ ...problem, message: `${where}: ${problem.message}` });
  return value as Scaler;
}

/** The first problem of a scaler (e.g. parsed from JSON), or null when it is well formed. */
export function scalerProblem(value: unknown): EngineProblem | null {
  const s = value as Record<string, unknown> | null;
  if (s === null || typeof s !== 'object') {
    return engineProblem('scaler.notObject', gotValues(value));
  }
  const keys =
    s.kind === 'standard' ? ['mean', 'std'] : s.kind === 'min-max' ? ['min', 'max'] : null;
  if (!keys) return engineProblem('scaler.kind', gotValues(s.kind));
  const [a, b] = keys.map((k) => s[k]);
  for (const [k, arr] of [
    [keys[0], a],
    [keys[1], b],
  ] as const) {
    if (
      !Array.isArray(arr) ||
      arr.length === 0 ||
      !arr.every((v) => typeof v === 'number' && Number.isFinite(v))
    )
      return engineProblem('scaler.numbers', { field: `scaler.${k}` });
  }
  if ((a as number[]).length !== (b as number[]).length)
    return engineProblem('scaler.lengths', {
      first: `scaler.${keys[0]}`,
      second: `scaler.${keys[1]}`,
    });
  if (s.kind === 'standard' && (b as number[]).some((v) => v <= 0))
    return engineProblem('scaler.std', {});
  if (s.kind === 'min-max' && (b as number[]).some((hi, c) => hi < (a as number[])[c]))
    return engineProblem('scaler.max', {});
  return null;
}

function rowCount(where: string, x: ArrayLike<number>, columns: number): number {
  if (x.length % columns !== 0) {
    throw new Error(`${where}: x has ${x.length} values, not a multiple of ${columns} columns`);
  }
  return x.length / columns;
}

function transform(
  where: string,
  scaler: Scaler,
  x: ArrayLike<number>,
  dtype: DType | undefined,
  invert: boolean,
): FloatArray {
  checkScaler(scaler, where);
  const type = checkDtype(where, dtype ?? (x instanceof Float64Array ? 'float64' : 'float32'));
  // both kinds are x' = (x - offset) / scale, so one loop serves them
  const offset = scaler.kind === 'standard' ? scaler.mean : scaler.min;
  const scale =
    scaler.kind === 'standard'
      ? scaler.std
      : scaler.min.map((lo, c) => (scaler.max[c] > lo ? scaler.max[c] - lo : 1));
  const columns = offset.length;
  const m = rowCount(where, x, columns);
  const out = allocate(type, x.length);
  // x: [m, columns]
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c;
      out[i] = invert ? x[i] * scale[c] + offset[c] : (x[i] - offset[c]) / scale[c];
    }
  }
  return out;
}
