/** Request schemas of teacher mode: `labs:*` (a teacher's own labs), `progress:*` (a
 * student's tasks and answers) and `lessons:*` (.nnlab files). */
import { z } from 'zod';
import { LAB_ID, labDocumentProblems } from '../../lessons/json-document';
import { MAX_LESSON_BYTES } from '../../lessons/lesson-format';
import type { LabDocument } from '../../store/records';
import { fileName, flag, id, list, name, object, oneOf, text } from './common';
import { worded } from './request-words';
import { LANGUAGES } from './settings';

/** The largest answer a student's task keeps: 64 KiB of JSON text. */
export const MAX_ANSWER_BYTES = 64 * 1024;

const labId = () =>
  z.string({ error: worded('expected a lab id', 'labId') }).regex(LAB_ID, {
    error: worded(
      'expected a lab id (lower-case letters, digits and dashes, at most 64)',
      'labIdChars',
    ),
  });

const taskId = () =>
  z.string({ error: worded('expected a task id', 'taskId') }).regex(LAB_ID, {
    error: worded(
      'expected a task id (lower-case letters, digits and dashes, at most 64)',
      'taskIdChars',
    ),
  });

/** A lab document: plain JSON of at most 1 MiB and depth 32 that fits the guided-lab schema
 * (contract/lab-document), the one the renderer opens labs with. Each problem's id and values
 * go along (`lab`), for the renderer to say it as it says a lab file's problems. */
const labDocument = () =>
  z.custom<LabDocument>().superRefine((value, context) => {
    for (const { message, path, detail, check } of labDocumentProblems(value)) {
      const where = check && {
        checkParam: check.param,
        checkKind: check.kind,
        checkTask: check.task,
        checkLab: check.lab,
      };
      const params = { lab: detail.key, ...detail.params, ...where };
      context.addIssue({ code: 'custom', message, path, params });
    }
  });

/** An answer: JSON text (what the renderer got from JSON.stringify) of at most 64 KiB. */
const answer = () =>
  z
    .string({ error: worded('expected the answer as JSON text', 'answerText') })
    .max(MAX_ANSWER_BYTES, { error: answerUpTo })
    .refine((t) => Buffer.byteLength(t, 'utf8') <= MAX_ANSWER_BYTES, { error: answerUpTo })
    .refine(isJson, {
      error: worded('expected JSON text (as JSON.stringify writes it)', 'answerJson'),
    });

const answerUpTo = worded(
  `expected at most ${MAX_ANSWER_BYTES / 1024} KiB of JSON text`,
  'answerUpTo',
  { max: MAX_ANSWER_BYTES / 1024 },
);

function isJson(textValue: string): boolean {
  try {
    JSON.parse(textValue);
    return true;
  } catch {
    return false;
  }
}

/** A lesson file's bytes, at most 50 MiB. */
const lessonBytes = () =>
  z
    .instanceof(Uint8Array, { error: worded('expected bytes (a Uint8Array)', 'bytes') })
    .refine((b) => b.byteLength <= MAX_LESSON_BYTES, {
      error: worded(
        `expected a lesson file of at most ${MAX_LESSON_BYTES / 1024 / 1024} MiB`,
        'lessonFileUpTo',
        { max: MAX_LESSON_BYTES / 1024 / 1024 },
      ),
    });

/** A lab as the progress report lists it. */
const labOutline = () =>
  object({
    id: labId(),
    title: name(),
    tasks: list(object({ id: taskId(), prompt: text(2_000).optional() }), 200),
  });

export const lessonCalls = {
  /** the teacher's own labs */
  'labs:list': object({}),
  /** creates a lab, or replaces lab `id`; `basedOn`: the built-in lab it was made from
   * (kept when replacing without it) */
  'labs:save': object({
    id: id().optional(),
    basedOn: labId().optional(),
    document: labDocument(),
  }),
  /** a copy with a new lab id (default `<id>-copy`) and title (default "<title> (copy)") */
  'labs:duplicate': object({ id: id(), labId: labId().optional(), title: name().optional() }),
  'labs:delete': object({ id: id() }),
  /** progress per lab id; only one lab's with `labId` */
  'progress:get': object({ labId: labId().optional() }),
  /** marks a task done or not; `answer` replaces the stored answer (kept when absent) */
  'progress:set': object({
    labId: labId(),
    taskId: taskId(),
    done: flag(),
    answer: answer().optional(),
  }),
  /** forgets one lab's progress, or all of it */
  'progress:reset': object({ labId: labId().optional() }),
  /** a report for the teacher; `labs`: the labs to list in order (the renderer knows the
   * built-in ones); the teacher's own labs are added when missing; `language`: of the
   * report's own words, dates and numbers (English when absent; the answer says which) */
  'progress:report': object({
    studentName: text(200).optional(),
    language: oneOf(LANGUAGES).optional(),
    labs: list(labOutline(), 500).optional(),
  }),
  /** user labs, datasets and designs as one .nnlab file */
  'lessons:export': object({
    title: name(),
    labIds: list(id(), 200),
    datasetIds: list(id(), 50),
    designIds: list(id(), 200),
  }).refine((r) => r.labIds.length + r.datasetIds.length + r.designIds.length > 0, {
    error: worded('expected at least one lab, dataset or design', 'lessonContents'),
  }),
  /** what a lesson file holds and what it would replace; changes nothing */
  'lessons:inspect': object({ fileName: fileName(), bytes: lessonBytes() }),
  /** imports a lesson file; with 'ask', conflicts are listed and nothing is changed */
  'lessons:import': object({
    fileName: fileName(),
    bytes: lessonBytes(),
    onConflict: oneOf(['ask', 'replace', 'keep-both']),
  }),
};
