import type { Hash } from 'node:crypto';
import { ChunkDecoder } from './chunk-decoder';
import { openDataFile } from './open-data-file';
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
  /** decodes the bytes; afterwards it tells the encoding read */
  decoder: ChunkDecoder;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
}

/**
 * Streams a text file as decoded chunks (UTF-8, UTF-16 with its BOM, or Windows-1252: see
 * ChunkDecoder; a BOM is dropped), checking on the way that it is text. Chunk boundaries fall
 * anywhere, even inside a line.
 * @returns an async iterable of text chunks; after it ends, `hash` has seen the whole file
 * @throws DatasetImportError 'unreadable', 'empty', 'too-large', 'binary', 'encoding',
 *   'cancelled'
 */
export async function* readTextChunks(
  filePath: string,
  options: ChunkReadOptions,
): AsyncGenerator<string> {
  const { file, limits, hash, decoder, onProgress, signal } = options;
  throwIfCancelled(file, signal);
  const { handle, size: total } = await openDataFile(filePath, file, limits);
  let read = 0;
  // from the descriptor checked to be a regular file, not the path again
  const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      throwIfCancelled(file, signal);
      if (!decoder.wide && !(read === 0 && hasUtf16Bom(bytes))) checkNoNul(file, bytes, read);
      const text = decoder.decode(bytes, read);
      read += bytes.length;
      if (read > limits.maxBytes) throw tooLarge(file, read, limits.maxBytes);
      hash.update(bytes);
      yield text;
      onProgress?.(read, Math.max(total, read));
    }
  } finally {
    stream.destroy();
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
  // The file may have shrunk while being read; the last report must still say "all of it".
  if (read !== total) onProgress?.(read, read);
}

function tooLarge(file: string, bytes: number, limit: number): DatasetImportError {
  return new DatasetImportError(
    'too-large',
    file,
    `is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}`,
    { subject: true },
    { key: 'tooLarge', params: { size: formatBytes(bytes), limit: formatBytes(limit) } },
  );
}

/** A NUL byte never occurs in UTF-8 text, but in almost every binary format (and in UTF-16
 * text without its byte-order mark, which is said apart). */
function checkNoNul(file: string, bytes: Buffer, offset: number): void {
  const at = bytes.indexOf(0);
  if (at >= 0) {
    if (offset === 0 && looksLikeUtf16(bytes)) {
      throw new DatasetImportError(
        'encoding',
        file,
        'looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM)',
        { subject: true },
        { key: 'utf16' },
      );
    }
    throw new DatasetImportError(
      'binary',
      file,
      `looks like a binary file, not text (byte 0x00 at offset ${offset + at})`,
      {},
      { key: 'binary', params: { offset: offset + at } },
    );
  }
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Every other byte of the start is 0 and the rest is ASCII: UTF-16 text of Latin script. */
function looksLikeUtf16(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  const zeroAt = bytes[0] === 0 ? 0 : 1;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + zeroAt] !== 0 || bytes[i + 1 - zeroAt] === 0) return false;
  }
  return true;
}

function throwIfCancelled(file: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new DatasetImportError(
      'cancelled',
      file,
      'the import was cancelled',
      {},
      { key: 'cancelled' },
    );
  }
}
