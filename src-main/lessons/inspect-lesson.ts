/** What a lesson file holds and what importing it would do, without changing anything. */
import type { Store } from '../store/store';
import { LESSON_VERSION } from './lesson-format';
import type { LessonInspection } from '../contract/lesson-types';
import { planLesson } from './lesson-plan';

export type { LessonInspection };
import { readLesson } from './read-lesson';

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
