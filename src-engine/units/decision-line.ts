import { engineError } from '../core/engine-error';

/**
 * The line a·x1 + b·x2 + c = 0 where a 2-input unit switches class, with the slope/intercept
 * form when it exists (b ≠ 0) and the x1 position when the line is vertical (b = 0).
 */
export interface DecisionLine {
  a: number;
  b: number;
  c: number;
  /** x2 = slope·x1 + intercept; null when the line is vertical. */
  slope: number | null;
  intercept: number | null;
  /** x1 of a vertical line; null otherwise. */
  verticalX: number | null;
}

/**
 * The decision line of a 2-input unit with weights [w0, w1, w2] that switches where
 * w0 + w1·x1 + w2·x2 = level (0 for a step or sign unit, 0.5 for a 0/1 Adaline).
 * @param w weights [w0 (bias), w1, w2]
 * @returns null when w1 = w2 = 0: the whole plane is one class and there is no line.
 * @throws Error if w does not hold exactly 3 weights.
 */
export function decisionLine(w: ArrayLike<number>, level = 0): DecisionLine | null {
  if (w.length !== 3) throw engineError('unit.decisionLine', { got: w.length });
  const a = w[1];
  const b = w[2];
  const c = w[0] - level;
  if (a === 0 && b === 0) return null;
  if (b === 0) return { a, b, c, slope: null, intercept: null, verticalX: -c / a };
  return { a, b, c, slope: -a / b, intercept: -c / b, verticalX: null };
}
