/**
 * A lab document's problems in words: "activities[1].figure.kind: unknown figure "foo"
 * (known: …)", each naming where and what, at most a few dozen of them (a hostile document
 * must not make a huge answer).
 */
import type { z } from 'zod';
import { issueDetail, kindOf, type IssueDetail } from './issue-detail';
import { labDocument, type Lab } from './lab-document';

/** At most this many problems are listed. */
export const MAX_LAB_ISSUES = 30;

/** Something wrong at a place in the document (`path` empty for the whole). */
export interface LabIssue {
  path: (string | number)[];
  /** in English, as the command line and the logs read it */
  message: string;
  /** the same problem as an id and values (issue-detail.ts), for the reader's language */
  detail: IssueDetail;
  /** for a parameter of a task's check: which one, of which check, task and lab */
  check?: { param: string; kind: string; task: string; lab: string };
}

/** `activities[0].task.id` */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

/** "path: message", or the message alone for the whole document. */
export const formatIssue = ({ path, message }: LabIssue, prefix = ''): string => {
  const where = formatPath(path, prefix);
  return where ? `${where}: ${message}` : message;
};

const toIssue = (issue: z.core.$ZodIssue, data: unknown): LabIssue => ({
  path: issue.path.map((k) => (typeof k === 'number' ? k : String(k))),
  message: issue.message,
  detail: issueDetail(issue, data),
});

const quoted = (v: unknown) => (typeof v === 'string' ? `'${v.slice(0, 64)}'` : '(no id)');

/**
 * A problem of a task's check says which lab, task, check and parameter it is about, so a
 * teacher saving or importing many labs finds it without counting activities.
 */
function named(issue: LabIssue, data: object): LabIssue {
  const [where, i, task, checkKey, param] = issue.path;
  if (where !== 'activities' || task !== 'task' || checkKey !== 'check') return issue;
  if (param === undefined || param === 'kind') return issue;
  const lab = data as { id?: unknown; activities?: { task?: { id?: unknown; check?: object } }[] };
  const t = lab.activities?.[i as number]?.task;
  const kind = (t?.check as { kind?: unknown } | undefined)?.kind;
  const check = {
    param: String(param),
    kind: quoted(kind),
    task: quoted(t?.id),
    lab: quoted(lab.id),
  };
  const about = `parameter '${check.param}' of check ${check.kind}, task ${check.task} in lab ${check.lab}`;
  return { ...issue, message: `${about}: ${issue.message}`, check };
}

/**
 * Checks a lab document.
 * @returns the lab with its defaults filled in (language, controls), or its problems
 */
export function checkLab(
  data: unknown,
): { ok: true; lab: Lab } | { ok: false; issues: LabIssue[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: 'the lab must be a JSON object',
          detail: { key: 'type', params: { expected: 'object', got: kindOf(data) } },
        },
      ],
    };
  const result = labDocument.safeParse(data);
  if (result.success) return { ok: true, lab: result.data };
  return {
    ok: false,
    issues: result.error.issues.slice(0, MAX_LAB_ISSUES).map((i) => named(toIssue(i, data), data)),
  };
}
