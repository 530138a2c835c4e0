import fs from 'node:fs';
import path from 'node:path';
import type { ErrorDetail } from '../contract/result';
import { formatBytes } from '../files/format-bytes';
import { storeDetail } from './store-messages';

/** SQLite's result codes that mean the database file or its disk failed, not the request. */
const FAULTS: Array<[RegExp, (file: string) => StoreFault]> = [
  [
    /^SQLITE_FULL/,
    (file) => {
      const disk = diskOf(file);
      return {
        message: `the disk holding the experiment database is full (${disk}): free some space there`,
        detail: storeDetail('fault.full', { disk }),
      };
    },
  ],
  [
    /^SQLITE_READONLY/,
    (file) => ({
      message:
        `the experiment database ${file} cannot be written (it or its folder is read-only): ` +
        'make both writable for your user, or start the lab with another data folder',
      detail: storeDetail('fault.readOnly', { file }),
    }),
  ],
  [
    /^SQLITE_IOERR/,
    (file) => ({
      message:
        `the disk holding the experiment database ${file} reported an input/output error: ` +
        'check the disk (is it still connected, is it failing?)',
      detail: storeDetail('fault.io', { file }),
    }),
  ],
  [
    /^SQLITE_CANTOPEN/,
    (file) => ({
      message:
        `the experiment database ${file} cannot be opened: check that its folder exists and ` +
        'that you may write to it',
      detail: storeDetail('fault.cantOpen', { file }),
    }),
  ],
  [
    /^SQLITE_BUSY|^SQLITE_LOCKED/,
    (file) => ({
      message:
        `the experiment database ${file} is locked by another program: close it (or the other ` +
        'Neuron Lab) and try again',
      detail: storeDetail('fault.locked', { file }),
    }),
  ],
];

/** A fault in English (the logs, the CLI) and as a message id with its values. */
export interface StoreFault {
  message: string;
  detail: ErrorDetail;
}

/**
 * What a failed database write means for a person, naming the file or its disk and what to
 * do, or undefined when the error is not the file's or the disk's fault (a bug, a constraint).
 * SQLite's own texts ("database or disk is full", "disk I/O error") name neither.
 * @param file the database file
 */
export function storeFault(error: unknown, file: string): StoreFault | undefined {
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
