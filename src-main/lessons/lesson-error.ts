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
