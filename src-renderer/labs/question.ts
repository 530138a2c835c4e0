/**
 * A multiple-choice question a figure can ask beside its interactive part ("why can two hidden
 * units not do it?"). The lab file gives the prompt and the options; the task's check names the
 * right option by id, so the figure itself never knows which one it is.
 */
import type { FieldProblem } from './problems';

export interface LabQuestion {
  /** the question, with inline `$…$` TeX */
  prompt: string;
  options: { id: string; text: string }[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Problems of a question read from a lab file (paths relative to `path`). */
export function questionProblems(v: unknown, path: string): FieldProblem[] {
  const q = v as Partial<LabQuestion> | null;
  if (typeof q !== 'object' || q === null || typeof q.prompt !== 'string' || q.prompt === '')
    return [{ path, message: 'must be { prompt, options: [{ id, text }] }' }];
  const opts = q.options;
  if (!Array.isArray(opts) || opts.length < 2 || opts.length > 8)
    return [{ path: `${path}.options`, message: 'must be 2 to 8 options { id, text }' }];
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  opts.forEach((o, i) => {
    if (typeof o?.id !== 'string' || !ID.test(o.id) || typeof o.text !== 'string' || !o.text)
      out.push({ path: `${path}.options[${i}]`, message: 'must be { id (lower-case), text }' });
    else if (seen.has(o.id))
      out.push({ path: `${path}.options[${i}].id`, message: 'is used twice' });
    else seen.add(o.id);
  });
  return out;
}

/** The id of a chosen option read from an answer, or null. */
export function chosenOption(v: unknown): string | null {
  return typeof v === 'string' && ID.test(v) ? v : null;
}
