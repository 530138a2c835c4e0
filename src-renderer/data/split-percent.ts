/**
 * The train / validation / test split as whole percentages that always add up to 100, and
 * how moving one slider takes from (or gives to) the other two.
 */
import type { DatasetSummary } from '../../src-main/contract/types';

/** How the contract states a split: fractions adding up to 1. */
export type DatasetSplit = DatasetSummary['split'];

export interface SplitPercent {
  train: number;
  validation: number;
  test: number;
}

export type SplitPart = keyof SplitPercent;

export const SPLIT_PARTS: readonly SplitPart[] = ['train', 'validation', 'test'];

/** The least each part may hold: a network needs rows to train on. */
export const SPLIT_MIN: Readonly<SplitPercent> = { train: 10, validation: 0, test: 0 };

/** The lab's default split (the backend's DEFAULT_SPLIT), in percent. */
export const DEFAULT_SPLIT_PERCENT: Readonly<SplitPercent> = {
  train: 70,
  validation: 15,
  test: 15,
};

/**
 * Which parts give way, in order, when one moves: validation and test trade with each other
 * before touching train, so that a small tweak never costs training rows.
 */
const GIVES_WAY: Record<SplitPart, readonly SplitPart[]> = {
  train: ['test', 'validation'],
  validation: ['test', 'train'],
  test: ['validation', 'train'],
};

const sum = (s: SplitPercent): number => s.train + s.validation + s.test;

/**
 * Sets one part to `value` (rounded to a whole percent and clamped so the others can keep
 * their minimum) and moves the others so the three still add up to 100. Moving train splits
 * the difference between validation and test.
 */
export function setSplitPart(split: SplitPercent, part: SplitPart, value: number): SplitPercent {
  const others = GIVES_WAY[part];
  const ceiling = 100 - others.reduce((n, o) => n + SPLIT_MIN[o], 0);
  const wanted = Number.isFinite(value) ? Math.round(value) : split[part];
  const next: SplitPercent = {
    ...split,
    [part]: Math.min(ceiling, Math.max(SPLIT_MIN[part], wanted)),
  };
  let excess = sum(next) - 100;
  if (part === 'train' && excess !== 0) {
    // Half each (the odd percent to test), then the loop below settles what a minimum refused.
    const half = Math.trunc(excess / 2);
    for (const [o, share] of [
      ['validation', half],
      ['test', excess - half],
    ] as const) {
      const moved = Math.min(share, next[o] - SPLIT_MIN[o]);
      next[o] -= moved;
      excess -= moved;
    }
  }
  for (const o of others) {
    if (excess === 0) break;
    // excess > 0: shrink down to the minimum; excess < 0: grow by all of it
    const moved = excess > 0 ? Math.min(excess, next[o] - SPLIT_MIN[o]) : excess;
    next[o] -= moved;
    excess -= moved;
  }
  return next;
}

/** The split as the contract takes it: fractions adding up to 1. */
export function toDatasetSplit(
  split: SplitPercent,
  options: { stratified: boolean; seed?: number },
): DatasetSplit {
  return {
    train: split.train / 100,
    validation: split.validation / 100,
    test: split.test / 100,
    stratified: options.stratified,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
}

/** A stored split (fractions) back in whole percent, for showing it. */
export function toSplitPercent(split: DatasetSplit): SplitPercent {
  const train = Math.round(split.train * 100);
  const validation = Math.round(split.validation * 100);
  return { train, validation, test: 100 - train - validation };
}
