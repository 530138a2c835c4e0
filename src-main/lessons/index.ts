/** Teacher mode in main: a teacher's own labs, a student's progress and its report, and
 * lesson files (.nnlab) that carry labs, datasets and designs between machines. */
export { asLabDocument, LAB_ID, labDocumentProblems, MAX_DOCUMENT_BYTES } from './json-document';
export { exportLesson, LESSON_MIME, type LessonExportRequest } from './export-lesson';
export {
  importLesson,
  importLessonFile,
  type ImportedPart,
  type LessonImportResult,
  type OnConflict,
} from './import-lesson';
export { inspectLessonFile, type LessonInspection } from './inspect-lesson';
export { LessonError, type LessonErrorCode } from './lesson-error';
export * from './lesson-format';
export type { LessonConflict, LessonPart, LessonPartKind, LessonPlan } from './lesson-plan';
export { outlineOf, progressReport, type LabOutline, type ProgressReport } from './progress-report';
export { readLesson, type ParsedLesson } from './read-lesson';
export { describeImport, readLessonFromDisk } from './lesson-on-disk';
