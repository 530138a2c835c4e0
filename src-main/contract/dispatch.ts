/**
 * The one entry both hosts call: finds the call, validates its request against the contract,
 * runs its handler, and always answers a plain Result, whatever the caller sent or the
 * handler did. Never throws.
 */
import type { z } from 'zod';
import { calls } from './calls';
import type { CallContext, LabHandlers } from './handlers';
import { isCallName } from './names';
import { fail, type LabError, type Result } from './result';

/** Messages are cut to this length, so a hostile value cannot make an answer huge. */
const MAX_MESSAGE = 2_000;

const clip = (text: string, max = MAX_MESSAGE): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** `spec.layers[2].units` */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Whether the request has nothing at an issue's path (a missing field, not a wrong one). */
function isMissing(payload: unknown, path: readonly PropertyKey[]): boolean {
  let value = payload;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

/** One issue as "field: message", naming unknown keys and missing fields. */
function formatIssue(issue: z.core.$ZodIssue, payload: unknown): string {
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
  const shown = issues.slice(0, 3).map((issue) => formatIssue(issue, payload));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return clip(`${name}: ${shown.join('; ')}${more}`);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return String(error);
  } catch {
    return 'unknown error';
  }
}

/** A handler's answer as a plain Result, or an 'internal' error if it is not one. */
function normalize(name: string, result: unknown): Result<unknown> {
  if (typeof result === 'object' && result !== null) {
    const r = result as { ok?: unknown; value?: unknown; error?: Partial<LabError> };
    if (r.ok === true) return { ok: true, value: r.value };
    if (r.ok === false && typeof r.error === 'object' && r.error !== null) {
      const code = typeof r.error.code === 'string' ? clip(r.error.code, 64) : 'internal';
      const message = typeof r.error.message === 'string' ? clip(r.error.message) : '';
      return fail(code, message || `${name} failed`);
    }
  }
  return fail('internal', `${name}: the handler returned no result`);
}

/**
 * Runs one call.
 * @param handlers the services, one handler per call
 * @param name the call's name as received (anything: it is checked)
 * @param payload the request as received (anything: it is validated; undefined means {})
 * @param context who is calling
 * @returns the handler's result; or 'unknown-call', 'invalid-request' (naming the field) or
 *   'internal' (a handler that threw, with its message). Never rejects.
 */
export async function dispatch(
  handlers: LabHandlers,
  name: unknown,
  payload: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    if (name === undefined || name === null) {
      return fail('unknown-call', 'no call named: expected { id, call: "domain:verb", payload }');
    }
    const shown = typeof name === 'string' ? `'${clip(name, 100)}'` : `(a ${typeof name})`;
    return fail('unknown-call', `unknown call ${shown}`);
  }
  try {
    const request = payload === undefined ? {} : payload;
    const parsed = calls[name].safeParse(request);
    if (!parsed.success) {
      return fail('invalid-request', formatIssues(name, parsed.error.issues, request));
    }
    const handler = handlers[name] as (request: unknown, context: CallContext) => Promise<unknown>;
    if (typeof handler !== 'function') return fail('not-implemented', `${name}: no handler`);
    return normalize(name, await handler(parsed.data, context));
  } catch (error) {
    console.error(`lab call ${name} failed:`, error);
    return fail('internal', clip(`${name}: ${messageOf(error)}`));
  }
}
