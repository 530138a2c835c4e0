import type { FileHandle } from 'node:fs/promises';
import { FILE_KIND_WORDS, FileReadError, openBoundedAsync } from '../files/read-bounded';
import { fileErrorSaid } from './file-error-said';
import { DatasetImportError } from './import-error';
import { formatBytes, type ImportLimits } from './import-limits';

/**
 * Opens a data file for reading: a regular file (a FIFO or a device is refused before it can
 * block or stream without end), not empty, within the size limit.
 * @param file the file's name for messages
 * @returns the open file (the caller closes it) and its size
 * @throws DatasetImportError 'unreadable', 'empty', 'too-large'
 */
export async function openDataFile(
  filePath: string,
  file: string,
  limits: Pick<ImportLimits, 'maxBytes'>,
): Promise<{ handle: FileHandle; size: number }> {
  let opened: { handle: FileHandle; size: number };
  try {
    opened = await openBoundedAsync(filePath, { maxBytes: limits.maxBytes, what: file });
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (error.code === 'too-large') {
      throw new DatasetImportError(
        'too-large',
        file,
        `is ${formatBytes(error.size ?? 0)}; the limit is ${formatBytes(limits.maxBytes)}`,
        { subject: true },
        {
          key: 'tooLarge',
          params: { size: formatBytes(error.size ?? 0), limit: formatBytes(limits.maxBytes) },
        },
      );
    }
    const reason = error.kind
      ? `it is ${FILE_KIND_WORDS[error.kind]}, not a regular file`
      : error.message;
    throw new DatasetImportError(
      'unreadable',
      file,
      `cannot be read (${reason})`,
      { subject: true },
      fileErrorSaid(error),
    );
  }
  if (opened.size === 0) {
    await opened.handle.close();
    throw new DatasetImportError('empty', file, 'the file is empty', {}, { key: 'emptyFile' });
  }
  return opened;
}
