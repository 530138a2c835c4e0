/**
 * The id and values of an issue zod wrote in its own words (no building block recorded a
 * message for it: request-words.ts), by the issue's kind, so that a schema written without
 * worded messages is still refused in the reader's language. Ids live in the renderer's area
 * `request-errors`; a kind with no id here stays `request.unknown` (main's English).
 */
import type { z } from 'zod';
import type { RequestWords } from './schemas/request-words';

/** Zod's name of an expected type as the messages' kinds of value. */
const KINDS: Record<string, string> = {
  number: 'number',
  int: 'number',
  bigint: 'number',
  string: 'text',
  array: 'list',
  tuple: 'list',
  set: 'list',
  object: 'object',
  record: 'object',
  map: 'object',
  boolean: 'boolean',
  null: 'null',
};

/** A size limit: of a list, a text or a number (at least, above, at most, below). */
function sizeWords(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): RequestWords {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array' || issue.origin === 'set')
    return { id: small ? 'itemsAtLeast' : 'itemsUpTo', values: { limit } };
  if (issue.origin === 'string')
    return { id: small ? 'charactersAtLeast' : 'charactersUpTo', values: { limit } };
  const strict = issue.inclusive === false;
  const id = small ? (strict ? 'above' : 'atLeast') : strict ? 'below' : 'atMost';
  return { id, values: { limit } };
}

/** The id and values of an issue by its kind, or undefined for a kind without one. */
export function zodIssueWords(issue: z.core.$ZodIssue): RequestWords | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return KINDS[issue.expected]
        ? { id: 'expectedKind', values: { kind: KINDS[issue.expected] } }
        : undefined;
    case 'invalid_value':
      return {
        id: 'oneOf',
        values: { values: issue.values.map((v) => `'${String(v).slice(0, 64)}'`).join(', ') },
      };
    case 'too_small':
    case 'too_big':
      return Number.isFinite(Number(issue.code === 'too_small' ? issue.minimum : issue.maximum))
        ? sizeWords(issue)
        : undefined;
    case 'invalid_format':
      return { id: 'format', values: {} };
    default:
      return undefined;
  }
}
