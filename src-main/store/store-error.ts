/** What went wrong, in a form the contract can pass on as `{ code, message }`. */
export type StoreErrorCode =
  'not-found' | 'conflict' | 'invalid' | 'newer-database' | 'unavailable' | 'backup-failed';

/** An error the store raises on purpose; its message is written for a person. */
export class StoreError extends Error {
  override name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True when better-sqlite3 refused a row because of a UNIQUE or PRIMARY KEY constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
