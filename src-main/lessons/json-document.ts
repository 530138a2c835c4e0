/**
 * Checks of a JSON document a person made (a teacher's lab): plain data only, not too deep,
 * not too big, then the guided-lab schema shared with the renderer, so that main never stores
 * a lab the renderer would refuse. The document is stored as it came (the schema's defaults,
 * such as language "en", are applied when it is read), so it is handed back unchanged.
 */
import { checkLab, formatIssue, kindOf, type LabIssue } from '../contract/lab-document';
import type { LabDocument } from '../store/records';
import { MAX_LAB_ID } from '../store/user-labs-repo';

/** The largest lab document: 1 MiB of JSON text. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** The deepest nesting of objects and arrays in a document. */
export const MAX_DOCUMENT_DEPTH = 32;

/** A lab id as the renderer's lab schema spells it: lower-case letters, digits, dashes. */
export const LAB_ID = new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_LAB_ID - 1}}$`);

/** Something wrong at a place in the document (`path` relative to it; empty for the whole),
 * in English and as an id with values (contract/lab-document/issue-detail.ts). */
export type DocumentProblem = LabIssue;

/** At most this many problems are listed: a hostile document must not make a huge answer. */
const MAX_PROBLEMS = 10;

/**
 * What is wrong with `value` as plain JSON: only objects with the plain prototype, arrays,
 * strings, finite numbers, booleans and null; no `__proto__` keys; depth ≤ 32. Empty when
 * it is fine.
 */
export function jsonProblems(value: unknown, maxDepth = MAX_DOCUMENT_DEPTH): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const add = (path: (string | number)[], message: string, key: string, params = {}) =>
    problems.push({ path, message, detail: { key, params } });
  const walk = (v: unknown, path: (string | number)[], depth: number): void => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v))
        add(path, `expected a finite number, got ${v}`, 'finite', { received: String(v) });
      return;
    }
    if (typeof v !== 'object') {
      add(path, `expected JSON data, got a ${typeof v}`, 'notJson', { got: typeof v });
      return;
    }
    if (depth >= maxDepth) {
      add(path, `nested deeper than ${maxDepth} levels`, 'tooDeep', { max: maxDepth });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      add(path, 'expected a plain JSON object', 'object');
      return;
    }
    for (const key of Object.keys(v)) {
      if (key === '__proto__') {
        add(path, "a key named '__proto__' is not allowed", 'protoKey');
        continue;
      }
      walk((v as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  walk(value, [], 0);
  return problems;
}

/** The UTF-8 size of a value's JSON text. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/**
 * What is wrong with `value` as a lab document: plain JSON (see jsonProblems), at most 1 MiB,
 * then the guided-lab schema the renderer opens labs with (src-main/contract/lab-document):
 * every field, figure setup and task, by path. Empty when it is fine.
 */
export function labDocumentProblems(value: unknown): DocumentProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const detail = { key: 'type', params: { expected: 'object', got: kindOf(value) } };
    return [{ path: [], message: 'expected a lab document (a JSON object)', detail }];
  }
  const problems = jsonProblems(value);
  if (problems.length > 0) return problems;
  const size = jsonBytes(value);
  if (size > MAX_DOCUMENT_BYTES) {
    return [
      {
        path: [],
        message: `the document is ${size.toLocaleString('en')} bytes of JSON; at most ${MAX_DOCUMENT_BYTES.toLocaleString('en')}`,
        detail: { key: 'tooLarge', params: { size, max: MAX_DOCUMENT_BYTES } },
      },
    ];
  }
  const checked = checkLab(value);
  return checked.ok ? [] : checked.issues.slice(0, MAX_PROBLEMS);
}

/** The value as a lab document. @throws Error listing every problem (`id: expected …`) */
export function asLabDocument(value: unknown): LabDocument {
  const problems = labDocumentProblems(value);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return value as LabDocument;
}

/** "activities[0].title: expected …; order: expected …" */
export function formatProblems(problems: DocumentProblem[], prefix = ''): string {
  return problems.map((problem) => formatIssue(problem, prefix)).join('; ');
}
