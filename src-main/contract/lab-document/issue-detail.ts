/**
 * A lab document's problem as a message id and its values, so that the renderer can say it in
 * the reader's language (area `lessons`, `problem.<id>`). Zod's issue codes map to a few ids
 * (a wrong type, a value not in a list, too few items, unknown fields); the schema's own
 * building blocks (fields.ts) and refinements (setup-issues.ts) name theirs in the issue's
 * `params.id`. Any other problem is 'custom': the renderer then shows main's English message,
 * so nothing is ever blank.
 */
import type { z } from 'zod';
import { shown } from './fields';
import { SETUP_ISSUE_IDS } from './setup-issues';

/** Every id a problem may have; the renderer has a message for each but 'custom' (main's
 * English) and 'engine' (said by the engine's own messages, code and values in params). */
export const LAB_ISSUE_IDS = [
  'missing',
  'type',
  'number',
  'wholeNumber',
  'wholeFrom',
  'finite',
  'text',
  'tooLong',
  'id',
  'oneOf',
  'tooFew',
  'tooMany',
  'tooSmall',
  'tooBig',
  'unknownKeys',
  'object',
  'block',
  'twice',
  'format',
  'language',
  'unknownFigure',
  'unknownControl',
  'unknownCheck',
  // a document that is not plain JSON data (src-main/lessons/json-document.ts)
  'notJson',
  'tooDeep',
  'protoKey',
  'tooLarge',
  ...SETUP_ISSUE_IDS,
  'custom',
] as const;
export type LabIssueId = (typeof LAB_ISSUE_IDS)[number];

/** The kinds of value a problem names as expected or received. */
export type ValueKind = 'number' | 'text' | 'list' | 'object' | 'boolean' | 'null' | 'nothing';

/** A problem's id and the values its message names (the shape of the contract's IssueDetail,
 * declared here because this folder imports nothing outside itself). */
export interface IssueDetail {
  key: string;
  params: Record<string, string | number>;
}

const KNOWN = new Set<string>(LAB_ISSUE_IDS);

/** The value at `path` inside `data`, or undefined when there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What kind of value `value` is, in the words the messages use. */
export function kindOf(value: unknown): ValueKind {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value as ValueKind;
  return 'object';
}

/** Zod's name of an expected type in the messages' words (a record is an object). */
const EXPECTED: Record<string, ValueKind> = {
  number: 'number',
  int: 'number',
  string: 'text',
  array: 'list',
  tuple: 'list',
  object: 'object',
  record: 'object',
  boolean: 'boolean',
  null: 'null',
};

/** Plain values only: a problem's values cross to the renderer and into messages. */
function plain(values: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
    else if (typeof value === 'string') out[name] = value.slice(0, 200);
  }
  return out;
}

/** The size limit a too_small or too_big issue names: of a list, a text or a number. */
function sizeDetail(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): IssueDetail {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') return { key: small ? 'tooFew' : 'tooMany', params: { limit } };
  if (issue.origin === 'string' && !small) return { key: 'tooLong', params: { max: limit } };
  if (issue.origin === 'string') return { key: 'text', params: {} };
  // a number: "at least 1" or "above 0"
  return {
    key: small ? 'tooSmall' : 'tooBig',
    params: { limit, inclusive: issue.inclusive ? 1 : 0 },
  };
}

/**
 * The id and values of one issue of a lab document.
 * @param data the whole document, where the received value is read (zod drops it)
 */
export function issueDetail(issue: z.core.$ZodIssue, data: unknown): IssueDetail {
  const value = valueAt(data, issue.path);
  const received = shown(value);
  switch (issue.code) {
    case 'custom': {
      const { id, ...values } = (issue.params ?? {}) as Record<string, unknown>;
      if (typeof id === 'string' && KNOWN.has(id))
        return { key: id, params: { ...plain(values), received } };
      return { key: 'custom', params: {} };
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? 'object';
      return value === undefined
        ? { key: 'missing', params: { expected } }
        : { key: 'type', params: { expected, got: kindOf(value) } };
    }
    case 'invalid_value':
      return { key: 'oneOf', params: { values: issue.values.map(String).join(', '), received } };
    case 'too_small':
    case 'too_big':
      return sizeDetail(issue);
    case 'unrecognized_keys':
      return {
        key: 'unknownKeys',
        params: {
          keys: issue.keys
            .slice(0, 5)
            .map((k) => `'${k.slice(0, 64)}'`)
            .join(', '),
          count: issue.keys.length,
        },
      };
    default:
      return { key: 'custom', params: {} };
  }
}
