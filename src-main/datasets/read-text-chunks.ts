import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { DatasetImportError } from './import-error';
import { formatBytes, type ImportLimits } from './import-limits';
import type { ProgressCallback } from './read-options';

/** Bytes read at a time: large enough to be fast, small enough for frequent progress. */
const CHUNK_BYTES = 64 * 1024;

/** What readTextChunks needs besides the path. */
export interface ChunkReadOptions {
  file: string;
  limits: Pick<ImportLimits, 'maxBytes'>;
  /** updated with every byte read, so the content hash costs no second pass */
  hash: Hash;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
}

/**
 * Streams a UTF-8 text file as decoded chunks (a UTF-8 BOM is dropped), checking on the way
 * that it is text. Chunk boundaries fall anywhere, even inside a line.
 * @returns an async iterable of text chunks; after it ends, `hash` has seen the whole file
 * @throws DatasetImportError 'unreadable', 'empty', 'too-large', 'binary', 'encoding',
 *   'cancelled'
 */
export async function* readTextChunks(
  filePath: string,
  options: ChunkReadOptions,
): AsyncGenerator<string> {
  const { file, limits, hash, onProgress, signal } = options;
  throwIfCancelled(file, signal);
  const total = await fileSize(filePath, file);
  if (total === 0) throw new DatasetImportError('empty', file, 'the file is empty');
  if (total > limits.maxBytes) throw tooLarge(file, total, limits.maxBytes);
  // fatal: a Latin-1 or UTF-16 file must not be read as mojibake that then imports "fine"
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let read = 0;
  const stream = createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      throwIfCancelled(file, signal);
      if (read === 0) checkNotUtf16(file, bytes);
      checkNoNul(file, bytes, read);
      read += bytes.length;
      if (read > limits.maxBytes) throw tooLarge(file, read, limits.maxBytes);
      hash.update(bytes);
      yield decode(decoder, bytes, file, true);
      onProgress?.(read, Math.max(total, read));
    }
  } finally {
    stream.destroy();
  }
  const rest = decode(decoder, undefined, file, false);
  if (rest !== '') yield rest;
  // The file may have shrunk while being read; the last report must still say "all of it".
  if (read !== total) onProgress?.(read, read);
}

function decode(decoder: TextDecoder, bytes: Buffer | undefined, file: string, more: boolean) {
  try {
    return decoder.decode(bytes, { stream: more });
  } catch {
    throw new DatasetImportError(
      'encoding',
      file,
      'is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8")',
      { subject: true },
    );
  }
}

async function fileSize(filePath: string, file: string): Promise<number> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error('not a regular file');
    return info.size;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetImportError('unreadable', file, `cannot be read (${reason})`, {
      subject: true,
    });
  }
}

function tooLarge(file: string, bytes: number, limit: number): DatasetImportError {
  return new DatasetImportError(
    'too-large',
    file,
    `is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}`,
    { subject: true },
  );
}

/** A NUL byte never occurs in UTF-8 text, but in almost every binary format. */
function checkNoNul(file: string, bytes: Buffer, offset: number): void {
  const at = bytes.indexOf(0);
  if (at >= 0) {
    throw new DatasetImportError(
      'binary',
      file,
      `looks like a binary file, not text (byte 0x00 at offset ${offset + at})`,
    );
  }
}

/** UTF-16 is text too, but it would be reported as binary (its NUL bytes): say what it is. */
function checkNotUtf16(file: string, bytes: Buffer): void {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new DatasetImportError('encoding', file, 'is UTF-16 text; save it as UTF-8', {
      subject: true,
    });
  }
}

function throwIfCancelled(file: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DatasetImportError('cancelled', file, 'the import was cancelled');
}
