import fs from 'node:fs';
import path from 'node:path';
import { formatBytes } from '../files/format-bytes';

/** SQLite's result codes that mean the database file or its disk failed, not the request. */
const FAULTS: Array<[RegExp, (file: string) => string]> = [
  [
    /^SQLITE_FULL/,
    (file) =>
      `the disk holding the experiment database is full (${diskOf(file)}): free some space there`,
  ],
  [
    /^SQLITE_READONLY/,
    (file) =>
      `the experiment database ${file} cannot be written (it or its folder is read-only): ` +
      'make both writable for your user, or start the lab with another data folder',
  ],
  [
    /^SQLITE_IOERR/,
    (file) =>
      `the disk holding the experiment database ${file} reported an input/output error: ` +
      'check the disk (is it still connected, is it failing?)',
  ],
  [
    /^SQLITE_CANTOPEN/,
    (file) =>
      `the experiment database ${file} cannot be opened: check that its folder exists and ` +
      'that you may write to it',
  ],
  [
    /^SQLITE_BUSY|^SQLITE_LOCKED/,
    (file) =>
      `the experiment database ${file} is locked by another program: close it (or the other ` +
      'Neuron Lab) and try again',
  ],
];

/**
 * What a failed database write means for a person, naming the file or its disk and what to
 * do, or undefined when the error is not the file's or the disk's fault (a bug, a constraint).
 * SQLite's own texts ("database or disk is full", "disk I/O error") name neither.
 * @param file the database file
 */
export function storeFault(error: unknown, file: string): string | undefined {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  for (const [pattern, describe] of FAULTS) if (pattern.test(code)) return describe(file);
  return undefined;
}

/** "the disk holding /data/neuron-lab, 0 bytes free" (the free space when it can be read). */
function diskOf(file: string): string {
  const folder = path.dirname(file);
  try {
    const stats = fs.statfsSync(folder);
    return `${folder}, ${formatBytes(stats.bavail * stats.bsize)} free`;
  } catch {
    return folder;
  }
}
