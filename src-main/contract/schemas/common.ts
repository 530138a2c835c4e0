/**
 * Building blocks of the request schemas, each with a message a person can act on
 * ("expected a positive integer"), and the limits every request obeys: strings have a
 * maximum length, arrays a maximum size, numbers are finite. Objects are strict, so an
 * unknown key (a typo, or a `__proto__` smuggled in through JSON) is refused, never kept.
 */
import { z } from 'zod';

/** A database id: a whole number from 1 up. */
export const id = () =>
  z.int({ error: 'expected a positive integer' }).min(1, { error: 'expected a positive integer' });

/** A whole number in [min, max]. */
export const integer = (min: number, max: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.int({ error }).min(min, { error }).max(max, { error });
};

/** A finite number in [min, max] (zod refuses NaN and ±Infinity already). */
export const number = (min: number, max: number) => {
  const error = `expected a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};

/** A finite number greater than 0 and at most `max`. */
export const positive = (max: number) => {
  const error = `expected a number greater than 0 and at most ${max}`;
  return z.number({ error }).gt(0, { error }).max(max, { error });
};

/** Text of at most `max` characters (empty allowed). */
export const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .max(max, { error: `expected at most ${max.toLocaleString('en')} characters` });

/** A file's bytes, at most `max` of them. */
export const bytesUpTo = (max: number) =>
  z
    .instanceof(Uint8Array, { error: 'expected bytes (a Uint8Array)' })
    .refine((b) => b.byteLength <= max, { error: `expected at most ${max} bytes` });

/** A name shown to people: trimmed, 1 to 200 characters. */
export const name = () =>
  z
    .string({ error: 'expected a name' })
    .trim()
    .min(1, { error: 'expected a non-empty name' })
    .max(200, { error: 'expected at most 200 characters' });

/** A tag: trimmed, 1 to 64 characters. */
export const tag = () =>
  z
    .string({ error: 'expected a tag' })
    .trim()
    .min(1, { error: 'expected a non-empty tag' })
    .max(64, { error: 'expected at most 64 characters' });

/** A file's name as given by the person (for messages; never a path main opens). */
export const fileName = () =>
  z
    .string({ error: 'expected a file name' })
    .min(1, { error: 'expected a non-empty file name' })
    .max(255, { error: 'expected at most 255 characters' });

/** true or false. */
export const flag = () => z.boolean({ error: 'expected true or false' });

/** One of a fixed list of strings. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.map((v) => `'${v}'`).join(', ')}` });

/** An array of at most `max` items. */
export const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item, { error: 'expected a list' })
    .max(max, { error: `expected at most ${max.toLocaleString('en')} items` });

/** A strict object: unknown keys are an error. */
export const object = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { error: 'expected an object' });

/** The request of a call that takes nothing: `{}` (or nothing at all). */
export const empty = () => object({});

/** How the rows of a dataset are divided; the three fractions add up to 1. */
export const split = () =>
  object({
    train: number(0, 1),
    validation: number(0, 1),
    test: number(0, 1),
    stratified: flag().optional(),
    seed: integer(0, 0xffff_ffff).optional(),
  }).refine((s) => Math.abs(s.train + s.validation + s.test - 1) < 1e-6 && s.train > 0, {
    error: 'expected train, validation and test fractions adding up to 1, train above 0',
  });
