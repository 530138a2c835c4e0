/**
 * A multiple-choice question a figure can ask beside its interactive part ("why can two hidden
 * units not do it?"). The lab file gives the prompt and the options; the task's check names the
 * right option by id, so the figure itself never knows which one it is.
 */
import { z } from 'zod';
import { id, list, record, text } from './fields';
import { said } from './setup-issues';

const option = record({ id: id(), text: text() });

export const labQuestion = record({
  /** the question, with inline `$…$` TeX */
  prompt: text(),
  options: list(option, 2, 8).superRefine((options, ctx) => {
    const seen = new Set<string>();
    options.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], ...said('usedTwice', 'is used twice') });
      seen.add(o.id);
    });
  }),
});

export type LabQuestion = z.infer<typeof labQuestion>;
