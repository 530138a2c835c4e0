import { engineError } from '../core/engine-error';
import { Rng } from '../random/rng';

/** How a single-unit model encodes its two classes: 'binary' is 0/1, 'bipolar' is −1/+1. */
export type TargetCoding = 'binary' | 'bipolar';

/**
 * Checks a small training set given as rows: every row of `xs` has `inputs` finite numbers and
 * `ts` has one finite target per row. With a `coding`, every target must belong to it.
 * @param xs samples, [samples][inputs]
 * @param ts targets, [samples]
 * @throws EngineError (codes 'unit.*') naming the model, the offending row and what is wrong
 */
export function checkDataset(
  model: string,
  xs: ArrayLike<ArrayLike<number>>,
  ts: ArrayLike<number>,
  inputs: number,
  coding?: TargetCoding,
): void {
  if (xs.length === 0) throw engineError('unit.emptySet', { model });
  if (ts.length !== xs.length)
    throw engineError('unit.targetCount', { model, samples: xs.length, targets: ts.length });
  for (let i = 0; i < xs.length; i++) {
    checkSample(model, xs[i], inputs, i);
    checkTarget(model, ts[i], coding, i);
  }
}

/**
 * Checks one sample: `inputs` finite numbers.
 * @throws Error if the length differs or a value is not finite.
 */
export function checkSample(
  model: string,
  x: ArrayLike<number>,
  inputs: number,
  row?: number,
): void {
  if (x === undefined || x === null || typeof x.length !== 'number')
    throw row === undefined
      ? engineError('unit.oneSampleNotList', { model })
      : engineError('unit.sampleNotList', { model, row });
  if (x.length !== inputs)
    throw row === undefined
      ? engineError('unit.oneSampleLength', { model, got: x.length, inputs })
      : engineError('unit.sampleLength', { model, row, got: x.length, inputs });
  for (let column = 0; column < inputs; column++) {
    if (Number.isFinite(x[column])) continue;
    const got = String(x[column]);
    throw row === undefined
      ? engineError('unit.oneSampleValue', { model, column, got })
      : engineError('unit.sampleValue', { model, row, column, got });
  }
}

/**
 * Checks one target against a coding (or only for finiteness without one).
 * @throws Error if the target is not finite or not a value of the coding.
 */
export function checkTarget(
  model: string,
  t: number,
  coding: TargetCoding | undefined,
  row?: number,
): void {
  const got = String(t);
  if (!Number.isFinite(t))
    throw row === undefined
      ? engineError('unit.oneTargetValue', { model, got })
      : engineError('unit.targetValue', { model, row, got });
  if (coding === 'binary' && t !== 0 && t !== 1)
    throw row === undefined
      ? engineError('unit.oneTargetBinary', { model, got })
      : engineError('unit.targetBinary', { model, row, got });
  if (coding === 'bipolar' && t !== -1 && t !== 1)
    throw row === undefined
      ? engineError('unit.oneTargetBipolar', { model, got })
      : engineError('unit.targetBipolar', { model, row, got });
}

/** Checks a positive integer count such as the number of inputs or epochs. */
export function checkPositiveInteger(model: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw engineError('unit.positiveInteger', { model, name, got: String(value) });
}

/** Checks a learning rate: finite and > 0. */
export function checkLearningRate(model: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0)
    throw engineError('unit.learningRate', { model, got: String(value) });
}

/**
 * The augmented input [1, x1, …, xn]: the constant x0 = 1 carries the bias w0, so the bias is
 * learned by the same rule as every other weight.
 */
export function augment(x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.length + 1);
  out[0] = 1;
  for (let j = 0; j < x.length; j++) out[j + 1] = x[j];
  return out;
}

/** w · [1, x]: the net input of a unit whose bias is w[0]. */
export function netInput(w: Float64Array, x: ArrayLike<number>): number {
  let s = w[0];
  for (let j = 0; j < x.length; j++) s += w[j + 1] * x[j];
  return s;
}

/** sign with sign(0) = +1, so a bipolar unit always answers −1 or +1. */
export function bipolarSign(v: number): number {
  return v >= 0 ? 1 : -1;
}

/**
 * Initial weights [w0, …, wn]: zeros, explicit values, or uniform in [−range, range) from `rng`.
 * @throws Error if explicit weights have the wrong length or uniform init has no generator.
 */
export function initialWeights(
  model: string,
  inputs: number,
  init: 'zeros' | 'uniform' | ArrayLike<number>,
  range: number,
  rng: Rng | undefined,
): Float64Array {
  const w = new Float64Array(inputs + 1);
  if (init === 'zeros') return w;
  if (init === 'uniform') {
    if (!rng) throw engineError('unit.uniformNeedsRng', { model });
    if (!Number.isFinite(range) || range <= 0)
      throw engineError('unit.initRange', { model, got: String(range) });
    for (let j = 0; j < w.length; j++) w[j] = rng.uniform(-range, range);
    return w;
  }
  if (typeof init !== 'object' || init === null || init.length !== inputs + 1)
    throw engineError('unit.initialWeights', { model, count: inputs + 1, inputs });
  for (let j = 0; j < w.length; j++) {
    if (!Number.isFinite(init[j]))
      throw engineError('unit.initialWeight', { model, index: j, got: String(init[j]) });
    w[j] = init[j];
  }
  return w;
}

/** The generator named by options: the given rng, else one built from the seed, else none. */
export function rngFrom(rng: Rng | undefined, seed: number | undefined): Rng | undefined {
  if (rng) return rng;
  return seed === undefined ? undefined : new Rng(seed);
}

/**
 * The order in which one epoch visits the samples: 0..n−1, or a fresh permutation of it.
 * @throws Error if shuffling is asked without a generator.
 */
export function epochOrder(
  model: string,
  n: number,
  shuffle: boolean,
  rng: Rng | undefined,
): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (shuffle) {
    if (!rng) throw engineError('unit.shuffleNeedsRng', { model });
    rng.shuffle(order);
  }
  return order;
}
