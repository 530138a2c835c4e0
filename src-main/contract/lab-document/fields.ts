/**
 * Building blocks of the lab-document schema, each failing with a message that says what the
 * field must be and what it got ("must be a number from 0 to 1, got 3"), so a teacher can fix a
 * lab file from the message alone. Paths are added by the formatter (issues.ts).
 */
import { z } from 'zod';
import { said, type Said } from './setup-issues';

/** A lab, activity, task or option id: lower-case letters, digits and dashes, at most 64. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The largest seed a lab may give (the engine's generator takes 31-bit seeds). */
export const MAX_SEED = 2 ** 31 - 1;

/**
 * For a refinement that relates several fields: run it whenever the value is an object, even if
 * one of its fields is wrong, so that every problem of a document is named in one go (zod skips
 * refinements after a wrong field by default). Such a refinement reads its fields defensively.
 */
export const ON_OBJECTS = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null,
};

/** A value as a message shows it: JSON, cut short, "nothing" when absent. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const finiteIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/**
 * A finite number in [min, max]; `whole` asks for an integer. A value of another type fails
 * zod's own type check (issue code invalid_type), a number out of range names the range.
 */
export const num = (min: number, max: number, whole = false) => {
  const what = `must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`;
  return z
    .number({ error: (issue) => `${what}, got ${shown(issue.input)}` })
    .refine((v) => finiteIn(v, min, max) && (!whole || Number.isInteger(v)), {
      error: (issue) => `${what}, got ${shown(issue.input)}`,
      params: { id: whole ? 'wholeNumber' : 'number', min, max },
    });
};

/**
 * A value of type T that passes `test`. Unlike zod's own custom check, a failure here does not
 * stop the refinements of the objects around it, so they still name their own problems.
 * `params.id` names the problem for a reader in another language (see issue-detail.ts), with
 * the values its message needs.
 */
export const shaped = <T>(
  test: (value: unknown) => boolean,
  params: {
    error: string | ((issue: { input: unknown }) => string);
    params?: { id: string } & Record<string, string | number>;
  },
) =>
  z.custom<T>().superRefine((value, ctx) => {
    if (test(value)) return;
    const { error } = params;
    ctx.addIssue({
      code: 'custom',
      message: typeof error === 'string' ? error : error({ input: value }),
      ...(params.params ? { params: params.params } : {}),
    });
  });

/**
 * Keeps an issue of an inner schema whole (its code and the values it names) under `path`, so
 * that it can still be said in the reader's language; only its place changes.
 */
export function reissue(
  ctx: z.RefinementCtx,
  issue: z.core.$ZodIssue,
  path: PropertyKey[] = [],
): void {
  ctx.addIssue({ ...issue, path: [...path, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
}

/** Any finite number. */
export const finite = () =>
  z.number({ error: (issue) => `must be a number, got ${shown(issue.input)}` });

/** A whole number in [min, max]. */
export const int = (min: number, max: number) => num(min, max, true);

/** A seed of the engine's generator. */
export const seed = () => num(0, MAX_SEED, true);

/** Text with something in it besides spaces. */
export const text = () =>
  z.string({ error: 'must be a non-empty text' }).refine((s) => s.trim().length > 0, {
    error: 'must be a non-empty text',
    params: { id: 'text' },
  });

/** An id (see ID_PATTERN). */
export const id = () => {
  const error = (issue: { input?: unknown }) =>
    `must be a lower-case id (letters, digits, dashes), got ${shown(issue.input)}`;
  return z.string({ error }).refine((v) => ID_PATTERN.test(v), { error, params: { id: 'id' } });
};

/** One of a fixed list of strings. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => `must be one of ${values.join(', ')}, got ${shown(issue.input)}`,
  });

/** A list of `min` items or more, at most `max` when given. */
export const list = <T extends z.ZodType>(item: T, min = 0, max?: number) => {
  const many = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
  const error =
    max === undefined ? `must have at least ${many(min)}` : `must have ${min} to ${many(max)}`;
  return z
    .array(item, { error: 'must be a list' })
    .min(min, { error })
    .max(max ?? 100_000, { error: max === undefined ? 'must have at most 100000 items' : error });
};

/** An object whose unknown keys are refused (a typo in a lab file is named, never ignored). */
export const record = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
            .slice(0, 5)
            .map((k) => `'${k.slice(0, 64)}'`)
            .join(', ')}`
        : 'must be an object',
  });

/**
 * A value checked by the schema `choose` picks for it (a figure's setup by its kind, a dataset
 * by its shape), so each problem is named inside the chosen shape instead of as "no union
 * member matched".
 */
export const checkedBy = <T>(choose: (value: unknown) => z.ZodType<T>) =>
  z.custom<T>().superRefine((value, ctx) => {
    const result = choose(value).safeParse(value);
    if (!result.success) for (const issue of result.error.issues) reissue(ctx, issue);
  });

/** true or false. */
export const flag = () => z.boolean({ error: 'must be true or false' });

/** A fixed-length tuple of finite numbers, with one message (and its id) for the whole value. */
export const numbers = <N extends number>(length: N, problem: Said, min = -1e6, max = 1e6) =>
  shaped<number[] & { length: N }>(
    (v) => Array.isArray(v) && v.length === length && v.every((x) => finiteIn(x, min, max)),
    { error: problem.message, params: problem.params },
  );

/** A pair [a, b] of finite numbers; `ordered` asks for a < b. */
export const pair = (problem: Said, ordered = false, min = -1e6, max = 1e6) =>
  shaped<[number, number]>(
    (v) =>
      Array.isArray(v) &&
      v.length === 2 &&
      v.every((x) => finiteIn(x, min, max)) &&
      (!ordered || v[0] < v[1]),
    { error: problem.message, params: problem.params },
  );

/** "t must be 0 or 1": the targets a point may have (two of them). */
export const targetIs = (targets: readonly number[]): Said =>
  said('targetIs', `t must be ${targets.join(' or ')}`, { a: targets[0], b: targets[1] });

/** A labelled point of a plane [x1, x2, t] whose t is one of `targets`. */
export const labelled = (targets: readonly number[]) =>
  z.custom<[number, number, number]>().superRefine((p, ctx) => {
    const pt = p as unknown;
    if (
      !Array.isArray(pt) ||
      pt.length !== 3 ||
      !finiteIn(pt[0], -1e6, 1e6) ||
      !finiteIn(pt[1], -1e6, 1e6)
    )
      ctx.addIssue({
        code: 'custom',
        ...said('pointX1X2T', 'must be [x1, x2, t] with finite numbers'),
      });
    else if (!targets.includes(pt[2] as number))
      ctx.addIssue({ code: 'custom', ...targetIs(targets) });
  });

/** A built-in generator and its parameters, as datasets:generate takes them. */
export const generated = () =>
  shaped<{ name: string; params: Record<string, number> }>(
    (d) =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as { name?: unknown }).name === 'string' &&
      typeof (d as { params?: unknown }).params === 'object' &&
      (d as { params?: unknown }).params !== null &&
      Object.values((d as { params: object }).params).every((v) => finiteIn(v, -1e9, 1e9)),
    { error: 'must be { name, params } of a built-in generator', params: { id: 'generator' } },
  );
