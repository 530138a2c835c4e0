import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFileError, isFileError } from '../files/file-error';
import { ExportError } from './export-error';
import { forgetPending, notePending } from './pending-writes';

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** replace an existing regular file (the person confirmed, or `--force`); default false */
  force?: boolean;
  /** file mode of a new file; default 0o644 (a replaced file keeps its own) */
  mode?: number;
  /** the journal of unfinished writes (the data folder's pending-writes/): a temporary file
   * a killed process leaves is removed at the next start (see sweepPendingWrites) */
  journal?: string;
  /** test hook: runs after the temporary file is written and synced, before the rename */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes `bytes` to `path` so that a crash at any moment leaves either the old file or the
 * complete new one: the bytes go to a temporary file in the same folder (so the rename stays
 * on one file system), are flushed to disk with fsync, and the temporary file is renamed over
 * the target; the folder is synced so the rename itself survives a power cut.
 * Only a regular file is ever replaced, and it keeps its mode (a read-only file stays so):
 * a device (`/dev/null`), a FIFO, a folder or a symbolic link at `path` is refused, with
 * `force` too, and left as it is.
 * @throws ExportError('exists') when the file exists and `force` is not set; ('not-a-file')
 *   for something else than a regular file; ('unavailable') for a file-system error, naming
 *   the path and what to do. The temporary file is removed whenever the write does not
 *   complete.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  try {
    await write(path, bytes, options);
  } catch (error) {
    if (isFileError(error)) {
      throw new ExportError('unavailable', describeFileError(error, path, 'write'));
    }
    throw error;
  }
}

async function write(path: string, bytes: Uint8Array | string, options: AtomicWriteOptions) {
  const existing = await target(path, options.force);
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const entry = options.journal ? notePending(options.journal, temp) : undefined;
  let renamed = false;
  let created = false;
  try {
    // 'wx': never follow or reuse something already at the temporary name
    const mode = existing ? existing.mode & 0o7777 : (options.mode ?? 0o644);
    const handle = await fs.open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(bytes);
      // the mode asked for at open is cut by the umask: the replaced file's is set as it was
      if (existing) {
        await handle.chmod(existing.mode & 0o7777);
        await handle.chown(existing.uid, existing.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(temp);
    // what is there now, not what was there when the write began
    await target(path, options.force, 'appeared while it was being written; not replaced');
    await fs.rename(temp, path);
    renamed = true;
    await syncFolder(dirname(path));
  } finally {
    if (created && !renamed) await fs.rm(temp, { force: true });
    if (entry) forgetPending(entry);
  }
}

/**
 * Checks several targets before any is written, so that a refusal leaves none of them written.
 * @throws as writeFileAtomic does for a target in the way
 */
export async function checkTargets(paths: readonly string[], force = false): Promise<void> {
  for (const path of paths) {
    try {
      await target(path, force);
    } catch (error) {
      if (isFileError(error)) {
        throw new ExportError('unavailable', describeFileError(error, path, 'write'));
      }
      throw error;
    }
  }
}

/**
 * What is at the target: nothing (undefined), or a regular file that may be replaced.
 * @throws ExportError('exists') without `force`; ('not-a-file') for anything but a regular file
 */
async function target(path: string, force = false, late?: string): Promise<Stats | undefined> {
  let stats: Stats;
  try {
    stats = await fs.lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.isSymbolicLink()) {
    const to = await fs.readlink(path).catch(() => 'somewhere');
    throw new ExportError(
      'not-a-file',
      `${path} is a symbolic link (to ${to}); exports never replace or follow links: give the real file's path, or another name`,
    );
  }
  if (!stats.isFile()) {
    throw new ExportError(
      'not-a-file',
      `${path} is ${kindOf(stats)}, not a regular file; exports replace only regular files (also with --force): choose a file name`,
    );
  }
  if (!force) {
    throw new ExportError(
      'exists',
      late
        ? `${path} ${late}`
        : `${path} exists already; choose another name or allow replacing it (--force)`,
    );
  }
  return stats;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'something else';
}

/**
 * Flushes a folder's entries (a rename into it) to disk. Some systems (Windows) cannot open a
 * folder to sync it; the rename is then as durable as the file system makes it, which is the
 * best available.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // see above
  } finally {
    await handle?.close();
  }
}
