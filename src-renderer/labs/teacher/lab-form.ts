/**
 * A lab as the teacher's editor shows it (texts, setup as JSON text, control states, task
 * prompts) and back: the form is applied to a copy of the lab and the result checked by the
 * lab schema, so the editor can never save what the Labs view would refuse to open.
 */
import { cloneJson } from '../../../src-engine/core/clone-json';
import { i18n } from '../../i18n';
import type { FigureKind } from '../../../src-main/contract/lab-document/figure-kinds';
import { LabFileError, parseLab, type ControlState, type Lab } from '../lab-schema';
import { isRecord } from '../problems';
import { blocksToText, textToBlocks } from './blocks-text';
import { problemText } from './lab-problem-text';
import { formatPath } from '../../../src-main/contract/lab-document/issues';
import { jsonErrorPlace } from '../../../src-main/contract/json-error-place';

/** One activity in the editor. */
export interface ActivityForm {
  id: string;
  title: string;
  /** its blocks as text (see blocks-text.ts) */
  text: string;
  kind: FigureKind;
  /** the figure's setup as JSON text */
  setupText: string;
  /** control name → state, for every control the figure kind knows */
  controls: Record<string, ControlState>;
  /** the task's prompt, or null when the activity has no task */
  prompt: string | null;
}

/** The editable parts of a lab. */
export interface LabForm {
  title: string;
  lecturePart: string;
  summary: string;
  intro: { title: string; text: string }[];
  activities: ActivityForm[];
}

/** Something wrong at a field of the lab (`activities[0].figure.setup.learningRate`). */
export interface FormProblem {
  path: string;
  message: string;
}

/** The form of a lab; `knownControls` gives each figure kind's controls. */
export function formFromLab(
  lab: Lab,
  knownControls: (kind: FigureKind) => readonly string[],
): LabForm {
  return {
    title: lab.title,
    lecturePart: lab.lecturePart,
    summary: lab.summary,
    intro: lab.intro.map((s) => ({ title: s.title, text: blocksToText(s.blocks) })),
    activities: lab.activities.map((a) => ({
      id: a.id,
      title: a.title,
      text: blocksToText(a.blocks),
      kind: a.figure.kind,
      setupText: JSON.stringify(a.figure.setup, null, 2),
      controls: Object.fromEntries(
        knownControls(a.figure.kind).map((c) => [c, a.figure.controls?.[c] ?? 'shown']),
      ),
      prompt: a.task ? a.task.prompt : null,
    })),
  };
}

/**
 * The lab the form describes, built on a copy of `base`, and every problem with its path.
 * @returns `lab` only when there is no problem; `document` always (for showing what is wrong)
 */
export function labFromForm(
  base: Lab,
  form: LabForm,
): { lab: Lab | null; document: Record<string, unknown>; problems: FormProblem[] } {
  const doc = cloneJson(base);
  const problems: FormProblem[] = [];
  doc.title = form.title.trim();
  doc.lecturePart = form.lecturePart.trim();
  doc.summary = form.summary.trim();
  form.intro.forEach((s, i) => {
    if (!doc.intro[i]) return;
    doc.intro[i].title = s.title.trim();
    doc.intro[i].blocks = textToBlocks(s.text);
  });
  form.activities.forEach((f, i) => {
    const a = doc.activities[i];
    if (!a) return;
    a.title = f.title.trim();
    a.blocks = textToBlocks(f.text);
    const setup = parseSetup(f.setupText);
    if ('error' in setup)
      problems.push({ path: `activities[${i}].figure.setup`, message: setup.error });
    else a.figure.setup = setup.value;
    // 'shown' is the default: only locked and hidden controls are written
    a.figure.controls = Object.fromEntries(
      Object.entries(f.controls).filter(([, state]) => state !== 'shown'),
    );
    if (a.task && f.prompt !== null) a.task.prompt = f.prompt.trim();
  });
  const document: Record<string, unknown> = doc;
  if (problems.length > 0) return { lab: null, document, problems };
  try {
    return { lab: parseLab(cloneJson(document), 'this lab'), document, problems };
  } catch (error) {
    if (!(error instanceof LabFileError)) throw error;
    return {
      lab: null,
      document,
      problems: error.issues.map((i) => ({ path: formatPath(i.path), message: problemText(i) })),
    };
  }
}

const { t } = i18n.global;

/** A character as a message shows it: a control character escaped (a tab as \t). */
const shownChar = (c: string): string => JSON.stringify(c).slice(1, -1);

/** Setup JSON text as an object, or why it is not one (where the text breaks, by line and
 * column, from the repository's own scan rather than V8's English sentence). */
export function parseSetup(text: string): { value: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text);
    if (!place)
      return { error: t('labs-teacher.editor.notJson', { error: (error as Error).message }) };
    const at = { line: String(place.line), column: String(place.column) };
    return place.found === undefined
      ? { error: t('labs-teacher.editor.jsonEnds', at) }
      : {
          error: t('labs-teacher.editor.jsonUnexpected', { ...at, found: shownChar(place.found) }),
        };
  }
  return isRecord(value) ? { value } : { error: t('labs-teacher.editor.notObject') };
}

/** The problems at a field or inside it (`activities[0]` holds `activities[0].title`). */
export function problemsAt(problems: readonly FormProblem[], path: string): FormProblem[] {
  return problems.filter(
    (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
  );
}
