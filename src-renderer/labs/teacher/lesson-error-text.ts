/**
 * A lesson file's refusal in the interface's language: errors main names with a 'lesson.*'
 * id are said from the message area `lessons` (a lab's problem through its own id); any other
 * error goes to the app's error text (i18n/error-text.ts), which falls back to main's English.
 */
import type { ErrorDetail, LabError } from '../../../src-main/contract/result';
import type { LabIssue } from '../lab-schema';
import { i18n } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { formatDecimal } from '../../i18n/format';
import { problemText } from './lab-problem-text';

const MIB = 1024 * 1024;

type Values = ErrorDetail['params'];

/** A lab problem's own values, and the check parameter it is about (if any). */
function splitCheck(values: Values): { own: Values; check?: NonNullable<LabIssue['check']> } {
  const { param, kind, task, lab, ...own } = values;
  if (param === undefined) return { own };
  return {
    own,
    check: { param: String(param), kind: String(kind), task: String(task), lab: String(lab) },
  };
}

type Part = NonNullable<ErrorDetail['parts']>[number];

/** One problem a refusal lists, in the reader's language, and where it is. */
function partSaid({ key, params, message }: Part): { at?: string; problem: string } {
  const { at, ...values } = params;
  const { own, check } = splitCheck(values);
  const problem = problemText({ message, detail: { key, params: own }, ...(check && { check }) });
  return at === undefined ? { problem } : { at: String(at), problem };
}

/** One problem a refusal lists, with its place: "datasets[0].x: no es base64 …". */
function partText(part: Part): string {
  const { at, problem } = partSaid(part);
  return at ? i18n.global.t('lessons.problem.at', { path: at, problem }) : problem;
}

/** The values of a 'lesson.*' message, written as the reader's language writes them. */
function valuesOf({ key, params, parts }: ErrorDetail): Record<string, string> {
  if (key === 'lesson.labProblem' && parts?.length) {
    // the first lab problem, its place and the check parameter it is about in its one part
    const { at = '', problem } = partSaid(parts[0]);
    return { file: String(params.file), at, problem };
  }
  if (key === 'lesson.invalid' && parts?.length)
    return { file: String(params.file), problems: parts.map(partText).join('; ') };
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) values[name] = String(value);
  // the store's refusal inside "… was not imported: {why}", in the reader's language
  if (key === 'lesson.notImported' && parts?.length)
    values.why = parts.map((part) => errorText({ message: part.message, detail: part })).join('; ');
  if (key === 'lesson.tooLarge' || key === 'lesson.exportTooLarge') {
    values.size = formatDecimal(Number(params.size) / MIB, 1);
    values.max = formatDecimal(Number(params.max) / MIB, 1);
  }
  return values;
}

/** `error` as the reader's language says it. */
export function lessonErrorText(error: Pick<LabError, 'message' | 'detail'>): string {
  const { detail } = error;
  if (!detail?.key.startsWith('lesson.')) return errorText(error);
  const { t, te } = i18n.global;
  const key = `lessons.error.${detail.key.slice('lesson.'.length)}`;
  // a lab's problem is said from its part; without one there is only main's English
  if (!te(key) || (detail.key === 'lesson.labProblem' && !detail.parts?.length))
    return error.message;
  const said = t(key, valuesOf(detail));
  const { more } = detail.params;
  return typeof more === 'number' && more > 0
    ? `${said} ${t('lessons.error.more', { n: formatDecimal(more) }, more)}`
    : said;
}
