// Teacher mode's lessons in Spanish: every lab-problem id has a message in both languages with
// its values filled in, real problems of a lab and of a lesson file read in Spanish, a lesson's
// parts are described in Spanish with Spanish numbers, and anything without a message of its
// own falls back to main's English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLab, LAB_ISSUE_IDS, type LabIssue } from '../../../../src-main/contract/lab-document';
import type { ErrorDetail } from '../../../../src-main/contract/result';
import type { LessonPart } from '../../../../src-main/contract/types';
import { i18n } from '../../../../src-renderer/i18n';
import { FIGURE_KINDS } from '../../../../src-main/contract/lab-document/figure-kinds';
import { LabFileError, parseLab } from '../../../../src-renderer/labs/lab-schema';
import {
  formFromLab,
  labFromForm,
  parseSetup,
} from '../../../../src-renderer/labs/teacher/lab-form';
import {
  labFileErrorText,
  problemText,
} from '../../../../src-renderer/labs/teacher/lab-problem-text';
import { lessonErrorText } from '../../../../src-renderer/labs/teacher/lesson-error-text';
import { partAbout } from '../../../../src-renderer/labs/teacher/lesson-part-about';
import { inSpanish } from '../../in-spanish';

const file = join(__dirname, '../../../../resources/labs/03-perceptron.json');
const perceptron = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const BOUNDARIES = join(__dirname, '../../../../resources/labs/12-decision-boundaries.json');

/** Values for every placeholder a problem message may name. */
const SAMPLE = {
  expected: 'number',
  got: 'text',
  min: 1,
  max: 999,
  limit: 2,
  inclusive: 1,
  received: '"x"',
  values: 'a, b',
  keys: "'colour'",
  count: 1,
  value: 'predict',
  version: 1,
  known: 'a, b',
  size: 2_000_000,
  a: 0,
  b: 1,
  n: 2,
  inputs: 2,
  outputs: 1,
  field: 'c1Max',
  layers: '2-2-2-1',
};

/** A McCulloch–Pitts network whose node reads a name that is not there. */
const WIRED_WRONG = {
  inputs: ['a'],
  nodes: [
    {
      id: 'n',
      unit: { inputs: [{ kind: 'excitatory' }], threshold: 1, mode: 'weighted' },
      sources: ['b'],
    },
  ],
  outputs: ['n'],
};

/** The message ids of the problems ('custom' has none: it is main's English; 'engine' is said
 * by the engine's own messages). */
const PROBLEM_KEYS = LAB_ISSUE_IDS.filter((id) => id !== 'custom' && id !== 'engine').flatMap(
  (id) => (id === 'tooSmall' || id === 'tooBig' ? [id, `${id}Strict`] : [id]),
);

function firstIssue(change: (lab: Record<string, unknown>) => void): LabIssue {
  const lab = perceptron();
  change(lab);
  const checked = checkLab(lab);
  if (checked.ok) throw new Error('the changed lab passed');
  return checked.issues[0];
}

describe('lab problem messages', () => {
  it('every id has an English and a Spanish message, each filled in', () => {
    for (const key of PROBLEM_KEYS) {
      const id = `lessons.problem.${key}`;
      const [en, es] = (['en', 'es'] as const).map((locale) => {
        expect(i18n.global.te(id, locale), `${locale}: ${id}`).toBe(true);
        return i18n.global.t(id, SAMPLE, { locale });
      });
      // a placeholder left unfilled; some messages show literal braces ({ name, params })
      expect(en, id).not.toMatch(/\{\w+\}/);
      expect(es, id).not.toMatch(/\{\w+\}/);
      expect(es, `${id} is not translated`).not.toBe(en);
    }
  });
});

/** The parts main gives with a 'lesson.*' id: a lab's problem is its one part. */
const LESSON_PARTS: Record<string, ErrorDetail['parts']> = {
  'lesson.labProblem': [
    { key: 'text', params: { at: 'labs[0].document.title' }, message: 'must be a non-empty text' },
  ],
};

/** Every 'lesson.*' id main gives a lesson file's refusal (src-main/lessons), and its values. */
const LESSON_ERRORS: Record<string, Record<string, string | number>> = {
  'lesson.tooLarge': { file: 'a.nnlab', size: 60 * 2 ** 20, max: 50 * 2 ** 20 },
  'lesson.exportTooLarge': { size: 60 * 2 ** 20, max: 50 * 2 ** 20 },
  'lesson.notUtf8': { file: 'a.nnlab' },
  'lesson.notJson': { file: 'a.nnlab', reason: 'Unexpected end of JSON input' },
  'lesson.jsonUnexpected': { file: 'a.nnlab', line: 3, column: '12', found: "'x'" },
  'lesson.jsonEnds': { file: 'a.nnlab', line: 1, column: '1200' },
  'lesson.notALesson': { file: 'a.nnlab', format: 'neuron-lab-lesson' },
  'lesson.version': { file: 'a.nnlab', version: '"1"', reads: 1 },
  'lesson.newerVersion': { file: 'a.nnlab', version: '2', reads: 1 },
  'lesson.labProblem': { file: 'a.nnlab', more: 0 },
  'lesson.invalid': { file: 'a.nnlab', problems: 'labs: must be a list' },
  'lesson.notImported': { file: 'a.nnlab', why: 'the disk is full' },
};

describe('lesson file refusals', () => {
  it('every id main gives has a message in both languages, each filled in', () => {
    const said = (locale: 'en' | 'es') => {
      i18n.global.locale.value = locale;
      return Object.entries(LESSON_ERRORS).map(([key, params]) =>
        lessonErrorText({
          message: `main: ${key}`,
          detail: { key, params, ...(LESSON_PARTS[key] && { parts: LESSON_PARTS[key] }) },
        }),
      );
    };
    const [en, es] = [said('en'), said('es')];
    i18n.global.locale.value = 'en';
    for (const [i, key] of Object.keys(LESSON_ERRORS).entries()) {
      expect(en[i], key).not.toMatch(/^main: |[{}]/);
      expect(es[i], key).not.toMatch(/^main: |[{}]/);
      expect(es[i], `${key} is not translated`).not.toBe(en[i]);
    }
  });
});

describe('in Spanish', () => {
  inSpanish();

  it("says a real lab's problems from their ids, with the values found", () => {
    expect(problemText(firstIssue((l) => (l.order = 5000)))).toBe(
      'debe ser un número entero de 1 a 999; es 5000',
    );
    expect(problemText(firstIssue((l) => (l.order = 'first')))).toBe(
      'debe ser un número, pero es un texto',
    );
    expect(problemText(firstIssue((l) => delete l.title))).toBe('falta: debe ser un texto');
    expect(problemText(firstIssue((l) => (l.colour = 'red')))).toBe("campo inesperado 'colour'");
  });

  it("names a check's parameter in Spanish around the problem", () => {
    const issue = firstIssue((l) => {
      const activities = l.activities as { task?: { check: Record<string, unknown> } }[];
      activities[1].task!.check.minPerClass = 0;
    });
    expect(problemText(issue)).toBe(
      "parámetro «minPerClass» de la comprobación 'perceptron-separates', tarea 'separate' de la práctica 'perceptron': debe ser un número entero de 1 a 50; es 0",
    );
  });

  it("says the engine's refusal of a figure's setup from the engine's messages", () => {
    // a McCulloch–Pitts network whose node reads a name that is not there
    const wiring = firstIssue((l) => {
      const activities = l.activities as { figure: unknown }[];
      activities[0].figure = { kind: 'mp-builder', setup: WIRED_WRONG };
    });
    expect(wiring.message).toBe(
      "McCulloch–Pitts network: node 'n' reads 'b', which is neither an input nor an earlier node",
    );
    expect(wiring.detail).toMatchObject({
      key: 'engine',
      params: { code: 'mp.unknownSource', node: 'n', source: 'b' },
    });
    expect(problemText(wiring)).toBe(
      "red de McCulloch–Pitts: el nodo 'n' lee 'b', que no es una entrada ni un nodo anterior",
    );
    // a generated dataset's parameter out of its range: the bound in Spanish (0,5)
    const lab = JSON.parse(readFileSync(BOUNDARIES, 'utf8')) as {
      activities: { figure: { setup: { dataset: { params: Record<string, number> } } } }[];
    };
    lab.activities[3].figure.setup.dataset.params.noise = 0.75;
    const checked = checkLab(lab);
    if (checked.ok) throw new Error('the changed lab passed');
    const noise = checked.issues[0];
    expect(noise.detail).toMatchObject({
      key: 'engine',
      params: { code: 'generator.number', generator: 'circle', param: 'noise', max: 0.5 },
    });
    expect(problemText(noise)).toBe(
      "generador 'circle': noise debe ser un número de 0 a 0,5; hay 0,75",
    );
  });

  it("shows main's English for a problem with an id this version has no message for", () => {
    expect(problemText({ message: 'as main says it', detail: { key: 'newId', params: {} } })).toBe(
      'as main says it',
    );
  });

  it("the editor's problems are in Spanish, at their fields", () => {
    const base = parseLab(perceptron(), 'perceptron.json');
    const form = formFromLab(base, (k) => FIGURE_KINDS[k].controls);
    form.title = ' ';
    const setup = JSON.parse(form.activities[0].setupText) as Record<string, unknown>;
    form.activities[0].setupText = JSON.stringify({ ...setup, learningRate: 250 });
    expect(labFromForm(base, form).problems).toEqual([
      { path: 'title', message: 'debe ser un texto no vacío' },
      {
        path: 'activities[0].figure.setup.learningRate',
        message: 'debe ser un número de 0,000001 a 100; es 250',
      },
    ]);
  });

  it('the editor names where a setup stops being JSON, in Spanish', () => {
    expect(parseSetup('{ "a": [ }')).toEqual({
      error: "no es JSON válido: '}' inesperado en la línea 1, columna 10",
    });
    expect(parseSetup('{\n\t"a": [1,')).toEqual({
      error:
        'no es JSON válido: el texto termina en la línea 2, columna 10, antes de completar el JSON (falta cerrar un corchete, una llave o unas comillas)',
    });
  });

  it("the Labs view's line for a teacher's lab that does not open is in Spanish", () => {
    const lab = perceptron();
    lab.order = 0;
    delete lab.summary;
    let error: unknown;
    try {
      parseLab(lab, 'tu práctica «P»');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LabFileError);
    expect(labFileErrorText(error as LabFileError)).toBe(
      'tu práctica «P»: order: debe ser un número entero de 1 a 999; es 0; summary: falta: debe ser un texto',
    );
  });

  it("describes a lesson's parts in Spanish, numbers as Spanish writes them", () => {
    const part = (about: LessonPart['about']) => partAbout({ about, detail: 'English' });
    expect(part({ key: 'lab', params: { activities: 1 } })).toBe('1 actividad');
    expect(part({ key: 'labBasedOn', params: { activities: 3, basedOn: 'perceptron' } })).toBe(
      '3 actividades, basada en «perceptron»',
    );
    expect(
      part({ key: 'dataset', params: { rows: 15000, inputs: 2, task: 'classification' } }),
    ).toBe('15.000 filas, 2 entradas, clasificación');
    expect(part({ key: 'unit', params: { model: 'perceptron' } })).toBe('unidad única: perceptrón');
    expect(part({ key: 'network', params: { architecture: '2-4-1' } })).toBe('red 2-4-1');
    // a description main gives without an id this version knows: its English, as it is
    expect(partAbout({ detail: '4 rows' } as LessonPart)).toBe('4 rows');
  });

  it("says a lesson file's refusals in Spanish, its first lab problem by its id", () => {
    expect(
      lessonErrorText({
        message: 'English',
        detail: {
          key: 'lesson.labProblem',
          params: { file: 'clase.nnlab', more: 2 },
          parts: [
            {
              key: 'wholeNumber',
              params: { at: 'labs[0].document.order', min: 1, max: 999, received: '5000' },
              message: 'must be a whole number from 1 to 999, got 5000',
            },
          ],
        },
      }),
    ).toBe(
      'La lección «clase.nnlab» no se puede importar: labs[0].document.order: debe ser un número entero de 1 a 999; es 5000 (y 2 problemas más)',
    );
    expect(
      lessonErrorText({
        message: 'English',
        detail: {
          key: 'lesson.tooLarge',
          params: { file: 'big.nnlab', size: 63_438_388, max: 52_428_800 },
        },
      }),
    ).toBe(
      'La lección «big.nnlab» ocupa 60,5 MiB; un archivo de lección puede ocupar como máximo 50 MiB',
    );
    // an id this version does not know, or no id at all: main's English
    expect(
      lessonErrorText({ message: 'as main says it', detail: { key: 'lesson.new', params: {} } }),
    ).toBe('as main says it');
    expect(lessonErrorText({ message: 'no id' })).toBe('no id');
  });
});

describe('a lesson the store refused to import', () => {
  inSpanish();

  it('says the store’s own problem in Spanish when main gives its id as a part', () => {
    const inner = {
      key: 'store.builtInId',
      params: { file: 'a.nnlab', id: 'perceptron' },
      message: "a.nnlab: id: 'perceptron' is the id of a built-in lab",
    };
    const said = lessonErrorText({
      message: `lesson 'a.nnlab' was not imported (nothing was changed): ${inner.message}`,
      detail: {
        key: 'lesson.notImported',
        params: { file: 'a.nnlab', why: inner.message },
        parts: [inner],
      },
    });
    expect(said).toContain('La lección «a.nnlab» no se importó');
    expect(said).toContain('perceptron');
    expect(said).not.toContain('is the id of a built-in lab');
  });
});
