import { Rng } from '../random/rng';
import type { Dataset } from './dataset';
import { DEFAULT_SEED } from './generator-options';
import { subset } from './subset';
import { checkNumber, checkSeed, describe } from './validate';

export { subset } from './subset';

/** Options of splitDataset. The three fractions must add up to 1. */
export interface SplitOptions {
  /** fraction of rows for training, default 0.7 */
  train?: number;
  /** fraction of rows for validation, default 0.15 */
  validation?: number;
  /** fraction of rows for the final test, default 0.15 */
  test?: number;
  /** keep each class's share the same in every part (classification only), default false */
  stratified?: boolean;
  seed?: number;
}

/** The three parts of a split and the rows of the original dataset each one holds. */
export interface Split {
  train: Dataset;
  validation: Dataset;
  test: Dataset;
  /** row numbers into the original dataset, ascending within each part */
  indices: { train: Int32Array; validation: Int32Array; test: Int32Array };
}

/**
 * Splits a dataset into train / validation / test parts at random (seeded). Part sizes are
 * the fractions of m rounded by largest remainder, so they add up to m and each is within one
 * row of fraction * m. With `stratified`, every class is split that way on its own, so each
 * part holds within one row of fraction * (rows of that class) of every class, and a part's
 * size may then differ from fraction * m by up to the number of classes.
 * @throws Error when a fraction is outside [0, 1], they do not sum to 1, the seed is invalid,
 *   or stratified is asked for a dataset without labels
 */
export function splitDataset(dataset: Dataset, options: SplitOptions = {}): Split {
  const where = 'splitDataset';
  const fractions = [
    checkNumber(where, 'train', options.train ?? 0.7, 0, 1),
    checkNumber(where, 'validation', options.validation ?? 0.15, 0, 1),
    checkNumber(where, 'test', options.test ?? 0.15, 0, 1),
  ];
  const sum = fractions[0] + fractions[1] + fractions[2];
  if (Math.abs(sum - 1) > 1e-9) {
    throw new Error(
      `${where}: train + validation + test must be 1, got ${fractions.join(' + ')} = ${sum}`,
    );
  }
  const rng = new Rng(checkSeed(where, options.seed ?? DEFAULT_SEED));
  const groups: number[][] = [];
  if (options.stratified) {
    const labels = dataset.labels;
    if (dataset.task !== 'classification' || !labels) {
      throw new Error(
        `${where}: stratified needs a classification dataset with labels, got task ${describe(dataset.task)}`,
      );
    }
    const byClass = new Map<number, number[]>();
    for (let r = 0; r < dataset.m; r++) {
      const rows = byClass.get(labels[r]) ?? [];
      rows.push(r);
      byClass.set(labels[r], rows);
    }
    // classes in label order, so the rng is consumed the same way whatever the row order
    for (const c of [...byClass.keys()].sort((a, b) => a - b)) groups.push(byClass.get(c)!);
  } else {
    groups.push(Array.from({ length: dataset.m }, (_, r) => r));
  }
  const parts: number[][] = [[], [], []];
  for (const rows of groups) {
    rng.shuffle(rows);
    const sizes = apportion(rows.length, fractions);
    // one row at a time: spreading a million rows into push() overflows the call stack
    for (let k = 0; k < rows.length; k++) {
      parts[k < sizes[0] ? 0 : k < sizes[0] + sizes[1] ? 1 : 2].push(rows[k]);
    }
  }
  const [train, validation, test] = parts.map((p) => Int32Array.from(p).sort());
  return {
    train: subset(dataset, train),
    validation: subset(dataset, validation),
    test: subset(dataset, test),
    indices: { train, validation, test },
  };
}

/**
 * Whole-number shares of n in the given proportions that add up to n (largest remainder):
 * each share is floor(n * f) or one more.
 */
export function apportion(n: number, fractions: readonly number[]): number[] {
  const exact = fractions.map((f) => n * f);
  const shares = exact.map((e) => Math.floor(e));
  let left = n - shares.reduce((a, b) => a + b, 0);
  // ties go to the earlier part, so equal fractions favour train over validation over test
  const order = exact
    .map((e, i) => i)
    .sort((a, b) => exact[b] - shares[b] - (exact[a] - shares[a]) || a - b);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]]++;
  return shares;
}
