/** The guided-lab document schema, shared by main and the renderer. */
export { checkLab, formatIssue, formatPath, MAX_LAB_ISSUES, type LabIssue } from './issues';
export {
  issueDetail,
  kindOf,
  LAB_ISSUE_IDS,
  type LabIssueId,
  type ValueKind,
} from './issue-detail';
export * from './lab-document';
export { CONTROL_STATES, FIGURE_KINDS, isFigureKind, labFigure } from './figure-kinds';
export type { ControlState, FigureKind, LabFigure } from './figure-kinds';
export { CHECK_KIND_NAMES, type CheckKindName } from './check-kind-names';
export { checkProblems, type TaskCheck } from './check-kinds';
export { CHECK_PARAMS, type CheckParams } from './check-params';
export { isOwnRows, labOpenIn } from './open-in';
export type { LabOpenIn, OpenInRows, OpenInSchedule, OpenInSplit } from './open-in';
export { labQuestion, type LabQuestion } from './question';
