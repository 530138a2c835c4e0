/**
 * Lesson files on disk, for the command line: read with the size limit checked before a
 * byte is read, and what an import did or would do as lines a person reads.
 */
import { FileReadError, readBoundedSync } from '../files/read-bounded';
import path from 'node:path';
import type { LessonImportResult } from './import-lesson';
import { lessonTooLarge } from './lesson-error';
import { MAX_LESSON_BYTES } from './lesson-format';

/**
 * The bytes of a lesson file: a regular file within the limit, checked before a byte is read.
 * @returns its own name (for messages) and its bytes
 * @throws LessonError('too-large') for a file past the limit; FileReadError for something that
 *   is not a regular file (a FIFO, /dev/zero, a folder) or cannot be read, naming the path
 */
export function readLessonFromDisk(
  file: string,
  maxBytes = MAX_LESSON_BYTES,
): { fileName: string; bytes: Uint8Array } {
  const fileName = path.basename(file);
  try {
    return { fileName, bytes: readBoundedSync(file, { maxBytes, what: 'the lesson' }) };
  } catch (error) {
    if (error instanceof FileReadError && error.code === 'too-large') {
      throw lessonTooLarge(fileName, error.size ?? 0, maxBytes);
    }
    throw error;
  }
}

/** An import's outcome, a line per part and one per conflict. */
export function describeImport(result: LessonImportResult): string[] {
  if (!result.applied) {
    return [
      `lesson '${result.title}' was not imported: ${result.conflicts.length} part(s) already exist with other content`,
      ...result.conflicts.map((c) => `  ${c.message}`),
      'nothing was changed; choose --replace or --keep-both',
    ];
  }
  const parts = [...result.labs, ...result.datasets, ...result.designs];
  return [
    `lesson '${result.title}' imported:`,
    ...parts.map((p) => `  ${p.kind} '${p.name}' (${p.file}): ${p.action} (id ${p.id})`),
  ];
}
