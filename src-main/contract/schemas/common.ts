/**
 * Building blocks of the request schemas, each with a message a person can act on
 * ("expected a positive integer"), and the limits every request obeys: strings have a
 * maximum length, arrays a maximum size, numbers are finite. Objects are strict, so an
 * unknown key (a typo, or a `__proto__` smuggled in through JSON) is refused, never kept.
 */
import { z } from 'zod';
import { worded } from './request-words';

/** "expected at most 1,000 characters" */
const charactersUpTo = (max: number) =>
  worded(`expected at most ${max.toLocaleString('en')} characters`, 'charactersUpTo', {
    limit: max,
  });

/** "expected one of 'a', 'b'": `values` as the English lists them. */
const oneOfWords = (values: string) => worded(`expected one of ${values}`, 'oneOf', { values });

/** A database id: a whole number from 1 up. */
export const id = () => {
  const error = worded('expected a positive integer', 'positiveInteger');
  return z.int({ error }).min(1, { error });
};

/** A whole number in [min, max]. */
export const integer = (min: number, max: number) => {
  const error = worded(`expected a whole number from ${min} to ${max}`, 'wholeFrom', { min, max });
  return z.int({ error }).min(min, { error }).max(max, { error });
};

/** A finite number in [min, max] (zod refuses NaN and ±Infinity already). */
export const number = (min: number, max: number) => {
  const error = worded(`expected a number from ${min} to ${max}`, 'numberFrom', { min, max });
  return z.number({ error }).min(min, { error }).max(max, { error });
};

/** A finite number greater than 0 and at most `max`. */
export const positive = (max: number) => {
  const error = worded(`expected a number greater than 0 and at most ${max}`, 'positiveUpTo', {
    max,
  });
  return z.number({ error }).gt(0, { error }).max(max, { error });
};

/** Text of at most `max` characters (empty allowed). */
export const text = (max: number) =>
  z.string({ error: worded('expected text', 'text') }).max(max, { error: charactersUpTo(max) });

/** A file's bytes, at most `max` of them. */
export const bytesUpTo = (max: number) =>
  z
    .instanceof(Uint8Array, { error: worded('expected bytes (a Uint8Array)', 'bytes') })
    .refine((b) => b.byteLength <= max, {
      error: worded(`expected at most ${max} bytes`, 'bytesUpTo', { max }),
    });

/** A name shown to people: trimmed, 1 to 200 characters. */
export const name = () =>
  z
    .string({ error: worded('expected a name', 'name') })
    .trim()
    .min(1, { error: worded('expected a non-empty name', 'nonEmptyName') })
    .max(200, { error: charactersUpTo(200) });

/** A tag: trimmed, 1 to 64 characters. */
export const tag = () =>
  z
    .string({ error: worded('expected a tag', 'tag') })
    .trim()
    .min(1, { error: worded('expected a non-empty tag', 'nonEmptyTag') })
    .max(64, { error: charactersUpTo(64) });

/** A file's name as given by the person (for messages; never a path main opens). */
export const fileName = () =>
  z
    .string({ error: worded('expected a file name', 'fileName') })
    .min(1, { error: worded('expected a non-empty file name', 'nonEmptyFileName') })
    .max(255, { error: charactersUpTo(255) });

/** true or false. */
export const flag = () => z.boolean({ error: worded('expected true or false', 'flag') });

/** One of a fixed list of strings. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: oneOfWords(values.map((v) => `'${v}'`).join(', ')) });

/** An array of at most `max` items. */
export const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { error: worded('expected a list', 'list') }).max(max, {
    error: worded(`expected at most ${max.toLocaleString('en')} items`, 'itemsUpTo', {
      limit: max,
    }),
  });

/** A strict object: unknown keys are an error. */
export const object = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { error: worded('expected an object', 'object') });

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
    error: worded(
      'expected train, validation and test fractions adding up to 1, train above 0',
      'split',
    ),
  });
