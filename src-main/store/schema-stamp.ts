/**
 * The schema version written twice: SQLite's `user_version` lives in the file's header, where
 * a few damaged bytes can turn 6 into 41 or 7429 — a version that looks like a newer lab's and
 * would leave the person waiting for an update that never comes. From STAMPED_FROM on, every
 * migration also writes its version into a one-row table; the two must agree.
 */
import type Database from 'better-sqlite3';

/** The first schema version that carries the stamp (the migration that adds its table). */
export const STAMPED_FROM = 6;

/** The migration that adds the stamp's table (its row is written by `writeStamp`). */
export const STAMP_TABLE_SQL = 'CREATE TABLE schema_stamp (version INTEGER NOT NULL);';

/** Sets the stamp to `version` (inside the migration's transaction). */
export function writeStamp(db: Database.Database, version: number): void {
  db.prepare('DELETE FROM schema_stamp').run();
  db.prepare('INSERT INTO schema_stamp (version) VALUES (?)').run(version);
}

/** The stamped version, or undefined for a file from before STAMPED_FROM (no table or row). */
function stampedVersion(db: Database.Database): number | undefined {
  const table = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_stamp'")
    .get();
  if (!table) return undefined;
  const row = db.prepare('SELECT version FROM schema_stamp').get() as
    { version: number } | undefined;
  return row?.version;
}

/**
 * Why the header's version cannot be the file's own, or undefined when it can.
 * @param version the header's `user_version`
 */
export function headerDamage(db: Database.Database, version: number): string | undefined {
  if (version < 0) return `its header says schema version ${version} (the header is damaged)`;
  const stamped = stampedVersion(db);
  if (stamped === undefined) {
    return version >= STAMPED_FROM
      ? `its header says schema version ${version} but its tables carry no version stamp, which every version from ${STAMPED_FROM} on writes (the header is damaged)`
      : undefined;
  }
  return stamped === version
    ? undefined
    : `its header says schema version ${version} but its tables say ${stamped} (the header is damaged)`;
}
