import type { LabHandlers } from '../../contract/handlers';
import {
  exportLesson,
  importLessonFile,
  inspectLessonFile,
  outlineOf,
  progressReport,
} from '../../lessons';
import { progressReportFiles } from '../../lessons/progress-report-files';
import { StoreError } from '../../store/store-error';
import type { Services } from '../services';
import { acknowledge, answer } from './answer';

type LessonHandlers = Pick<
  LabHandlers,
  | 'labs:list' | 'labs:save' | 'labs:duplicate' | 'labs:delete'
  | 'progress:get' | 'progress:set' | 'progress:reset' | 'progress:report'
  | 'lessons:export' | 'lessons:inspect' | 'lessons:import'
>; // prettier-ignore

/** What teacher mode needs from its host: the version written into lesson files, a clock. */
export interface LessonOptions {
  appVersion: string;
  now?: () => number;
}

/** Teacher mode: the teacher's own labs, the student's progress, lesson files. Needs only
 * the lab's store. */
export function lessonHandlers(
  { store }: Pick<Services, 'store'>,
  options: LessonOptions,
): LessonHandlers {
  const now = options.now ?? Date.now;
  return {
    'labs:list': () => answer(() => store.userLabs.list()),
    'labs:save': ({ id, basedOn, document }) =>
      answer(() =>
        id === undefined
          ? store.userLabs.create(document, basedOn ?? null)
          : store.userLabs.update(id, document, basedOn),
      ),
    'labs:duplicate': ({ id, labId, title }) =>
      answer(() => store.userLabs.duplicate(id, labId, title)),
    'labs:delete': ({ id }) => acknowledge(() => store.userLabs.delete(id)),
    'progress:get': ({ labId }) => answer(() => store.progress.get(labId)),
    'progress:set': ({ labId, taskId, done, answer: given }) =>
      answer(() => store.progress.set(labId, taskId, done, given)),
    'progress:reset': ({ labId }) => acknowledge(() => store.progress.reset(labId)),
    'progress:report': ({ studentName, labs, language }) =>
      answer(() => {
        const listed = [...(labs ?? [])];
        const known = new Set(listed.map((l) => l.id));
        for (const userLab of store.userLabs.list()) {
          if (!known.has(userLab.labId)) listed.push(outlineOf(userLab.document));
        }
        const progress = store.progress.get();
        const report = progressReport(listed, progress, now(), studentName, language);
        return progressReportFiles(report, studentName);
      }),
    'lessons:export': (request) =>
      answer(() => ({
        files: [exportLesson(store, request, { appVersion: options.appVersion, now })],
      })),
    'lessons:inspect': ({ fileName, bytes }) =>
      answer(() => inspectLessonFile(store, fileName, bytes)),
    'lessons:import': ({ fileName, bytes, onConflict }) =>
      answer(() => {
        try {
          return importLessonFile(store, fileName, bytes, onConflict);
        } catch (error) {
          // the transaction was rolled back: say so, with what the store refused
          if (error instanceof StoreError) {
            throw new StoreError(
              error.code,
              `lesson '${fileName}' was not imported (nothing was changed): ${error.message}`,
              {
                key: 'lesson.notImported',
                params: { file: fileName, why: error.message },
                // the store's own problem, for a reader whose language has its message
                parts: error.detail ? [{ ...error.detail, message: error.message }] : undefined,
              },
            );
          }
          throw error;
        }
      }),
  };
}
