import { engineError } from '../core/engine-error';
import type { DType } from '../core/float-array';

/**
 * Argument checks shared by the data module's public entry points. Each throws an EngineError
 * (codes 'value.*') that names the function, the argument and the value received, so a bad
 * slider or a bad JSON file is reported where it enters rather than as NaN somewhere downstream.
 */

/** Throws unless `value` is an integer in [min, max]. */
export function checkInteger(
  where: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw engineError('value.integer', { where, name, min, max, ...gotValues(value) });
  return value;
}

/** Throws unless `value` is a finite number in [min, max]. */
export function checkNumber(
  where: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw engineError('value.number', { where, name, min, max, ...gotValues(value) });
  return value;
}

/** Throws unless `value` is a finite number (any magnitude). */
export function checkFinite(where: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw engineError('value.finite', { where, name, ...gotValues(value) });
  return value;
}

/** Throws unless `value` is 'float32' or 'float64'. */
export function checkDtype(where: string, value: unknown): DType {
  if (value !== 'float32' && value !== 'float64')
    throw engineError('value.dtype', { where, ...gotValues(value) });
  return value;
}

/** Throws unless `value` is a seed the Rng accepts identically on every platform: an integer
 * in [0, 2^32 - 1]. */
export function checkSeed(where: string, value: unknown): number {
  return checkInteger(where, 'seed', value, 0, 0xffffffff);
}

/** A short, printable form of any value for error messages: never "undefined" or
 * "[object Object]", which would leak a missing value instead of describing it. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A received value as a message's values: `got` is describe()'s English; `gotKind` and
 * `gotCount` let a translation say "nothing", "an object" or "an array of length n" in its
 * own words, while text and numbers are quoted as they are.
 */
export function gotValues(value: unknown): { got: string; gotKind: string; gotCount?: number } {
  const got = describe(value);
  if (value === undefined) return { got, gotKind: 'nothing' };
  if (Array.isArray(value)) return { got, gotKind: 'list', gotCount: value.length };
  if (typeof value === 'object' && value !== null) return { got, gotKind: 'object' };
  return { got, gotKind: typeof value === 'function' ? 'object' : 'value' };
}
