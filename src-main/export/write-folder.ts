import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { syncFolder } from './atomic-write';
import { ExportError } from './export-error';
import { forgetPending, notePending } from './pending-writes';

/** A file to write below a folder: its relative path ('a/b.txt') and its content. */
export interface FolderFile {
  path: string;
  bytes: Uint8Array | string;
}

/** Options of writeFolderAtomic. */
export interface FolderWriteOptions {
  /** replace an existing folder that holds anything (`--force`); default false */
  force?: boolean;
  /** the journal of unfinished writes (the data folder's pending-writes/): the temporary
   * folder is noted there, so that the next start removes it should this process die */
  journal?: string;
  /** test hook: runs after the temporary folder is complete, before it is moved into place */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes several files as one folder, all or nothing: they go to a fresh temporary folder
 * beside the target (same file system), each flushed to disk, and that folder is renamed to
 * the target. An existing empty folder is replaced; one holding anything only with `force`,
 * and then the old one is removed only after the new one is in place. A crash at any moment
 * leaves the old folder or the complete new one (and at worst a hidden temporary folder).
 * @throws ExportError('exists') for a target holding files without `force`, or one that is
 *   not a folder (a file, a link); the file system's error otherwise. The temporary folder
 *   is removed whenever the write does not complete.
 */
export async function writeFolderAtomic(
  target: string,
  files: readonly FolderFile[],
  options: FolderWriteOptions = {},
): Promise<void> {
  const path = resolve(target);
  const parent = dirname(path);
  await checkTarget(path, options.force ?? false);
  const stamp = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temp = join(parent, `.${basename(path)}.${stamp}.tmp`);
  const old = join(parent, `.${basename(path)}.${stamp}.old`);
  const entry = options.journal ? notePending(options.journal, temp) : undefined;
  await fs.mkdir(temp);
  let placed = false;
  try {
    for (const file of files) await writeOne(temp, file);
    await options.beforeRename?.(temp);
    const existing = await checkTarget(path, options.force ?? false);
    if (existing) await fs.rename(path, old);
    try {
      await fs.rename(temp, path);
    } catch (error) {
      if (existing) await fs.rename(old, path);
      throw error;
    }
    placed = true;
    await syncFolder(parent);
    if (existing) await fs.rm(old, { recursive: true, force: true });
  } finally {
    if (!placed) await fs.rm(temp, { recursive: true, force: true });
    if (entry) forgetPending(entry);
  }
}

/** @returns whether a folder is in the way (to be replaced); throws when it may not be */
async function checkTarget(path: string, force: boolean): Promise<boolean> {
  let stat;
  try {
    stat = await fs.lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  if (!stat.isDirectory()) {
    throw new ExportError(
      'exists',
      `${path} exists and is not a folder (${stat.isSymbolicLink() ? 'a link' : 'a file'}); choose another --out`,
    );
  }
  if (!force && (await fs.readdir(path)).length > 0) {
    throw new ExportError(
      'exists',
      `${path} exists and is not empty; choose another folder, or add --force to replace it and everything in it`,
    );
  }
  return true;
}

async function writeOne(folder: string, file: FolderFile): Promise<void> {
  const full = resolve(folder, file.path);
  if (!full.startsWith(folder + '/') && !full.startsWith(folder + '\\')) {
    throw new Error(`${file.path}: a project file must stay inside its folder`);
  }
  await fs.mkdir(dirname(full), { recursive: true });
  const handle = await fs.open(full, 'wx', 0o644);
  try {
    await handle.writeFile(file.bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
