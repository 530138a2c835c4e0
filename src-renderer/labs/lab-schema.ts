/**
 * The shape of a lab file (resources/labs/*.json) and its validation. A lab is data, never
 * code: text with TeX formulas, then activities, each an interactive figure (a named kind with
 * its initial setup and which controls show), an optional task checked by a named check kind,
 * and an optional setup to open in the Design and Train views. Teacher mode edits and saves exactly this shape.
 */
import { CHECK_KINDS, checkParamsProblems } from './checks/registry';
import { FIGURE_KINDS, figureSetupProblems, type FigureKind } from './figure-kinds';
import { checkOpenIn, type LabOpenIn } from './open-in-schema';
import { Problems, isRecord } from './problems';

export type { LabOpenIn };

/** Current lab file format; a file with another version is refused with a clear message. */
export const LAB_FORMAT_VERSION = 1;

/** A paragraph (inline TeX between `$…$`), a displayed formula or a bulleted list. */
export type LabBlock = { p: string } | { tex: string } | { list: string[] };

/** A titled run of blocks. */
export interface LabSection {
  title: string;
  blocks: LabBlock[];
}

/** How a control of a figure appears: usable, visible but fixed, or not shown. */
export type ControlState = 'shown' | 'locked' | 'hidden';

/** The interactive figure of an activity. `setup` is checked by the figure kind. */
export interface LabFigure {
  kind: FigureKind;
  setup: Record<string, unknown>;
  /** Per control name (known to the figure kind); unnamed controls are shown. */
  controls: Record<string, ControlState>;
}

/** A "try this" task and the named check that decides it. */
export interface LabTask {
  id: string;
  prompt: string;
  /** `{ kind, ...params }`: the kind names a check of the registry. */
  check: { kind: string } & Record<string, unknown>;
  /** Shown after a pass. */
  success?: string;
}

/** One step of a lab: explanation, figure, task. */
export interface LabActivity {
  id: string;
  title: string;
  blocks: LabBlock[];
  figure: LabFigure;
  task?: LabTask;
  openIn?: LabOpenIn;
}

/** A whole lab file. */
export interface Lab {
  format: number;
  id: string;
  order: number;
  title: string;
  /** The lecture's part this lab teaches, e.g. "History: McCulloch and Pitts (1943)". */
  lecturePart: string;
  summary: string;
  intro: LabSection[];
  activities: LabActivity[];
  /** Corrections of the lecture, stated to the student. */
  errata?: string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CONTROL_STATES: readonly ControlState[] = ['shown', 'locked', 'hidden'];

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
 * @returns the lab, typed
 * @throws LabFileError naming the file and each field that is wrong (e.g. `activities[1].task.check.kind`)
 */
export function parseLab(data: unknown, file: string): Lab {
  const p = new Problems();
  if (!isRecord(data)) throw new LabFileError(file, ['the file must hold a JSON object']);
  if (data.format !== LAB_FORMAT_VERSION) {
    p.add('format', `must be ${LAB_FORMAT_VERSION}, got ${JSON.stringify(data.format)}`);
  }
  p.pattern(data, 'id', ID, 'a lower-case id (letters, digits, dashes)');
  p.integer(data, 'order', 1, 999);
  p.text(data, 'title');
  p.text(data, 'lecturePart');
  p.text(data, 'summary');
  p.list(data, 'intro', (s, path) => section(p, s, path), 1);
  const activityIds = new Set<string>();
  const taskIds = new Set<string>();
  p.list(data, 'activities', (a, path) => activity(p, a, path, activityIds, taskIds), 1);
  if (data.errata !== undefined) p.list(data, 'errata', (e, path) => p.textAt(e, path));
  if (!p.empty) throw new LabFileError(file, p.items);
  return data as unknown as Lab;
}

function section(p: Problems, s: unknown, path: string): void {
  if (!p.record(s, path)) return;
  p.text(s, 'title', path);
  p.list(s, 'blocks', (b, bp) => block(p, b, bp), 1, path);
}

function block(p: Problems, b: unknown, path: string): void {
  if (!p.record(b, path)) return;
  const keys = Object.keys(b);
  if (keys.length !== 1 || !['p', 'tex', 'list'].includes(keys[0])) {
    p.add(path, 'must be exactly one of { p }, { tex } or { list }');
    return;
  }
  if (keys[0] === 'list') p.list(b, 'list', (item, ip) => p.textAt(item, ip), 1, path);
  else p.text(b, keys[0], path);
}

function activity(
  p: Problems,
  a: unknown,
  path: string,
  activityIds: Set<string>,
  taskIds: Set<string>,
): void {
  if (!p.record(a, path)) return;
  if (p.pattern(a, 'id', ID, 'a lower-case id', path)) {
    if (activityIds.has(a.id as string)) p.add(`${path}.id`, `'${a.id}' is used twice`);
    activityIds.add(a.id as string);
  }
  p.text(a, 'title', path);
  p.list(a, 'blocks', (b, bp) => block(p, b, bp), 0, path);
  figure(p, a.figure, `${path}.figure`);
  if (a.task !== undefined) task(p, a.task, `${path}.task`, taskIds);
  if (a.openIn !== undefined) checkOpenIn(p, a.openIn, `${path}.openIn`);
}

function figure(p: Problems, f: unknown, path: string): void {
  if (!p.record(f, path)) return;
  if (typeof f.kind !== 'string' || !(f.kind in FIGURE_KINDS)) {
    p.add(
      `${path}.kind`,
      `must be one of ${Object.keys(FIGURE_KINDS).join(', ')}, got ${JSON.stringify(f.kind)}`,
    );
    return;
  }
  const kind = f.kind as FigureKind;
  if (p.record(f.setup, `${path}.setup`)) {
    for (const problem of figureSetupProblems(kind, f.setup)) {
      p.add(`${path}.setup${problem.path ? `.${problem.path}` : ''}`, problem.message);
    }
  }
  const controls = f.controls ?? {};
  if (!p.record(controls, `${path}.controls`)) return;
  const known: readonly string[] = FIGURE_KINDS[kind].controls;
  for (const [name, state] of Object.entries(controls)) {
    if (!known.includes(name)) {
      p.add(`${path}.controls.${name}`, `unknown control (known: ${known.join(', ')})`);
    } else if (!CONTROL_STATES.includes(state as ControlState)) {
      p.add(`${path}.controls.${name}`, `must be ${CONTROL_STATES.join(', ')}`);
    }
  }
  if (f.controls === undefined) f.controls = {};
}

function task(p: Problems, t: unknown, path: string, taskIds: Set<string>): void {
  if (!p.record(t, path)) return;
  if (p.pattern(t, 'id', ID, 'a lower-case id', path)) {
    if (taskIds.has(t.id as string)) p.add(`${path}.id`, `'${t.id}' is used twice`);
    taskIds.add(t.id as string);
  }
  p.text(t, 'prompt', path);
  if (t.success !== undefined) p.text(t, 'success', path);
  const check = t.check;
  if (!p.record(check, `${path}.check`)) return;
  if (typeof check.kind !== 'string' || !(check.kind in CHECK_KINDS)) {
    p.add(
      `${path}.check.kind`,
      `must be one of ${Object.keys(CHECK_KINDS).join(', ')}, got ${JSON.stringify(check.kind)}`,
    );
    return;
  }
  for (const problem of checkParamsProblems(check.kind, check)) {
    p.add(`${path}.check.${problem.path}`, problem.message);
  }
}
