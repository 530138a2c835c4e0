import { createHash } from 'node:crypto';
import { ChunkDecoder } from './chunk-decoder';
import { resolveLimits, type ImportLimits } from './import-limits';
import { fileNameOf, type ReadOptions } from './read-options';
import { readTextChunks } from './read-text-chunks';
import type { TableSource } from './table';

/** A text data file being read: its chunks, and what the table's source says about the file. */
export interface TextFileReading {
  /** the name used in messages */
  file: string;
  limits: ImportLimits;
  /** the decoded text; read it to the end before asking for `source` */
  chunks: AsyncGenerator<string>;
  /** name, bytes read, content hash and encoding, once `chunks` has ended */
  source(format: TableSource['format']): TableSource;
}

/**
 * Starts reading a CSV, JSON or ARFF file as text (see readTextChunks for the checks on the
 * way), hashing the bytes and counting them for the table's source as they stream past.
 */
export function readTextFile(filePath: string, options: ReadOptions): TextFileReading {
  const file = fileNameOf(filePath, options);
  const limits = resolveLimits(options.limits);
  const hash = createHash('sha256');
  const decoder = new ChunkDecoder(file);
  let bytes = 0;
  const chunks = readTextChunks(filePath, {
    file,
    limits,
    hash,
    decoder,
    onProgress: (read, total) => {
      bytes = read;
      options.onProgress?.(read, total);
    },
    signal: options.signal,
  });
  return {
    file,
    limits,
    chunks,
    source: (format) => ({
      fileName: file,
      format,
      bytes,
      hash: hash.digest('hex'),
      ...decoder.describe(),
    }),
  };
}
