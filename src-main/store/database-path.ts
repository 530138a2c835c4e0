import fs from 'node:fs';
import { StoreError } from './store-error';

/** What is at the database's path before SQLite is let near it. */
export type DatabaseEntry = 'missing' | 'file';

/** The kind of a non-regular file, in words. */
function kindOf(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Looks at the database's path without opening it (a FIFO would block the opening, a
 * dangling link would have SQLite create a file somewhere else): a regular file (or a link
 * to one) or nothing yet is fine; anything else is refused, naming it and what to do, and
 * left exactly as it is — it may be the user's, or a drive not connected.
 * @throws StoreError('unavailable')
 */
export function inspectDatabasePath(file: string): DatabaseEntry {
  let link: fs.Stats;
  try {
    link = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new StoreError(
      'unavailable',
      `cannot look at the experiment database ${file} (${(error as Error).message}): check the permissions of its folder`,
    );
  }
  let stats = link;
  if (link.isSymbolicLink()) {
    const target = safeReadLink(file);
    try {
      stats = fs.statSync(file);
    } catch {
      throw new StoreError(
        'unavailable',
        `the experiment database ${file} is a link to ${target}, which is not there (a drive not connected?): connect it, or remove the link to start a new database`,
      );
    }
  }
  if (stats.isFile()) return 'file';
  throw new StoreError(
    'unavailable',
    `${file} is ${kindOf(stats)}, not the experiment database: move it away, or start the lab with another data folder`,
  );
}

function safeReadLink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return 'a missing file';
  }
}
