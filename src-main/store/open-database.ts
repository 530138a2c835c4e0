import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { inspectDatabasePath } from './database-path';
import { foreignSchema } from './foreign-schema';
import { migrate, newerDatabaseError, schemaVersionOf, SCHEMA_VERSION } from './migrations';
import { headerDamage } from './schema-stamp';
import { setAsideDatabase, setAsideOrphans, type SetAsideReason } from './set-aside';
import { StoreError } from './store-error';
import { storeFault } from './store-fault';
import { bindingOptions } from './sqlite-binding';
import { withCause } from './store-cause';
import { storeDetail } from './store-messages';

/** How long a statement waits for another connection's lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/** An open, migrated database, and what happened on the way when it is worth telling. */
export interface OpenedDatabase {
  db: Database.Database;
  /** set when a damaged or foreign file, or an orphan log, was set aside; names what was kept */
  notice?: string;
}

/** Why an existing file cannot be used as it is, and under which name it is kept. */
interface Unusable {
  reason: SetAsideReason;
  why: string;
}

/**
 * Opens (or creates) the database file, checks it, sets a damaged one aside and starts a
 * fresh one, then configures the connection and migrates the schema.
 * - a damaged file (not SQLite, failing its integrity check) or another program's database
 *   is renamed aside, never migrated in place, and a new one started (see `notice`);
 * - a -wal file without its database is renamed aside before a new database is made;
 * - something that is not a regular file at the path (a folder, a FIFO, a dangling link), a
 *   file from a newer app, or a file that cannot be opened or written is refused with a
 *   message naming it and what to do, and left untouched.
 * @param now the clock, for the kept files' names
 * @throws StoreError('newer-database'), StoreError('unavailable')
 */
export function openDatabase(file: string, now: () => number): OpenedDatabase {
  const notices: string[] = [];
  let db: Database.Database | Unusable | undefined;
  if (inspectDatabasePath(file) === 'file') {
    checkWritable(file);
    db = openExisting(file);
  }
  if (db && !(db instanceof Database)) {
    const kept = setAsideDatabase(file, now(), db.reason);
    notices.push(
      db.reason === 'foreign'
        ? `${file} was not the experiment database (${db.why}). It was kept as ${kept} and a new, empty database was started.`
        : `The experiment database was damaged (${db.why}). It was kept as ${kept} and a new, empty database was started.`,
    );
    db = undefined;
  }
  if (!db) {
    const orphan = setAsideOrphans(file, now());
    if (orphan) {
      notices.push(
        `A write-ahead log was found without its database; it was kept as ${orphan} (with the database it belongs to, SQLite could recover its last changes).`,
      );
    }
    try {
      db = openConnection(file);
    } catch (error) {
      throw unavailable(file, error);
    }
  }
  try {
    configure(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw unavailable(file, error);
  }
  return { db, notice: notices.join(' ') || undefined };
}

/** The open connection to a sound file of the lab's, or why it cannot be used as it is. */
function openExisting(file: string): Database.Database | Unusable {
  // Decided before SQLite sees the file: on closing, SQLite may delete a -wal file it does
  // not recognise, and whatever it holds must be kept with the rest.
  const header = readHeader(file);
  if (header.length > 0 && !header.equals(SQLITE_HEADER)) {
    return { reason: 'corrupt', why: 'not a SQLite database file' };
  }
  let db: Database.Database | undefined;
  try {
    db = openConnection(file);
    // Reads only: nothing is written before the file is known sound, ours and not too new.
    const problems = db.pragma('integrity_check(5)', { simple: false }) as {
      integrity_check: string;
    }[];
    const first = problems[0]?.integrity_check;
    if (first !== 'ok') {
      db.close();
      return {
        reason: 'corrupt',
        why: `integrity check: ${problems.map((p) => p.integrity_check).join('; ')}`,
      };
    }
    const version = schemaVersionOf(db);
    const foreign = foreignSchema(db, version);
    if (foreign) {
      db.close();
      return { reason: 'foreign', why: foreign };
    }
    const damage = headerDamage(db, version);
    if (damage) {
      db.close();
      return { reason: 'corrupt', why: damage };
    }
    if (version > SCHEMA_VERSION) throw newerDatabaseError(version, SCHEMA_VERSION, file);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    if (isCorruption(error)) return { reason: 'corrupt', why: (error as Error).message };
    throw unavailable(file, error);
  }
}

/** The error for a file that may be fine but cannot be used now (locked, no permission, …). */
function unavailable(file: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const fault = storeFault(error, file);
  if (fault) return new StoreError('unavailable', fault.message, fault.detail);
  const why = (error as Error).message;
  return new StoreError(
    'unavailable',
    `cannot open the experiment database ${file}: ${why}`,
    withCause(storeDetail('cannotOpen', { file, why }), error, file),
  );
}

/** The first 16 bytes of every SQLite 3 database file (an empty file is a new database). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer {
  // O_NONBLOCK: should the path have become a FIFO since it was looked at, do not wait on it
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    if (!fs.fstatSync(fd).isFile()) inspectDatabasePath(file);
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
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return true;
  // a broken header (page size, format numbers) is reported as a plain SQLITE_ERROR
  return code === 'SQLITE_ERROR' && /unsupported file format|malformed/.test(String(error));
}

/**
 * @throws StoreError('unavailable') when the file or its folder cannot be written (SQLite
 *   would open it read-only without a word, or keep every change in a log it cannot fold back)
 */
function checkWritable(file: string): void {
  for (const [target, which] of [
    [file, 'it'],
    [path.dirname(file), `its folder ${path.dirname(file)}`],
  ] as const) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'read-only';
      throw new StoreError(
        'unavailable',
        `the experiment database ${file} cannot be written: ${which} is read-only for you (${code}); make both writable for your user, or start the lab with another data folder`,
        target === file
          ? storeDetail('fileReadOnly', { file, code })
          : storeDetail('folderReadOnly', { file, folder: target, code }),
      );
    }
  }
}

function configure(db: Database.Database): void {
  // WAL: readers (the window's queries) never wait for the trainer's metric writes.
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits only.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
