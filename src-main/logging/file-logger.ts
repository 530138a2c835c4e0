/**
 * A small log file for the desktop app (and any Node host): one line per entry in
 * `<folder>/<name>.log`, rotated when it passes `maxBytes` (main.log → main.1.log → … →
 * main.<keep>.log, the oldest dropped). Plain Node with synchronous appends, so that the
 * line about an uncaught error is on disk before the process ends.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  /** the log file being written */
  readonly file: string;
  /** the folder holding it and its rotated copies (Help ▸ Show logs opens it) */
  readonly folder: string;
  info(message: string): void;
  warn(message: string): void;
  /** @param error added with its stack when it is an Error */
  error(message: string, error?: unknown): void;
}

export interface FileLoggerOptions {
  folder: string;
  /** file name without `.log`; default 'main' */
  name?: string;
  /** rotate when the file would pass this size; default 1 MB */
  maxBytes?: number;
  /** how many rotated files to keep; default 3 */
  keep?: number;
  now?: () => Date;
  /** where a failing log write is reported (once); default console.error */
  onWriteError?: (error: unknown) => void;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Opens (creating the folder) a rotating log file. Writing never throws. */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const { folder, name = 'main', maxBytes = 1_000_000, keep = 3 } = options;
  const now = options.now ?? (() => new Date());
  const file = path.join(folder, `${name}.log`);
  const rotated = (n: number) => path.join(folder, `${name}.${n}.log`);
  let reported = false;

  function rotateIfFull(adding: number): void {
    const size = existsSync(file) ? statSync(file).size : 0;
    if (size === 0 || size + adding <= maxBytes) return;
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--)
      if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    renameSync(file, rotated(1));
  }

  function write(level: LogLevel, message: string): void {
    // one entry per line: line breaks inside a message (a stack) are indented, not new entries
    const line = `${now().toISOString()} [${level}] ${message.replace(/\r?\n/g, '\n    ')}\n`;
    try {
      mkdirSync(folder, { recursive: true });
      rotateIfFull(Buffer.byteLength(line));
      appendFileSync(file, line);
    } catch (error) {
      if (!reported) (options.onWriteError ?? console.error)(error);
      reported = true;
    }
  }

  return {
    file,
    folder,
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) =>
      write('error', error === undefined ? message : `${message}: ${describe(error)}`),
  };
}
