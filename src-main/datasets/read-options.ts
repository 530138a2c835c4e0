import path from 'node:path';
import type { ImportLimits } from './import-limits';

/** Reports how far a read has come: bytes read so far and the file's size, in bytes. */
export type ProgressCallback = (bytesRead: number, totalBytes: number) => void;

/** Options shared by every reader. */
export interface ReadOptions {
  limits?: Partial<ImportLimits>;
  /** called after each chunk with increasing values, last with bytesRead === totalBytes */
  onProgress?: ProgressCallback;
  /** aborting rejects the import with code 'cancelled' */
  signal?: AbortSignal;
  /** the name used in messages; defaults to the path's base name */
  fileName?: string;
}

/** Options of delimited (CSV/TSV) files; unset ones are detected from the first lines. */
export interface DelimitedOptions extends ReadOptions {
  delimiter?: ',' | ';' | '\t';
  header?: boolean;
  decimalComma?: boolean;
}

/** The name messages use for a file. */
export function fileNameOf(filePath: string, options: ReadOptions): string {
  return options.fileName ?? path.basename(filePath);
}
