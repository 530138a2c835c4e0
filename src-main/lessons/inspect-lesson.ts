/** What a lesson file holds and what importing it would do, without changing anything. */
import type { Store } from '../store/store';
import { LESSON_VERSION } from './lesson-format';
import { planLesson, type LessonPlan } from './lesson-plan';
import { readLesson } from './read-lesson';

/** A lesson file described: its parts, each new, already there or in conflict. */
export interface LessonInspection extends LessonPlan {
  fileName: string;
  title: string;
  /** the lesson file format version */
  version: number;
  /** when and by which version of the app it was written (as the file says) */
  createdAt: string;
  appVersion: string;
}

/**
 * Reads and checks a lesson file and compares it with the store. Changes nothing.
 * @throws LessonError when the file is refused, naming what is wrong
 */
export function inspectLessonFile(
  store: Store,
  fileName: string,
  bytes: Uint8Array,
): LessonInspection {
  const lesson = readLesson(fileName, bytes);
  return {
    fileName,
    title: lesson.title,
    version: LESSON_VERSION,
    createdAt: lesson.createdAt,
    appVersion: lesson.appVersion,
    ...planLesson(store, lesson),
  };
}
