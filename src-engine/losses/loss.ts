import type { FloatArray } from '../core/float-array';

/** Every loss the engine knows, by its spec name. */
export const LOSS_NAMES = ['mse', 'binary_cross_entropy', 'cross_entropy'] as const;
export type LossName = (typeof LOSS_NAMES)[number];

/**
 * A loss averaged over the m rows of a batch. `y` are the network's outputs, `t` the
 * targets, both [m, cols].
 */
export interface Loss {
  readonly name: LossName;
  /** J(y, t). */
  value(y: FloatArray, t: FloatArray, m: number, cols: number): number;
  /** dy = ∂J/∂y. */
  gradient(y: FloatArray, t: FloatArray, dy: FloatArray, m: number, cols: number): void;
}

/** Smallest probability a log is taken of, so that a saturated output gives a large but
 * finite loss instead of Infinity (PyTorch clamps its log at −100 for the same reason). */
export const LOG_FLOOR = 1e-44;
export const LOG_MIN = -100;

/** ln(p) clamped below at −100. */
export function safeLog(p: number): number {
  return p > LOG_FLOOR ? Math.max(Math.log(p), LOG_MIN) : LOG_MIN;
}
