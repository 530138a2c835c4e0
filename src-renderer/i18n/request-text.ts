/**
 * A request main refused (detail key `request.invalid`, built by
 * src-main/contract/request-detail.ts) in the reader's language: the call, then each problem
 * with its field (request-field.ts), from the message area `request-errors`; the engine's
 * checks of a network from the area `engine`; a lab document's problems as a lab file's are
 * said (labs/teacher/lab-problem-text.ts). A problem this version has no message for keeps
 * main's English.
 */
import type { ErrorDetail } from '../../src-main/contract/result';
import { engineText } from './engine-text';
import { problemText } from '../labs/teacher/lab-problem-text';
import { formatCount, formatPlain } from './format';
import { i18n } from './index';
import { fieldText } from './request-field';

type Part = NonNullable<ErrorDetail['parts']>[number];

/** Range ends, written as main writes them (no digit grouping); other numbers are counts. */
const PLAIN = new Set(['min', 'max']);
/** Values that only steer the message, never said. */
const STEERING = new Set(['field', 'missing']);
/** Values that are kinds of value ("a number"), said in the words lab problems use. */
const KINDS = new Set(['kind']);
/** The check parameter a lab document's problem is about (see src-main's schemas/lessons.ts). */
const CHECK = ['checkParam', 'checkKind', 'checkTask', 'checkLab'] as const;

const AREA = 'request-errors';

/** A lab document's problem (`lab.<id>`), or undefined when there is no message for it. */
function labProblemOf(part: Part): string | undefined {
  const key = part.key.slice('lab.'.length);
  if (key !== 'engine' && !i18n.global.te(`lessons.problem.${key}`)) return undefined;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(part.params))
    if (!STEERING.has(name) && !(CHECK as readonly string[]).includes(name)) params[name] = value;
  const [param, kind, task, lab] = CHECK.map((name) => String(part.params[name] ?? ''));
  const check = part.params.checkParam === undefined ? undefined : { param, kind, task, lab };
  return problemText({ message: part.message, detail: { key, params }, check });
}

/** One problem without its field, or undefined when there is no message for it. */
function problemOf(part: Part): string | undefined {
  const { t, te } = i18n.global;
  if (part.key.startsWith('lab.')) return labProblemOf(part);
  if (part.key.startsWith('engine.')) {
    const values = Object.fromEntries(
      Object.entries(part.params).filter(([name]) => !STEERING.has(name)),
    );
    // engineText falls back to the English without its field; say the whole part then
    const said = { code: part.key.slice('engine.'.length), values, message: '' };
    return te(part.key) ? engineText(said) : undefined;
  }
  const id = `${AREA}.${part.key.slice('request.'.length)}`;
  if (!part.key.startsWith('request.') || !te(id)) return undefined;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.params)) {
    if (KINDS.has(name) && te(`lessons.kind.${value}`)) values[name] = t(`lessons.kind.${value}`);
    else if (typeof value !== 'number') values[name] = value;
    else values[name] = PLAIN.has(name) ? formatPlain(value) : formatCount(value);
  }
  const count = part.params.count;
  const text = typeof count === 'number' ? t(id, values, count) : t(id, values);
  return part.params.missing === 1 ? t(`${AREA}.missing`, { problem: text }) : text;
}

/** One problem with its field, in the reader's language or main's English. */
function partText(part: Part): string {
  const problem = problemOf(part);
  if (problem === undefined) return part.message;
  const field = String(part.params.field ?? '');
  return field === '' ? problem : i18n.global.t(`${AREA}.at`, { field: fieldText(field), problem });
}

/**
 * A refusal's detail in the current language.
 * @param message main's English, shown as it is if the detail lists no problems
 */
export function requestText(message: string, detail: ErrorDetail): string {
  const { t } = i18n.global;
  if (!detail.parts?.length) return message;
  const more = Number(detail.params.more ?? 0);
  const problems = detail.parts.map(partText).join('; ');
  const tail = more > 0 ? t(`${AREA}.more`, { count: formatCount(more) }) : '';
  return `${t(`${AREA}.invalid`, { call: String(detail.params.call), problems })}${tail}`;
}
