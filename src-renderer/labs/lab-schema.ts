/**
 * Reading a lab file in the renderer: the shared lab-document schema
 * (src-main/contract/lab-document, the same one main checks saved and imported labs with),
 * then each task's check parameters, which only the renderer's check code understands.
 * Teacher mode edits and saves exactly this shape.
 */
import {
  CHECK_KIND_NAMES,
  checkLab,
  formatIssue,
  type Lab,
  type LabIssue,
} from '../../src-main/contract/lab-document';
import { checkParamsProblems } from './checks/registry';
import { isRecord } from './problems';

export {
  LAB_FORMAT_VERSION,
  type ControlState,
  type Lab,
  type LabActivity,
  type LabBlock,
  type LabFigure,
  type LabOpenIn,
  type LabSection,
  type LabTask,
} from '../../src-main/contract/lab-document';

/** A lab file that does not fit the schema; `message` names the file and every bad field. */
export class LabFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
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
  const issues = [...(checked.ok ? [] : checked.issues), ...checkParamIssues(data)];
  // in the order of the file: the document's own fields, then activity by activity
  const place = (i: LabIssue) => (i.path[0] === 'activities' ? Number(i.path[1]) : -1);
  issues.sort((a, b) => place(a) - place(b));
  if (!checked.ok || issues.length > 0)
    throw new LabFileError(
      file,
      issues.map((i) => formatIssue(i)),
    );
  return checked.lab;
}

/** Problems of each task's check parameters, which only the renderer's check code knows. */
function checkParamIssues(data: unknown): LabIssue[] {
  const activities = isRecord(data) && Array.isArray(data.activities) ? data.activities : [];
  return activities.flatMap((activity: unknown, i) => {
    const check = isRecord(activity) && isRecord(activity.task) ? activity.task.check : null;
    if (!isRecord(check) || !(CHECK_KIND_NAMES as readonly unknown[]).includes(check.kind))
      return [];
    return checkParamsProblems(check.kind as string, check).map((problem) => ({
      path: ['activities', i, 'task', 'check', problem.path],
      message: problem.message,
    }));
  });
}
