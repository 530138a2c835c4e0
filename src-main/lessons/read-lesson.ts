/**
 * Reads a `.nnlab` file and checks every part before anything touches the store: size,
 * UTF-8, JSON, format tag and version, structure, each lab document, dataset and design,
 * and every name that could be taken for a path.
 */
import { formatIssues } from '../contract/format-issues';
import type { LabIssue } from '../contract/lab-document';
import type { ErrorDetail } from '../contract/result';
import { designCalls } from '../contract/schemas/designs';
import type { LabDocument, UnitDesign } from '../store/records';
import type { NetworkSpec } from '../../src-engine/network/spec';
import { checkDataset, type CheckedDataset } from './check-dataset';
import { formatProblems, LAB_ID, labDocumentProblems } from './json-document';
import { LessonError, lessonTooLarge } from './lesson-error';
import { LESSON_FORMAT, LESSON_VERSION, MAX_LESSON_BYTES } from './lesson-format';
import {
  asParts,
  labProblems,
  lessonProblem,
  problemLine,
  zodProblems,
  type LessonProblem,
} from './lesson-problem';
import { lessonSchema, type ParsedLessonFile } from './lesson-schema';
import { notJsonError } from './not-json-error';
import { plainNameProblem, visibleName } from './plain-name';

/** A lesson read and checked: its parts as the store takes them. */
export interface ParsedLesson {
  fileName: string;
  title: string;
  createdAt: string;
  appVersion: string;
  labs: { file: string; basedOn: string | null; document: LabDocument }[];
  datasets: CheckedDataset[];
  designs: { file: string; name: string; spec: NetworkSpec; unit?: UnitDesign }[];
}

/** A built-in dataset's source (`builtin:xor`); any other source must be a plain name. */
const BUILTIN_SOURCE = /^builtin:[a-z0-9][a-z0-9_-]{0,63}$/;

/** Problems listed in one message, at most. */
const MAX_LISTED = 8;

/**
 * Reads a lesson file.
 * @param fileName the file's name, for messages
 * @param bytes its content
 * @throws LessonError naming the file and each thing wrong in it: 'too-large',
 *   'not-a-lesson' (not UTF-8, not JSON, no lesson format tag), 'unsupported-version',
 *   'invalid-lesson' (a part breaks the rules; the message names the field)
 */
export function readLesson(
  fileName: string,
  bytes: Uint8Array,
  maxBytes = MAX_LESSON_BYTES,
): ParsedLesson {
  const named = `lesson '${fileName}'`;
  if (bytes.byteLength > maxBytes) throw lessonTooLarge(fileName, bytes.byteLength, maxBytes);
  const data = parseJson(fileName, bytes);
  const raw = data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || raw.format !== LESSON_FORMAT) {
    throw new LessonError(
      'not-a-lesson',
      `${named} is not a Neuron Lab lesson (it has no "format": "${LESSON_FORMAT}")`,
      { key: 'lesson.notALesson', params: { file: fileName, format: LESSON_FORMAT } },
    );
  }
  if (raw.version !== LESSON_VERSION) {
    const newer = typeof raw.version === 'number' && raw.version > LESSON_VERSION;
    throw new LessonError(
      'unsupported-version',
      `${named} has format version ${JSON.stringify(raw.version)}; this app reads version ${LESSON_VERSION}` +
        (newer ? ' — update Neuron Lab to open it' : ''),
      {
        key: newer ? 'lesson.newerVersion' : 'lesson.version',
        params: {
          file: fileName,
          version: String(JSON.stringify(raw.version)),
          reads: LESSON_VERSION,
        },
      },
    );
  }
  const parsed = lessonSchema().safeParse(data);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const message = formatIssues(named, issues, data);
    // the three problems the message lists, each as an id with values
    const parts = zodProblems(issues.slice(0, 3), data);
    throw new LessonError(
      'invalid-lesson',
      message,
      invalid(fileName, message, parts, Math.max(0, issues.length - parts.length)),
    );
  }
  return checkParts(fileName, parsed.data);
}

function parseJson(file: string, bytes: Uint8Array): unknown {
  const named = `lesson '${file}'`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LessonError('not-a-lesson', `${named} is not UTF-8 text`, {
      key: 'lesson.notUtf8',
      params: { file },
    });
  }
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    throw notJsonError(file, json, error);
  }
}

/**
 * A lesson refused for its first lab's problem: that problem as the one part (its id and
 * values, the check it is about, and where it is: as lesson.invalid lists its parts), the file,
 * and how many more problems the lesson has.
 */
function labProblem(
  file: string,
  lab: { at: string; issues: LabIssue[] },
  more: number,
): ErrorDetail {
  return {
    key: 'lesson.labProblem',
    params: { file, more },
    parts: asParts(labProblems(lab.issues.slice(0, 1), lab.at)),
  };
}

/**
 * A lesson refused for problems of its structure, datasets or designs: `problems` in English
 * (as the command line says them), `parts` the ones listed as ids with values, `more` how many
 * are not listed.
 */
const invalid = (
  file: string,
  problems: string,
  parts: LessonProblem[],
  more: number,
): ErrorDetail => ({
  key: 'lesson.invalid',
  params: { file, problems, more },
  parts: asParts(parts),
});

/** Names that must differ within a lesson, and the id of a name used twice. */
const TWICE = {
  'lab id': 'labIdTwice',
  'dataset name': 'datasetNameTwice',
  'design name': 'designNameTwice',
} as const;

function checkParts(fileName: string, lesson: ParsedLessonFile): ParsedLesson {
  /** each problem in English, as the command line lists them */
  const problems: string[] = [];
  /** the same problems one by one, as ids with values */
  const parts: LessonProblem[] = [];
  /** how many problems there are, each counted once (a lab's or a design's several too) */
  let counted = 0;
  const add = (...found: LessonProblem[]) => {
    problems.push(...found.map(problemLine));
    parts.push(...found);
    counted += found.length;
  };
  /** the lab whose problems come first, when they do: they are said in the reader's language */
  let firstLab: { at: string; issues: LabIssue[] } | undefined;
  const files = new Map<string, string>();
  const badName = (at: string, name: string) => {
    const problem = plainNameProblem(name);
    if (!problem) return;
    const shown = `'${clip(visibleName(name))}'`;
    add(
      lessonProblem(at, problem.id, `${shown} ${problem.reason}`, {
        ...problem.values,
        name: shown,
      }),
    );
  };
  const checkFile = (file: string, where: string) => {
    badName(`${where}.file`, file);
    const twin = files.get(file.toLowerCase());
    if (twin)
      add(
        lessonProblem(`${where}.file`, 'fileTwice', `'${clip(file)}' is also the file of ${twin}`, {
          name: `'${clip(file)}'`,
          other: twin,
        }),
      );
    files.set(file.toLowerCase(), where);
  };
  const unique = (seen: Set<string>, key: string, where: string, what: keyof typeof TWICE) => {
    if (seen.has(key))
      add(
        lessonProblem(where, TWICE[what], `${what} '${clip(key)}' is used twice in the lesson`, {
          value: clip(key),
        }),
      );
    seen.add(key);
  };

  const labIds = new Set<string>();
  const labs = lesson.labs.map((lab, i) => {
    const where = `labs[${i}]`;
    checkFile(lab.file, where);
    if (lab.basedOn !== null && !LAB_ID.test(lab.basedOn)) {
      add(lessonProblem(`${where}.basedOn`, 'basedOn', 'expected a lab id or null'));
    }
    const docProblems = labDocumentProblems(lab.document);
    if (docProblems.length > 0) {
      if (problems.length === 0) firstLab = { at: `${where}.document`, issues: docProblems };
      problems.push(formatProblems(docProblems, `${where}.document`));
      parts.push(...labProblems(docProblems, `${where}.document`));
      counted += docProblems.length;
    } else unique(labIds, (lab.document as LabDocument).id, `${where}.document.id`, 'lab id');
    return { file: lab.file, basedOn: lab.basedOn, document: lab.document as LabDocument };
  });

  const datasetNames = new Set<string>();
  const datasets: CheckedDataset[] = [];
  lesson.datasets.forEach((raw, i) => {
    const where = `datasets[${i}] ('${clip(raw.name)}')`;
    checkFile(raw.file, where);
    if (!BUILTIN_SOURCE.test(raw.source)) badName(`${where}.source`, raw.source);
    unique(datasetNames, raw.name, `${where}.name`, 'dataset name');
    const checked = checkDataset(raw, where);
    if ('problems' in checked) add(...checked.problems);
    else datasets.push(checked.dataset);
  });

  const designNames = new Set<string>();
  const designs = lesson.designs.map((raw, i) => {
    const where = `designs[${i}]`;
    checkFile(raw.file, where);
    const { file: _file, ...design } = raw;
    const parsed = designCalls['designs:save'].safeParse(design);
    if (!parsed.success) {
      const { issues } = parsed.error;
      problems.push(formatIssues(where, issues, design).replace(/^(\S+): /, '$1.'));
      parts.push(...zodProblems(issues.slice(0, 3), design, where));
      counted += issues.length;
      return undefined;
    }
    unique(designNames, parsed.data.name, `${where}.name`, 'design name');
    const { name, spec, unit } = parsed.data;
    return { file: raw.file, name, spec, ...(unit ? { unit } : {}) };
  });

  if (problems.length > 0) {
    const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
    const listed = `${problems.slice(0, MAX_LISTED).join('; ')}${more}`;
    throw new LessonError(
      'invalid-lesson',
      `lesson '${fileName}': ${listed}`,
      firstLab
        ? labProblem(fileName, firstLab, counted - 1)
        : invalid(
            fileName,
            listed,
            parts.slice(0, MAX_LISTED),
            Math.max(0, parts.length - MAX_LISTED),
          ),
    );
  }
  return {
    fileName,
    title: lesson.title,
    createdAt: lesson.createdAt,
    appVersion: lesson.appVersion,
    labs,
    datasets,
    designs: designs.filter((d) => d !== undefined),
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
