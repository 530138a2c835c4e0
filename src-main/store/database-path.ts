import fs from 'node:fs';
import { StoreError } from './store-error';
import { withCause } from './store-cause';
import { storeDetail } from './store-messages';

/** What is at the database's path before SQLite is let near it. */
export type DatabaseEntry = 'missing' | 'file';

/** The kind of a non-regular file, in words. */
/** What the entry is, in main's English and as its message id. */
const KINDS = {
  folder: 'a folder',
  pipe: 'a named pipe (FIFO)',
  socket: 'a socket',
  device: 'a device',
  other: 'not a regular file',
} as const;

function kindOf(stats: fs.Stats): keyof typeof KINDS {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'other';
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
    const why = (error as Error).message;
    throw new StoreError(
      'unavailable',
      `cannot look at the experiment database ${file} (${why}): check the permissions of its folder`,
      withCause(storeDetail('cannotLook', { file, why }), error, file),
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
        storeDetail('danglingLink', { file, target }),
      );
    }
  }
  if (stats.isFile()) return 'file';
  const kind = kindOf(stats);
  throw new StoreError(
    'unavailable',
    `${file} is ${KINDS[kind]}, not the experiment database: move it away, or start the lab with another data folder`,
    storeDetail(`notDatabase.${kind}`, { file }),
  );
}

function safeReadLink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return 'a missing file';
  }
}
