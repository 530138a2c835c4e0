import fs from 'node:fs';
import path from 'node:path';
import { readBoundedSync } from '../files/read-bounded';

/** The folder, inside the data folder, where unfinished writes are listed. */
export const PENDING_FOLDER = 'pending-writes';

/** How an atomic write names its temporary file: `.<name>.<pid>.<8 hex>.tmp`. */
export const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Notes a temporary file in the journal before it is made, so that should the writing
 * process die (killed, power cut), the next start of the lab removes it.
 * @returns the journal entry, to remove once the write is over
 */
export function notePending(journal: string, temp: string): string {
  fs.mkdirSync(journal, { recursive: true });
  const entry = path.join(journal, `${path.basename(temp)}.json`);
  fs.writeFileSync(entry, JSON.stringify({ temp }));
  return entry;
}

/** Forgets a journal entry (the write finished, or its temporary file is gone). */
export function forgetPending(entry: string): void {
  fs.rmSync(entry, { force: true });
}

/** Whether the process `pid` is alive (a write of a running process is not stale). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files (and a folder export's temporary folders) that writes of dead
 * processes left (listed in `journal`), and their entries. Only a regular file or a folder
 * named as a temporary one is ever removed, never what a link points to.
 * @returns the paths removed, to tell the person
 */
export function sweepPendingWrites(journal: string): string[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(journal);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of entries) {
    const entry = path.join(journal, name);
    let temp: unknown;
    try {
      const text = readBoundedSync(entry, { maxBytes: 64 * 1024, what: 'the journal entry' });
      temp = (JSON.parse(text.toString('utf8')) as { temp?: unknown }).temp;
    } catch {
      forgetPending(entry);
      continue;
    }
    const match = typeof temp === 'string' ? TEMP_NAME.exec(path.basename(temp)) : null;
    if (!match || alive(Number(match[2]))) continue;
    try {
      const stat = fs.lstatSync(temp as string);
      if (stat.isFile() || stat.isDirectory()) {
        fs.rmSync(temp as string, { recursive: stat.isDirectory() });
        removed.push(temp as string);
      }
    } catch {
      // gone already
    }
    forgetPending(entry);
  }
  return removed;
}
