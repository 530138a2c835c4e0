/**
 * A problem of a lesson file's part (a file name, a dataset's arrays, a design, the file's
 * structure) as the English line the command line prints and as an id with values the renderer
 * says in the reader's language (area `lessons`, `problem.<id>`; a lab document's problems
 * keep their own ids, contract/lab-document/issue-detail.ts). A refused lesson lists them as
 * the `parts` of its 'lesson.invalid' detail.
 */
import type { z } from 'zod';
import { formatPath, issueDetail, type LabIssue } from '../contract/lab-document';
import type { ErrorDetail } from '../contract/result';

/** The ids of a lesson part's own problems (besides a lab document's and zod's). */
export const LESSON_PROBLEM_IDS = [
  // a file name (plain-name.ts)
  'nameEmpty',
  'nameTooLong',
  'nameNul',
  'nameControl',
  'nameClimbs',
  'namePath',
  'nameDots',
  'nameDrive',
  'nameBidi',
  'nameInvisible',
  'nameWindowsChar',
  'nameDevice',
  'nameTrailing',
  // names that must differ
  'fileTwice',
  'labIdTwice',
  'datasetNameTwice',
  'designNameTwice',
  'basedOn',
  // a dataset's columns and arrays (check-dataset.ts)
  'noRole',
  'notBase64',
  'labelsOnlyClasses',
  'valueCount',
  'valueNotFinite',
  'labelCount',
  'labelRange',
  'hashMismatch',
] as const;
export type LessonProblemId = (typeof LESSON_PROBLEM_IDS)[number];

/** One problem: where (a path in the file, "" for the whole), in English, and as an id. */
export interface LessonProblem {
  at: string;
  message: string;
  key: string;
  params: Record<string, string | number>;
  /** the English line reads "x[3] is NaN", without a colon after the place */
  inline?: boolean;
}

/** A problem of the lesson's own (not a lab's, not zod's). */
export const lessonProblem = (
  at: string,
  key: LessonProblemId,
  message: string,
  params: Record<string, string | number> = {},
): LessonProblem => ({ at, message, key, params });

/** "labs[0].file: 'a/b.json' is a path …", as the command line prints it. */
export const problemLine = ({ at, message, inline }: LessonProblem): string =>
  at ? `${at}${inline ? ' ' : ': '}${message}` : message;

/** A lab document's problems under `prefix` (`labs[0].document`), each with its own id. */
export const labProblems = (issues: LabIssue[], prefix: string): LessonProblem[] =>
  issues.map((issue) => ({
    at: formatPath(issue.path, prefix),
    message: issue.message,
    key: issue.detail.key,
    params: { ...issue.detail.params, ...issue.check },
  }));

/**
 * Zod's problems of a part of the lesson (its structure, a design) under `prefix`, by the ids
 * lab documents use; a problem those ids do not cover is 'custom' (said in English).
 */
export const zodProblems = (
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  prefix = '',
): LessonProblem[] =>
  issues.map((issue) => {
    const { key, params } = issueDetail(issue, data);
    return { at: formatPath(issue.path, prefix), message: issue.message, key, params };
  });

/** The problems as the parts of a refusal's detail. */
export const asParts = (problems: LessonProblem[]): NonNullable<ErrorDetail['parts']> =>
  problems.map(({ at, message, key, params }) => ({ key, params: { ...params, at }, message }));
