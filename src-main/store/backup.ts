import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from './store-error';
import { bindingOptions } from './sqlite-binding';
import { withCause } from './store-cause';
import { storeDetail } from './store-messages';

/** What a finished backup reports. */
export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Copies the live database with SQLite's online backup (`db.backup()`), never a file copy,
 * which could catch a half-written page or miss what is still in the WAL file. The copy is
 * written beside the target, checked (opens, `integrity_check` = ok), switched to a single
 * self-contained file (journal mode DELETE) and only then renamed to `target`.
 * @throws StoreError('invalid') when the target is the live database; ('backup-failed') when
 *   the copy fails its check (nothing is left at `target` then)
 */
export async function backupDatabase(db: Database.Database, target: string): Promise<BackupResult> {
  const file = path.resolve(target);
  if (isSameFile(file, db.name)) {
    throw new StoreError(
      'invalid',
      `cannot back up the database onto itself (${file})`,
      storeDetail('backupOntoItself', { file }),
    );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  try {
    await db.backup(partial);
    verifyCopy(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    // Only our own unfinished copy is removed; the live database is never touched.
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
    if (error instanceof StoreError) throw error;
    const why = (error as Error).message;
    throw new StoreError(
      'backup-failed',
      `backup to ${file} failed: ${why}`,
      withCause(storeDetail('backupFailed', { file, why }), error, file),
    );
  }
  return { file, bytes: fs.statSync(file).size };
}

function verifyCopy(file: string): void {
  const copy = new Database(file, { fileMustExist: true, ...bindingOptions() });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      throw new StoreError(
        'backup-failed',
        `the backup failed its integrity check: ${result}`,
        storeDetail('backupIntegrity', { why: String(result) }),
      );
    }
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function isSameFile(a: string, b: string): boolean {
  const real = (p: string) => (fs.existsSync(p) ? fs.realpathSync(p) : path.resolve(p));
  return real(a) === real(b);
}
