/**
 * Reading a lab file in the renderer: the shared lab-document schema
 * (src-main/contract/lab-document, the same one main checks saved and imported labs with,
 * each task's check parameters included). Teacher mode edits and saves exactly this shape.
 */
import {
  checkLab,
  formatIssue,
  type Lab,
  type LabIssue,
} from '../../src-main/contract/lab-document';

export {
  LAB_FORMAT_VERSION,
  type LabIssue,
  type ControlState,
  type Lab,
  type LabActivity,
  type LabBlock,
  type LabFigure,
  type LabOpenIn,
  type LabSection,
  type LabTask,
} from '../../src-main/contract/lab-document';

/**
 * A lab file that does not fit the schema; `message` names the file and every bad field in
 * English, `issues` are the same problems with their ids (labs/teacher/lab-problem-text.ts says
 * them in the interface's language).
 */
export class LabFileError extends Error {
  readonly problems: string[];
  constructor(
    readonly file: string,
    readonly issues: LabIssue[],
  ) {
    const problems = issues.map((i) => formatIssue(i));
    super(`${file}: ${problems.join('; ')}`);
    this.problems = problems;
    this.name = 'LabFileError';
  }
}

/**
 * Checks one parsed lab file.
 * @param data the JSON value @param file its name, used in messages
 * @returns the lab, typed, with the schema's defaults filled in (language "en", no controls
 *   locked)
 * @throws LabFileError naming the file and each field that is wrong (e.g. `activities[1].task.check.kind`)
 */
export function parseLab(data: unknown, file: string): Lab {
  const checked = checkLab(data);
  if (checked.ok) return checked.lab;
  // in the order of the file: the document's own fields, then activity by activity
  const place = (i: LabIssue) => (i.path[0] === 'activities' ? Number(i.path[1]) : -1);
  const issues = [...checked.issues].sort((a, b) => place(a) - place(b));
  throw new LabFileError(file, issues);
}
