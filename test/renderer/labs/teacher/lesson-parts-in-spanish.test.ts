// A lesson refused for its own parts (file names, names used twice, a dataset's arrays, its
// structure, a design) lists each problem as an id with values beside main's English: the
// English interface says the listed problems as main does, the Spanish one in Spanish. A lesson
// file that is not JSON is named by line and column, in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFiles } from '../../../../src-main/contract/types';
import type { ErrorDetail } from '../../../../src-main/contract/result';
import { LessonError, readLesson } from '../../../../src-main/lessons';
import { xorDataset } from '../../../main/store/helpers';
import { shippedLab, teacherFixture } from '../../../main/lessons/lesson-fixture';
import { lessonErrorText } from '../../../../src-renderer/labs/teacher/lesson-error-text';
import { languageSwitch } from '../../in-spanish';

type Lesson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let valid: Lesson;

beforeAll(async () => {
  const teacher = teacherFixture();
  const lab = teacher.store.userLabs.create({ ...shippedLab(), id: 'mine' }, 'perceptron');
  const xor = teacher.store.datasets.add(xorDataset()).dataset;
  const net = teacher.store.designs.create('net', {
    inputs: 2,
    layers: [{ units: 1, activation: 'sigmoid' }],
  });
  const { files } = await teacher.value<ExportedFiles>('lessons:export', {
    title: 'valid',
    labIds: [lab.id],
    datasetIds: [xor.id],
    designIds: [net.id],
  });
  valid = JSON.parse(new TextDecoder().decode(files[0].bytes)) as Lesson;
});

const FILE = 'clase.nnlab';

/** How messages name the lesson's first dataset. */
const dataset = () => `datasets[0] ('${valid.datasets[0].name as string}')`;

/** The refusal of `bytes` as a lesson file. */
function refusal(bytes: Uint8Array): LessonError {
  try {
    readLesson(FILE, bytes);
  } catch (error) {
    if (error instanceof LessonError) return error;
    throw error;
  }
  throw new Error('the lesson was read');
}

/** The refusal of the valid lesson after `edit`. */
function refused(edit: (lesson: Lesson) => void): LessonError {
  const copy = structuredClone(valid);
  edit(copy);
  return refusal(new TextEncoder().encode(JSON.stringify(copy)));
}

/** The listed problems' ids, places and values. */
const partsOf = (detail: ErrorDetail | undefined) =>
  (detail?.parts ?? []).map(({ key, params }) => ({ key, ...params }));

/** Words of the English messages a Spanish one must not contain. */
const ENGLISH = /\b(is|not|the|expected|holds|values|used twice|must|unexpected|ends at)\b/;

describe("a lesson refused for its own parts, in the reader's language", () => {
  const use = languageSwitch();

  /** Main's English and both languages' text for the refusal. */
  function said(error: LessonError): { en: string; es: string } {
    use('en');
    const en = lessonErrorText(error);
    use('es');
    return { en, es: lessonErrorText(error) };
  }

  it('names a file name that is a path, a file used twice and a name used twice', () => {
    const error = refused((l) => {
      l.labs[0].file = '../fuera.json';
      l.datasets[0].file = l.designs[0].file;
      l.designs.push({ ...l.designs[0], file: 'otro.design' });
    });
    expect(error.detail?.key).toBe('lesson.invalid');
    expect(partsOf(error.detail)).toEqual([
      { key: 'nameClimbs', at: 'labs[0].file', name: "'../fuera.json'" },
      {
        key: 'fileTwice',
        at: 'designs[0].file',
        name: `'${valid.designs[0].file}'`,
        other: dataset(),
      },
      { key: 'designNameTwice', at: 'designs[1].name', value: 'net' },
    ]);
    const { en, es } = said(error);
    // English: the problems main lists, as it words them
    expect(en).toBe(
      error.message.replace(`lesson '${FILE}': `, `Lesson '${FILE}' cannot be imported: `),
    );
    expect(es).toBe(
      `La lección «${FILE}» no se puede importar: labs[0].file: '../fuera.json' sale de la carpeta de la práctica (una ruta con ".."); ` +
        `designs[0].file: '${valid.designs[0].file}' es también el archivo de ${dataset()}; ` +
        "designs[1].name: el nombre de diseño 'net' se usa dos veces en la lección",
    );
  });

  it("names a dataset's broken arrays, its hash and a lab's basedOn", () => {
    const error = refused((l) => {
      l.labs[0].basedOn = 'Not An Id';
      l.datasets[0].x = '%%%';
      l.datasets[0].rowCount = 5;
    });
    expect(partsOf(error.detail)).toEqual([
      { key: 'basedOn', at: 'labs[0].basedOn' },
      { key: 'notBase64', at: `${dataset()}.x` },
      {
        key: 'valueCount',
        at: `${dataset()}.y`,
        count: 4,
        rows: 5,
        field: 'outputs',
        width: 1,
        product: 5,
      },
      { key: 'labelCount', at: `${dataset()}.labels`, count: 4, rows: 5 },
    ]);
    const { en, es } = said(error);
    expect(en).toBe(
      error.message.replace(`lesson '${FILE}': `, `Lesson '${FILE}' cannot be imported: `),
    );
    expect(es).not.toMatch(ENGLISH);
    expect(es).toContain(`${dataset()}.y: contiene 4 valores; rowCount 5 × outputs 1 = 5`);

    const damaged = said(refused((l) => (l.datasets[0].hash = '0'.repeat(64)))).es;
    expect(damaged).toBe(
      `La lección «${FILE}» no se puede importar: ${dataset()}: su contenido no coincide con su hash (el archivo se cambió o está dañado)`,
    );
  });

  it("names a wrong structure or design by the lab problems' ids", () => {
    const structure = refused((l) => (l.labs = 'none'));
    expect(partsOf(structure.detail)).toEqual([
      { key: 'type', at: 'labs', expected: 'list', got: 'text' },
    ]);
    expect(said(structure).es).toBe(
      `La lección «${FILE}» no se puede importar: labs: debe ser una lista, pero es un texto`,
    );
    const design = refused((l) => (l.designs[0].name = 7));
    expect(partsOf(design.detail)[0]).toMatchObject({ key: 'type', at: 'designs[0].name' });
    expect(said(design).es).not.toMatch(ENGLISH);
  });

  it('names the line and column where a lesson file stops being JSON', () => {
    const text = '{\n  "format": "neuron-lab-lesson",\n  "labs": [1, 2,, 3]\n}';
    const error = refusal(new TextEncoder().encode(text));
    expect(error.detail).toEqual({
      key: 'lesson.jsonUnexpected',
      params: { file: FILE, line: 3, column: '17', found: "','" },
    });
    const { en, es } = said(error);
    expect(en).toBe(`Lesson '${FILE}' is not JSON: unexpected ',' at line 3, column 17`);
    expect(es).toBe(`La lección «${FILE}» no es JSON: ',' inesperado en la línea 3, columna 17`);
    const cut = said(refusal(new TextEncoder().encode('{"format": "neuron-lab-lesson"'))).es;
    expect(cut).toBe(
      `La lección «${FILE}» no es JSON: el texto termina en la línea 1, columna 31, antes de completar el JSON (falta cerrar un corchete, una llave o unas comillas)`,
    );
  });
});
