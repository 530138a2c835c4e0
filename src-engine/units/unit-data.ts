import { Rng } from '../random/rng';

/** How a single-unit model encodes its two classes: 'binary' is 0/1, 'bipolar' is −1/+1. */
export type TargetCoding = 'binary' | 'bipolar';

/**
 * Checks a small training set given as rows: every row of `xs` has `inputs` finite numbers and
 * `ts` has one finite target per row. With a `coding`, every target must belong to it.
 * @param xs samples, [samples][inputs]
 * @param ts targets, [samples]
 * @throws Error naming the model, the offending row and what is wrong with it.
 */
export function checkDataset(
  model: string,
  xs: ArrayLike<ArrayLike<number>>,
  ts: ArrayLike<number>,
  inputs: number,
  coding?: TargetCoding,
): void {
  if (xs.length === 0) throw new Error(`${model}: the training set is empty`);
  if (ts.length !== xs.length) {
    throw new Error(`${model}: ${xs.length} samples but ${ts.length} targets`);
  }
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
  const where = row === undefined ? 'sample' : `sample ${row}`;
  if (x === undefined || x === null || typeof x.length !== 'number') {
    throw new Error(`${model}: ${where} is not an array of numbers`);
  }
  if (x.length !== inputs) {
    throw new Error(`${model}: ${where} has ${x.length} inputs, expected ${inputs}`);
  }
  for (let j = 0; j < inputs; j++) {
    if (!Number.isFinite(x[j]))
      throw new Error(`${model}: ${where} input ${j} is ${x[j]}, not a finite number`);
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
  const where = row === undefined ? 'target' : `target ${row}`;
  if (!Number.isFinite(t)) throw new Error(`${model}: ${where} is ${t}, not a finite number`);
  if (coding === 'binary' && t !== 0 && t !== 1) {
    throw new Error(`${model}: ${where} is ${t}; binary targets must be 0 or 1`);
  }
  if (coding === 'bipolar' && t !== -1 && t !== 1) {
    throw new Error(`${model}: ${where} is ${t}; bipolar targets must be -1 or +1`);
  }
}

/** Checks a positive integer count such as the number of inputs or epochs. */
export function checkPositiveInteger(model: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${model}: ${name} must be a positive integer, got ${value}`);
  }
}

/** Checks a learning rate: finite and > 0. */
export function checkLearningRate(model: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${model}: learningRate must be a finite number > 0, got ${value}`);
  }
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
    if (!rng) throw new Error(`${model}: init 'uniform' needs a seed or an rng`);
    if (!Number.isFinite(range) || range <= 0) {
      throw new Error(`${model}: initRange must be a finite number > 0, got ${range}`);
    }
    for (let j = 0; j < w.length; j++) w[j] = rng.uniform(-range, range);
    return w;
  }
  if (typeof init !== 'object' || init === null || init.length !== inputs + 1) {
    throw new Error(
      `${model}: initial weights must be 'zeros', 'uniform' or ${inputs + 1} numbers [w0 (bias), w1..w${inputs}]`,
    );
  }
  for (let j = 0; j < w.length; j++) {
    if (!Number.isFinite(init[j]))
      throw new Error(`${model}: initial weight ${j} is ${init[j]}, not a finite number`);
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
    if (!rng) throw new Error(`${model}: shuffle needs a seed or an rng`);
    rng.shuffle(order);
  }
  return order;
}
