/**
 * The desktop app's small state files in the data folder (recent files, window bounds): read
 * defensively — a missing file is a first start, a damaged one is logged and replaced by the
 * default — and written atomically, so a crash mid-write leaves the old file or the new one.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { writeFileAtomic } from '../export/atomic-write';
import type { Logger } from '../logging/file-logger';

/**
 * @param parse turns the parsed JSON into the state, or returns undefined when it does not fit
 * @returns the state, or `fallback` (a damaged or unreadable file is logged as a warning)
 */
export function readJsonState<T>(
  file: string,
  parse: (json: unknown) => T | undefined,
  fallback: T,
  log: Pick<Logger, 'warn'>,
): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      log.warn(`${file} could not be read (${(error as Error).message}); using the defaults`);
    }
    return fallback;
  }
  try {
    const state = parse(JSON.parse(text));
    if (state !== undefined) return state;
    log.warn(`${file} does not hold what was expected; using the defaults (it will be rewritten)`);
  } catch (error) {
    log.warn(`${file} is not valid JSON (${(error as Error).message}); using the defaults`);
  }
  return fallback;
}

/** Replaces the file with `value` as JSON, atomically; a failure is logged, never thrown. */
export async function writeJsonState(
  file: string,
  value: unknown,
  log: Pick<Logger, 'warn'>,
): Promise<boolean> {
  try {
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, { force: true });
    return true;
  } catch (error) {
    log.warn(`${file} could not be saved: ${(error as Error).message}`);
    return false;
  }
}

/**
 * writeJsonState for a moment when the process may end before a promise settles (a window
 * closing as the app quits): a temporary file beside the target, synced, renamed over it.
 */
export function writeJsonStateSync(
  file: string,
  value: unknown,
  log: Pick<Logger, 'warn'>,
): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return true;
  } catch (error) {
    rmSync(temp, { force: true });
    log.warn(`${file} could not be saved: ${(error as Error).message}`);
    return false;
  }
}
