import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ExportError } from './export-error';

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** replace an existing file (the person confirmed, or `--force`); default false */
  force?: boolean;
  /** file mode of a new file; default 0o644 */
  mode?: number;
  /** test hook: runs after the temporary file is written and synced, before the rename */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes `bytes` to `path` so that a crash at any moment leaves either the old file or the
 * complete new one: the bytes go to a temporary file in the same folder (so the rename stays
 * on one file system), are flushed to disk with fsync, and the temporary file is renamed over
 * the target; the folder is synced so the rename itself survives a power cut.
 * @throws ExportError('exists') when the file exists and `force` is not set; the file system's
 *   error (ENOENT for a missing folder, EACCES, …) otherwise. The temporary file is removed
 *   whenever the write does not complete.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  if (!options.force && (await exists(path))) {
    throw new ExportError(
      'exists',
      `${path} exists already; choose another name or allow replacing it (--force)`,
    );
  }
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  // 'wx': never follow or reuse something already at the temporary name
  const handle = await fs.open(temp, 'wx', options.mode ?? 0o644);
  let renamed = false;
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(temp);
    if (!options.force && (await exists(path))) {
      throw new ExportError('exists', `${path} appeared while it was being written; not replaced`);
    }
    await fs.rename(temp, path);
    renamed = true;
    await syncFolder(dirname(path));
  } finally {
    if (!renamed) await fs.rm(temp, { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Some systems (Windows) cannot open a folder to sync it; the rename is then as durable as
 * the file system makes it, which is the best available. */
async function syncFolder(folder: string): Promise<void> {
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
