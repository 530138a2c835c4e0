/**
 * The one entry both hosts call: finds the call, validates its request against the contract,
 * runs its handler, and always answers a plain Result, whatever the caller sent or the
 * handler did. Never throws.
 */
import { calls } from './calls';
import type { CallContext, LabHandlers } from './handlers';
import { isCallName } from './names';
import { clip, formatIssues } from './format-issues';
import { requestDetail } from './request-detail';
import { fail, type ErrorDetail, type LabError, type Result } from './result';
import { ServiceError } from './service-error';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return String(error);
  } catch {
    return 'unknown error';
  }
}

/**
 * An error's detail as plain, bounded data, or undefined when it is not one: a key of at most
 * 64 characters and at most 16 values, each a finite number or a clipped text. A malformed detail
 * is dropped, never the error: the reader then sees the English message. `parts` (the problems
 * a message lists) are kept one level deep, each cleaned the same way.
 */
function cleanDetail(detail: unknown, depth = 0): ErrorDetail | undefined {
  if (typeof detail !== 'object' || detail === null) return undefined;
  const { key, params } = detail as Partial<ErrorDetail>;
  if (typeof key !== 'string' || key === '' || key.length > 64) return undefined;
  if (typeof params !== 'object' || params === null) return undefined;
  const entries = Object.entries(params);
  if (entries.length > 16) return undefined;
  const clean: Record<string, string | number> = {};
  for (const [name, value] of entries) {
    if (typeof value === 'number' && Number.isFinite(value)) clean[name] = value;
    else if (typeof value === 'string') clean[name] = clip(value, 200);
    else return undefined;
  }
  const parts = (detail as Partial<ErrorDetail>).parts;
  if (parts === undefined) return { key, params: clean };
  const cleanParts = depth === 0 ? partsOf(parts) : undefined;
  return cleanParts && { key, params: clean, parts: cleanParts };
}

/** The parts a detail lists, each a detail with its English (one level, at most 16), or
 * undefined if any is malformed. */
function partsOf(parts: unknown): ErrorDetail['parts'] {
  if (!Array.isArray(parts) || parts.length > 16) return undefined;
  const out: NonNullable<ErrorDetail['parts']> = [];
  for (const part of parts) {
    const detail = cleanDetail(part, 1);
    const message = (part as { message?: unknown }).message;
    if (!detail || typeof message !== 'string') return undefined;
    out.push({ ...detail, message: clip(message, 200) });
  }
  return out;
}

/** A handler's answer as a plain Result, or an 'internal' error if it is not one. */
function normalize(name: string, result: unknown): Result<unknown> {
  if (typeof result === 'object' && result !== null) {
    const r = result as { ok?: unknown; value?: unknown; error?: Partial<LabError> };
    if (r.ok === true) return { ok: true, value: r.value };
    if (r.ok === false && typeof r.error === 'object' && r.error !== null) {
      const code = typeof r.error.code === 'string' ? clip(r.error.code, 64) : 'internal';
      const message = typeof r.error.message === 'string' ? clip(r.error.message) : '';
      return fail(code, message || `${name} failed`, cleanDetail(r.error.detail));
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
 *   a ServiceError's code and message (the one place those become results), or 'internal'
 *   (any other error a handler threw: a bug, logged). Never rejects.
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
      const { issues } = parsed.error;
      const detail = requestDetail(name, issues, request);
      return fail('invalid-request', formatIssues(name, issues, request), cleanDetail(detail));
    }
    const handler = handlers[name] as (request: unknown, context: CallContext) => Promise<unknown>;
    if (typeof handler !== 'function') return fail('not-implemented', `${name}: no handler`);
    return normalize(name, await handler(parsed.data, context));
  } catch (error) {
    if (error instanceof ServiceError) {
      return fail(error.code, clip(error.message), cleanDetail(error.detail));
    }
    console.error(`lab call ${name} failed:`, error);
    return fail('internal', clip(`${name}: ${messageOf(error)}`));
  }
}
