/**
 * The guided-lab document: text with TeX formulas, then activities, each an interactive figure
 * (a named kind with its setup and which controls show), an optional task decided by a named
 * check, and an optional setup to open in the Design and Train views. Lab files
 * (resources/labs/*.json), a teacher's own labs (labs:save) and the labs of a lesson file
 * (lessons:import) are all this shape; main and the renderer check them with this one schema.
 * A lab is data, never code.
 */
import { z } from 'zod';
import { taskCheck } from './check-kinds';
import { labFigure } from './figure-kinds';
import { checkedBy, id, int, list, record, shown, text, ON_OBJECTS, shaped } from './fields';
import { labOpenIn } from './open-in';

/** Current lab file format; a file with another version is refused with a clear message. */
export const LAB_FORMAT_VERSION = 1;

/** The language a lab is written in when its file does not say. */
export const DEFAULT_LAB_LANGUAGE = 'en';

/** A BCP-47 language tag as lab files use them: "en", "es", "pt-BR". */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const paragraph = record({ p: text() });
const formula = record({ tex: text() });
const bullets = record({ list: list(text(), 1) });
const notABlock = shaped<never>(() => false, {
  error: 'must be exactly one of { p }, { tex } or { list }',
  params: { id: 'block' },
});

/** A paragraph (inline TeX between `$…$`), a displayed formula or a bulleted list. */
const labBlock = checkedBy<z.infer<typeof paragraph | typeof formula | typeof bullets>>((b) => {
  const keys = typeof b === 'object' && b !== null && !Array.isArray(b) ? Object.keys(b) : [];
  if (keys.length !== 1) return notABlock;
  return { p: paragraph, tex: formula, list: bullets }[keys[0]] ?? notABlock;
});

/** A titled run of blocks. */
const labSection = record({ title: text(), blocks: list(labBlock, 1) });

/** A "try this" task and the named check that decides it. */
const labTask = record({
  id: id(),
  prompt: text(),
  check: taskCheck,
  /** shown after a pass */
  success: text().optional(),
});

/** One step of a lab: explanation, figure, task. */
const labActivity = record({
  id: id(),
  title: text(),
  blocks: list(labBlock),
  figure: labFigure,
  task: labTask.optional(),
  openIn: labOpenIn.optional(),
});

/** Ids that must be unique within the lab: ids of activities, ids of tasks. */
function uniqueIds(activities: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(activities)) return;
  const seen = { id: new Set<unknown>(), task: new Set<unknown>() };
  activities.forEach((a: { id?: unknown; task?: { id?: unknown } }, i) => {
    const twice = (set: Set<unknown>, value: unknown, path: (string | number)[]) => {
      if (typeof value !== 'string') return;
      if (set.has(value))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `'${value}' is used twice`,
          params: { id: 'twice', value },
        });
      set.add(value);
    };
    twice(seen.id, a?.id, ['activities', i, 'id']);
    twice(seen.task, a?.task?.id, ['activities', i, 'task', 'id']);
  });
}

/** A whole lab document. */
export const labDocument = record({
  format: shaped<typeof LAB_FORMAT_VERSION>((f) => f === LAB_FORMAT_VERSION, {
    error: (issue) => `must be ${LAB_FORMAT_VERSION}, got ${shown(issue.input)}`,
    params: { id: 'format', version: LAB_FORMAT_VERSION },
  }),
  id: id(),
  order: int(1, 999),
  title: text().refine((t) => t.length <= 200, {
    error: 'must be at most 200 characters',
    params: { id: 'tooLong', max: 200 },
  }),
  /** the language the lab is written in, a BCP-47 tag ("en", "es"); "en" when not given */
  language: z
    .string({ error: 'must be a language tag such as "en" or "es"' })
    .refine((v) => LANGUAGE.test(v), {
      error: (i) => `must be a language tag such as "en" or "es", got ${shown(i.input)}`,
      params: { id: 'language' },
    })
    .default(DEFAULT_LAB_LANGUAGE),
  /** the lecture's part this lab teaches, e.g. "History: McCulloch and Pitts (1943)" */
  lecturePart: text(),
  summary: text(),
  intro: list(labSection, 1),
  activities: list(labActivity, 1),
  /** corrections of the lecture, stated to the student */
  errata: list(text()).optional(),
}).superRefine((lab, ctx) => uniqueIds(lab.activities, ctx), ON_OBJECTS);

export type Lab = z.infer<typeof labDocument>;
export type LabBlock = z.infer<typeof labBlock>;
export type LabSection = z.infer<typeof labSection>;
export type LabTask = z.infer<typeof labTask>;
export type LabActivity = z.infer<typeof labActivity>;
