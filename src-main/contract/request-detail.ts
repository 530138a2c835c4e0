/**
 * A refused request as a message id and values (the contract's ErrorDetail), so that the
 * renderer says it in the reader's language (src-renderer/i18n/request-text.ts) while main's
 * message stays the English of format-issues.ts. Key `request.invalid` names the call; each
 * problem shown is a part: `request.<id>` for a building block's message (request-words.ts),
 * a refinement's own id or zod's own kind of issue (zod-issue-words.ts), `engine.<code>` for
 * the engine's check of a network, `lab.<id>` for a lab document's problem (its id and values
 * as contract/lab-document/issue-detail.ts names them). Every part names its field; a problem
 * with no id is `request.unknown`, shown in main's English.
 */
import type { z } from 'zod';
import { formatIssue, formatPath, isMissing, SHOWN_ISSUES } from './format-issues';
import type { ErrorDetail } from './result';
import { wordsOf } from './schemas/request-words';
import { zodIssueWords } from './zod-issue-words';

type Part = NonNullable<ErrorDetail['parts']>[number];
type Values = Record<string, string | number>;

/** A refinement's params as values: numbers and texts only. */
function plain(params: Record<string, unknown>): Values {
  const out: Values = {};
  for (const [name, value] of Object.entries(params))
    if (typeof value === 'number' || typeof value === 'string') out[name] = value;
  return out;
}

/** The id and values of one issue's message, without its field. */
function idOf(issue: z.core.$ZodIssue): { key: string; params: Values } {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5).map((k) => `'${k.slice(0, 64)}'`);
    return { key: 'request.unknownFields', params: { keys: keys.join(', '), count: keys.length } };
  }
  if (issue.code === 'custom' && issue.params) {
    const { id, engine, lab, ...values } = issue.params as Record<string, unknown>;
    if (typeof engine === 'string') return { key: `engine.${engine}`, params: plain(values) };
    if (typeof lab === 'string') return { key: `lab.${lab}`, params: plain(values) };
    if (typeof id === 'string') return { key: `request.${id}`, params: plain(values) };
  }
  const words = wordsOf(issue.message) ?? zodIssueWords(issue);
  return words
    ? { key: `request.${words.id}`, params: { ...words.values } }
    : { key: 'request.unknown', params: {} };
}

/** One issue as a part: its id, its values, its field and whether the field is missing. */
function partOf(issue: z.core.$ZodIssue, payload: unknown): Part {
  const { key, params } = idOf(issue);
  const missing =
    issue.code !== 'unrecognized_keys' && issue.path.length > 0 && isMissing(payload, issue.path);
  return {
    key,
    params: { ...params, field: formatPath(issue.path), missing: missing ? 1 : 0 },
    message: formatIssue(issue, payload),
  };
}

/**
 * The detail of a request `name` refused with `issues`, naming the problems main's message
 * names (the first few) and how many more there are.
 */
export function requestDetail(
  name: string,
  issues: readonly z.core.$ZodIssue[],
  payload: unknown,
): ErrorDetail {
  return {
    key: 'request.invalid',
    params: { call: name, more: Math.max(0, issues.length - SHOWN_ISSUES) },
    parts: issues.slice(0, SHOWN_ISSUES).map((issue) => partOf(issue, payload)),
  };
}
