/**
 * Reading a file a person named, with a size limit that holds whatever is at the path: it is
 * opened without waiting (a FIFO with no writer would block forever), checked to be a regular
 * file on the open descriptor itself (no swap between the check and the read), its size
 * compared with the limit before a byte is read, and the read capped all the same (a file
 * that grows meanwhile). `/dev/zero`, a FIFO or a folder are refused by name.
 */
import fs from 'node:fs';
import { formatBytes } from './format-bytes';
import { describeFileError, isFileError } from './file-error';
import { ServiceError } from '../contract/service-error';

/** What a path that is not a regular file is instead. */
export type FileKind = 'folder' | 'pipe' | 'device' | 'socket' | 'other';

/** A FileKind in the English of messages: "a named pipe (FIFO)". */
export const FILE_KIND_WORDS: Record<FileKind, string> = {
  folder: 'a folder',
  pipe: 'a named pipe (FIFO)',
  device: 'a device',
  socket: 'a socket',
  other: 'a special file',
};

/** Why a file was not read: not a regular file, past the limit, or a file-system error. */
export class FileReadError extends ServiceError<'not-a-file' | 'too-large' | 'unreadable'> {
  constructor(
    code: 'not-a-file' | 'too-large' | 'unreadable',
    message: string,
    /** too-large: the size found (at least) */
    readonly size?: number,
    /** not-a-file: what it is instead */
    readonly kind?: FileKind,
    /** unreadable: the file system's code (ENOENT, EACCES, …) */
    readonly errno?: string,
  ) {
    super(code, message);
  }
}

/** What is read and how much of it may be. */
export interface BoundedRead {
  maxBytes: number;
  /** what the file is for the person ("the lesson", "the model file"), for messages */
  what: string;
}

function kindOf(stats: fs.Stats): FileKind {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

function tooLarge(path: string, { maxBytes, what }: BoundedRead, size: number): FileReadError {
  // exact counts when rounding would make both sizes read the same
  const [shown, limit] =
    formatBytes(size) === formatBytes(maxBytes)
      ? [`${size.toLocaleString('en')} bytes`, `${maxBytes.toLocaleString('en')} bytes`]
      : [formatBytes(size), formatBytes(maxBytes)];
  return new FileReadError(
    'too-large',
    `${what} ${path} is ${shown}; it may be at most ${limit}`,
    size,
  );
}

/**
 * Opens `path` for reading if it is a regular file within the limit.
 * @returns the open descriptor and the file's size
 * @throws FileReadError
 */
export function openBounded(path: string, read: BoundedRead): { fd: number; size: number } {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) throw notAFile(path, read, stats);
    if (stats.size > read.maxBytes) throw tooLarge(path, read, stats.size);
    return { fd, size: stats.size };
  } catch (error) {
    fs.closeSync(fd);
    throw error instanceof FileReadError ? error : unreadable(path, error);
  }
}

/**
 * The bytes of a regular file of at most `read.maxBytes`.
 * @throws FileReadError ('not-a-file', 'too-large', 'unreadable' naming the path and what to do)
 */
export function readBoundedSync(path: string, read: BoundedRead): Buffer {
  const { fd, size } = openBounded(path, read);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // one byte more than the limit tells a file that grew past it since it was looked at
    const buffer = Buffer.alloc(Math.min(Math.max(size, 64 * 1024), read.maxBytes + 1));
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > read.maxBytes) throw tooLarge(path, read, total);
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof FileReadError ? error : unreadable(path, error);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens `path` for reading if it is a regular file within the limit, without blocking.
 * @returns the open file and its size; the caller closes it
 * @throws FileReadError
 */
export async function openBoundedAsync(
  path: string,
  read: BoundedRead,
): Promise<{ handle: fs.promises.FileHandle; size: number }> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFile(path, read, stats);
    if (stats.size > read.maxBytes) throw tooLarge(path, read, stats.size);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error instanceof FileReadError ? error : unreadable(path, error);
  }
}

/** The bytes of a regular file of at most `read.maxBytes`, read without blocking the thread.
 * @throws FileReadError */
export async function readBounded(path: string, read: BoundedRead): Promise<Buffer> {
  const { handle, size } = await openBoundedAsync(path, read);
  try {
    return await readOpened(handle, size, path, read);
  } finally {
    await handle.close();
  }
}

/**
 * The rest of a file opened by openBoundedAsync, capped at `read.maxBytes` (one byte more tells
 * a file that grew past the limit since it was looked at).
 * @throws FileReadError
 */
export async function readOpened(
  handle: fs.promises.FileHandle,
  size: number,
  path: string,
  read: BoundedRead,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(Math.min(Math.max(size, 64 * 1024), read.maxBytes + 1));
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > read.maxBytes) throw tooLarge(path, read, total);
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
  } catch (error) {
    throw error instanceof FileReadError ? error : unreadable(path, error);
  }
  return Buffer.concat(chunks, total);
}

function notAFile(path: string, { what }: BoundedRead, stats: fs.Stats): FileReadError {
  const kind = kindOf(stats);
  return new FileReadError(
    'not-a-file',
    `${what} ${path} is ${FILE_KIND_WORDS[kind]}, not a regular file: save it as a file and give its path`,
    undefined,
    kind,
  );
}

function unreadable(path: string, error: unknown): FileReadError {
  if (!isFileError(error))
    return new FileReadError('unreadable', `cannot read ${path} (${String(error)})`);
  return new FileReadError(
    'unreadable',
    describeFileError(error, path, 'read'),
    undefined,
    undefined,
    error.code,
  );
}
