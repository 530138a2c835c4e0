import { ServiceError } from '../contract/service-error';

/** Why a lesson file cannot be read, exported or imported. */
export type LessonErrorCode =
  /** larger than MAX_LESSON_BYTES */
  | 'too-large'
  /** not JSON, or not a Neuron Lab lesson */
  | 'not-a-lesson'
  /** a lesson of a format version this app does not read */
  | 'unsupported-version'
  /** a part breaks the rules (schema, sizes, NaN, a path-like name) */
  | 'invalid-lesson';

/** An error raised on purpose; the message names the file and what is wrong where. */
export class LessonError extends ServiceError<LessonErrorCode> {}

/** "52,428,801 bytes (50.0 MiB)" */
export const mebibytes = (bytes: number): string =>
  `${bytes.toLocaleString('en')} bytes (${(bytes / 1024 / 1024).toFixed(1)} MiB)`;

/** The error for lesson `file` of `size` bytes, past the `max` a lesson file may be. */
export function lessonTooLarge(file: string, size: number, max: number): LessonError {
  return new LessonError(
    'too-large',
    `lesson '${file}' is ${mebibytes(size)}; a lesson file may be at most ${mebibytes(max)}`,
    { key: 'lesson.tooLarge', params: { file, size, max } },
  );
}
