/** Request validation issues in words a person (or a calling program) can act on. */
import type { z } from 'zod';

/** Messages are cut to this length, so a hostile value cannot make an answer huge. */
const MAX_MESSAGE = 2_000;

/** Issues a refusal names; the rest are counted. */
export const SHOWN_ISSUES = 3;

export const clip = (text: string, max = MAX_MESSAGE): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** `spec.layers[2].units` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Whether the request has nothing at an issue's path (a missing field, not a wrong one). */
export function isMissing(payload: unknown, path: readonly PropertyKey[]): boolean {
  let value = payload;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

/** One issue as "field: message", naming unknown keys and missing fields. */
export function formatIssue(issue: z.core.$ZodIssue, payload: unknown): string {
  const where = formatPath(issue.path);
  const message =
    issue.code === 'unrecognized_keys'
      ? `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
          .slice(0, 5)
          .map((k) => `'${clip(k, 64)}'`)
          .join(', ')}`
      : issue.path.length > 0 && isMissing(payload, issue.path)
        ? `missing (${issue.message})`
        : issue.message;
  return where === '' ? message : `${where}: ${message}`;
}

/** "datasets:get: id: expected a positive integer" (at most 3 issues). */
export function formatIssues(
  name: string,
  issues: readonly z.core.$ZodIssue[],
  payload: unknown,
): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => formatIssue(issue, payload));
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
  return clip(`${name}: ${shown.join('; ')}${more}`);
}
