/**
 * What every call answers: a value, or an error with a code a program can test and a message
 * a person can read. Plain data, so it crosses IPC (structured clone) and the WebSocket (JSON)
 * as it is.
 */

/** Codes the hosts and the contract produce; services add their own (e.g. 'not-found'). */
export type KnownErrorCode =
  /** no such call name */
  | 'unknown-call'
  /** the request does not match the call's schema; the message names the field */
  | 'invalid-request'
  /** a handler threw or returned something malformed; the message is the error's */
  | 'internal'
  /** the caller is not allowed (wrong frame, wrong origin) */
  | 'forbidden'
  /** the call exists in the contract but no service answers it yet */
  | 'not-implemented'
  /** the connection to main was lost before the answer came (renderer side) */
  | 'disconnected'
  /** the request is larger than the transport carries */
  | 'too-large'
  | 'not-found'
  | 'conflict';

/** An error code: one of the known ones or a service's own. */
export type ErrorCode = KnownErrorCode | (string & {});

/**
 * The same error as data, for a reader in another language. Main speaks English (the CLI and the
 * logs keep its `message`); the renderer looks `key` up in its message files (area `errors`) and
 * fills in `params`, falling back to `message` for a key it does not know. So a translation
 * lives beside the interface's other texts, and a new error is never shown blank.
 */
export interface ErrorDetail {
  /** a stable message id, e.g. 'import.ragged' */
  key: string;
  /** the values the message names (file, row, column, counts), as plain text or numbers */
  params: Record<string, string | number>;
  /** the problems the message lists (the engine's "model file: spec: …"), each with its own
   * English for a reader whose language has no message for it */
  parts?: Array<ErrorDetail & { message: string }>;
}

export interface LabError {
  code: ErrorCode;
  message: string;
  detail?: ErrorDetail;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: LabError };

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result. */
export const fail = (
  code: ErrorCode,
  message: string,
  detail?: ErrorDetail,
): { ok: false; error: LabError } => ({
  ok: false,
  error: detail ? { code, message, detail } : { code, message },
});
