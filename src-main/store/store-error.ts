import { ServiceError } from '../contract/service-error';
import type { ErrorDetail } from '../contract/result';

/** What went wrong, in a form the contract can pass on as `{ code, message }`. */
export type StoreErrorCode =
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'newer-database'
  | 'unavailable'
  | 'backup-failed'
  /** the database file or its disk failed under a call (full, read-only, I/O error) */
  | 'storage';

/** An error the store raises on purpose; its message is written for a person. */
export class StoreError extends ServiceError<StoreErrorCode> {
  /** @param detail its id and values (see store-messages.ts), for the reader's language */
  constructor(code: StoreErrorCode, message: string, detail: ErrorDetail) {
    super(code, message, detail);
  }
}

/** True when better-sqlite3 refused a row because of a UNIQUE or PRIMARY KEY constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
