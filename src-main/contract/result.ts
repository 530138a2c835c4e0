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

export interface LabError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: LabError };

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result. */
export const fail = (code: ErrorCode, message: string): { ok: false; error: LabError } => ({
  ok: false,
  error: { code, message },
});
