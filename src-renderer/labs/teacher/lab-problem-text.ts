/**
 * A lab document's problems in the interface's language: each problem's id and values (see
 * src-main/contract/lab-document/issue-detail.ts) looked up in the message area `lessons`,
 * numbers written as the language writes them; the engine's checks (id `engine`) from the area
 * `engine`. A problem whose id has no message here is shown as main's English message, so a
 * new problem is never blank.
 */
import { formatPath } from '../../../src-main/contract/lab-document/issues';
import type { IssueDetail } from '../../../src-main/contract/lab-document/issue-detail';
import { i18n } from '../../i18n';
import { engineText } from '../../i18n/engine-text';
import { formatDecimal } from '../../i18n/format';
import type { LabFileError, LabIssue } from '../lab-schema';

/** Values that are kinds of value ("a number", "a list"), said in words. */
const KINDS = new Set(['expected', 'got']);
/** Values that are numbers to write as the language does (a count, a limit). */
const NUMBERS = new Set(['min', 'max', 'limit', 'size', 'version', 'inputs', 'outputs']);

/** The message id of a detail: a size limit says whether it may be reached. */
function messageKey({ key, params }: IssueDetail): string {
  const strict = (key === 'tooSmall' || key === 'tooBig') && params.inclusive === 0;
  return `lessons.problem.${key}${strict ? 'Strict' : ''}`;
}

/**
 * One problem in words, without its place.
 * @param issue its English message (the fallback), its id and values, and the check
 *   parameter it is about, if any
 */
export function problemText(issue: Pick<LabIssue, 'message' | 'detail' | 'check'>): string {
  const { t, te } = i18n.global;
  const key = messageKey(issue.detail);
  if (issue.detail.key === 'engine') return inCheck(issue, engineSaid(issue));
  if (!te(key)) return issue.message;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(issue.detail.params)) {
    if (KINDS.has(name) && te(`lessons.kind.${value}`)) values[name] = t(`lessons.kind.${value}`);
    else if (NUMBERS.has(name) && typeof value === 'number') values[name] = formatDecimal(value);
    else values[name] = String(value);
  }
  const plural = issue.detail.params.count ?? issue.detail.params.limit;
  const said = typeof plural === 'number' ? t(key, values, plural) : t(key, values);
  return inCheck(issue, said);
}

/** The problem said, inside the check parameter it is about, if any. */
const inCheck = (issue: Pick<LabIssue, 'check'>, said: string): string =>
  issue.check ? i18n.global.t('lessons.problem.inCheck', { ...issue.check, problem: said }) : said;

/** A problem the engine found (a figure's network): its code and values, said by the engine's
 * own messages. */
function engineSaid({ message, detail }: Pick<LabIssue, 'message' | 'detail'>): string {
  const { code, received: _received, ...values } = detail.params;
  return engineText({ code: String(code), values, message });
}

/** A problem with its place: "activities[0].title: must be a non-empty text". */
export function placedProblemText(issue: LabIssue, prefix = ''): string {
  const path = formatPath(issue.path, prefix);
  const problem = problemText(issue);
  return path ? i18n.global.t('lessons.problem.at', { path, problem }) : problem;
}

/** A lab file refused: its name, then every problem in words. */
export function labFileErrorText(error: LabFileError): string {
  return `${error.file}: ${error.issues.map((i) => placedProblemText(i)).join('; ')}`;
}
