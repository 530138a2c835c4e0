import Database from 'better-sqlite3';
import fs from 'node:fs';
import { migrate, newerDatabaseError, schemaVersionOf, SCHEMA_VERSION } from './migrations';
import { setAsideDatabase } from './set-aside';
import { StoreError } from './store-error';
import { bindingOptions } from './sqlite-binding';

/** How long a statement waits for another connection's lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/** An open, migrated database, and what happened on the way when it is worth telling. */
export interface OpenedDatabase {
  db: Database.Database;
  /** set when a damaged file was set aside; names the file kept */
  notice?: string;
}

/**
 * Opens (or creates) the database file, checks it, sets a damaged one aside and starts a
 * fresh one, then configures the connection and migrates the schema.
 * @param now the clock, for the set-aside file's name
 * @throws StoreError('newer-database') for a file from a newer app (left untouched);
 *   StoreError('unavailable') when the file cannot be opened for another reason (locked,
 *   no permission) — such a file may be fine, so it is never moved
 */
export function openDatabase(file: string, now: () => number): OpenedDatabase {
  let notice: string | undefined;
  let db = fs.existsSync(file) ? openExisting(file) : undefined;
  if (typeof db === 'string') {
    const kept = setAsideDatabase(file, now());
    notice =
      `The experiment database was damaged (${db}). It was kept as ${kept} and a new, ` +
      'empty database was started.';
    db = undefined;
  }
  db ??= openConnection(file);
  try {
    configure(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, notice };
}

/** The open connection to a sound file, or why the file is damaged. */
function openExisting(file: string): Database.Database | string {
  // Decided before SQLite sees the file: on closing, SQLite may delete a -wal file it does
  // not recognise, and whatever it holds must be kept with the rest.
  const header = readHeader(file);
  if (header.length > 0 && !header.equals(SQLITE_HEADER)) return 'not a SQLite database file';
  let db: Database.Database | undefined;
  try {
    db = openConnection(file);
    // Reads only: nothing is written before the file is known sound and not too new.
    const problems = db.pragma('integrity_check(5)', { simple: false }) as {
      integrity_check: string;
    }[];
    const first = problems[0]?.integrity_check;
    if (first !== 'ok') {
      db.close();
      return `integrity check: ${problems.map((p) => p.integrity_check).join('; ')}`;
    }
    const version = schemaVersionOf(db);
    if (version > SCHEMA_VERSION) throw newerDatabaseError(version, SCHEMA_VERSION);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    if (isCorruption(error)) return (error as Error).message;
    throw new StoreError(
      'unavailable',
      `cannot open the experiment database ${file}: ${(error as Error).message}`,
    );
  }
}

/** The first 16 bytes of every SQLite 3 database file (an empty file is a new database). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

function openConnection(file: string): Database.Database {
  return new Database(file, { timeout: BUSY_TIMEOUT_MS, ...bindingOptions() });
}

/** Not a database, or a damaged one; a lock or a permission problem is not corruption. */
function isCorruption(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

function configure(db: Database.Database): void {
  // WAL: readers (the window's queries) never wait for the trainer's metric writes.
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits only.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
