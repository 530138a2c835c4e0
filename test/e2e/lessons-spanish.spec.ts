// Lessons in teacher mode and the progress report, with the interface in Spanish (`?lang=es`):
// what a lesson file holds (its lab, dataset and design described in Spanish, with Spanish
// numbers), a lesson whose lab is broken (its problems named in Spanish), a lab's problems in
// the editor, and the report the student downloads, written in Spanish; a lesson file that is
// not JSON, and one whose figure, dataset and file names are wrong, refused in Spanish.
// Screenshots in test-results/screens/lessons-es-*.png.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ENGLISH_UI_WORDS, englishWordsIn } from './support/english-words';
import { call } from './support/lab-socket';
import { watchPageProblems } from './support/lab-page';
import { openLab, openLabsInSpanish } from './support/labs-in-spanish';

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

/** English words of these parts (besides the app's list) that must not be left. */
const ENGLISH = [
  ...ENGLISH_UI_WORDS,
  'Lesson',
  'cannot',
  'must be',
  'got',
  'unexpected',
  'more problem',
  'parameter',
  'Student',
  'Date',
  'Tasks done',
  'Answer',
  'not done',
  'progress report',
];
/** What a part holds, in English (a lab's field names, such as `activities`, are shown in
 * the editor's problems as the file has them, so these are checked in the inspection only). */
const PART_WORDS = [
  ...ENGLISH,
  'activity',
  'activities',
  'based on',
  'rows',
  'inputs',
  'classification',
  'network',
  'single unit',
  'new',
  'already here',
];

const PERCEPTRON = path.resolve(import.meta.dirname, '../../resources/labs/03-perceptron.json');

interface Saved {
  id: number;
}

/** Full-page screenshot in test-results/screens/lessons-es-`name`.png, after checking that
 * `regions` hold no English. */
async function look(page: Page, name: string, regions: string[], words = ENGLISH): Promise<void> {
  expect(await englishWordsIn(page, regions, words), name).toEqual([]);
  await page.screenshot({ path: `test-results/screens/lessons-es-${name}.png`, fullPage: true });
}

/**
 * A lesson with a teacher's lab (from the perceptron lab), a generated dataset and a design,
 * exported through the contract and written to `file`; then a copy whose lab is broken.
 * @returns the teacher's lab (kept for the editor) and the ids to delete at the end
 */
async function lessonFiles(page: Page, outputPath: (name: string) => string, stamp: number) {
  const document = {
    ...(JSON.parse(readFileSync(PERCEPTRON, 'utf8')) as Record<string, unknown>),
    id: `leccion-${stamp}`,
    title: `Perceptrón ${stamp}`,
  };
  const lab = await call<Saved>(page, 'labs:save', { basedOn: 'perceptron', document });
  const dataset = await call<Saved>(page, 'datasets:generate', {
    name: 'circle',
    params: { count: 1200 },
    datasetName: `círculo ${stamp}`,
  });
  const design = await call<Saved>(page, 'designs:save', {
    name: `red ${stamp}`,
    spec: {
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
  });
  const exported = await call<{ files: { bytes: { $u8: string } }[] }>(page, 'lessons:export', {
    title: 'Lección de prueba',
    labIds: [lab.id],
    datasetIds: [dataset.id],
    designIds: [design.id],
  });
  const bytes = Buffer.from(exported.files[0].bytes.$u8, 'base64');
  const good = outputPath('leccion.nnlab');
  writeFileSync(good, bytes);
  // the same lesson with its lab broken in two places
  const lesson = JSON.parse(bytes.toString('utf8')) as {
    labs: { document: Record<string, unknown> }[];
  };
  lesson.labs[0].document.order = 5000;
  lesson.labs[0].document.colour = 'rojo';
  const broken = outputPath('rota.nnlab');
  writeFileSync(broken, JSON.stringify(lesson));
  return { good, broken, lab, dataset, design, labId: document.id };
}

test("a lesson's parts, a broken lab's problems and the report, in Spanish", async ({
  page,
}, testInfo) => {
  await openLabsInSpanish(page);
  const stamp = Date.now();
  const files = await lessonFiles(page, (name) => testInfo.outputPath(name), stamp);
  // the dataset and design are only in the file now: the inspection finds them new
  await call(page, 'datasets:delete', { id: files.dataset.id });
  await call(page, 'designs:delete', { id: files.design.id });
  await openLabsInSpanish(page);
  await page.getByRole('switch', { name: 'Modo docente' }).check();

  // what the lesson holds, in Spanish
  await page.getByRole('button', { name: 'Importar lección…' }).click();
  const panel = page.getByTestId('labs-lesson-import');
  await panel.getByLabel('Archivo de lección (.nnlab)').setInputFiles(files.good);
  const inspection = panel.getByTestId('labs-lesson-inspection');
  const item = (name: string) => inspection.getByRole('listitem').filter({ hasText: name });
  await expect(item(`Perceptrón ${stamp}`)).toContainText(
    '(2 actividades, basada en «perceptron») — ya está aquí, sin cambios',
  );
  await expect(item(`círculo ${stamp}`)).toContainText('(1200 filas, 2 entradas, clasificación)');
  await expect(item(`red ${stamp}`)).toContainText('(red 2-4-1)');
  await look(page, 'inspection', ['[data-testid=labs-lesson-inspection]'], PART_WORDS);

  // the broken copy: refused, its lab's first problem named in Spanish, the rest counted
  await panel.getByLabel('Archivo de lección (.nnlab)').setInputFiles(files.broken);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText(
    /^Este archivo no se puede importar: La lección «rota\.nnlab» no se puede importar: labs\[0\]\.document/,
  );
  await expect(alert).toContainText(
    /(debe ser un número entero de 1 a 999; es 5000|campo inesperado 'colour') \(y 1 problema más\)$/,
  );
  await look(page, 'import-refused', ['[data-testid=labs-lesson-import] [role=alert]']);
  await panel.getByRole('button', { name: 'Cerrar' }).click();

  // the teacher's lab in the editor: a setup out of range and an empty title, in Spanish
  await openLab(page, files.labId);
  await page.getByRole('button', { name: 'Editar esta práctica' }).click();
  const editor = page.getByTestId('labs-teacher-editor');
  await editor.getByRole('textbox', { name: 'Título', exact: true }).fill(' ');
  const setup = editor.getByRole('textbox', { name: /^Configuración de la figura \(JSON\)/ });
  const config = JSON.parse(await setup.first().inputValue()) as Record<string, unknown>;
  await setup.first().fill(JSON.stringify({ ...config, learningRate: 250 }));
  const summary = editor.getByTestId('labs-teacher-problems');
  await expect(summary).toContainText('title: debe ser un texto no vacío');
  await expect(summary).toContainText(
    'activities[0].figure.setup.learningRate: debe ser un número de 0,000001 a 100; es 250',
  );
  await expect(editor.getByTestId('labs-field-problems').first()).toContainText(
    'debe ser un texto no vacío',
  );
  await look(page, 'editor-problems', [
    '[data-testid=labs-teacher-problems]',
    '[data-testid=labs-field-problems]',
  ]);
  // a setup that is not JSON: where it breaks, in Spanish (not V8's English sentence)
  await setup.first().fill('{ "points": [ }');
  await expect(summary).toContainText(
    "activities[0].figure.setup: no es JSON válido: '}' inesperado en la línea 1, columna 15",
  );
  expect(await englishWordsIn(page, ['[data-testid=labs-teacher-problems]'], ENGLISH)).toEqual([]);
  await editor.getByRole('button', { name: 'Descartar los cambios' }).click();

  // the report the student downloads, written in Spanish; one task of the teacher's lab done
  // and answered, so that it lists a verdict and an answer
  await call(page, 'progress:set', {
    labId: files.labId,
    taskId: 'separate',
    done: true,
    answer: '"dos rectas"',
  });
  await openLabsInSpanish(page);
  await openLab(page, files.labId);
  await page.getByRole('textbox', { name: 'Tu nombre (opcional)' }).fill('Ana García');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Informe para el docente' }).click();
  const html = readFileSync(await (await download).path(), 'utf8');
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
  expect(html).toContain('<h1>Informe de progreso de Neuron Lab — Ana García</h1>');
  expect(html).toMatch(/Fecha: \d{1,2} de [a-z]+ de \d{4}<br>/);
  expect(html).toMatch(/Tareas hechas: \d+ de \d+( \(\d+(,\d)?\u00a0%\))?<\/p>/);
  expect(html).toContain('<th scope="col">Práctica</th><th scope="col">Tareas hechas</th>');
  // the teacher's lab: its title as the lab has it, its task's verdict and answer in Spanish
  expect(html).toContain(`<th scope="row">Perceptrón ${stamp}</th><td>1 / 2</td>`);
  expect(html).toMatch(
    /<span class="mark">hecha<\/span> [^<]+<br><span class="answer">Respuesta: <code>dos rectas<\/code>/,
  );
  // the report as the teacher opens it
  const report = await page.context().newPage();
  await report.setContent(html);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(
    'Informe de progreso de Neuron Lab — Ana García',
  );
  // the labs' titles and prompts are the lessons' own text: only the report's words are checked
  expect(await englishWordsIn(report, ['h1', 'p', 'thead', '.mark'], ENGLISH)).toEqual([]);
  await report.screenshot({ path: 'test-results/screens/lessons-es-report.png', fullPage: true });
  await report.close();
  await call(page, 'labs:delete', { id: files.lab.id });
  await call(page, 'progress:reset', { labId: files.labId });
});

/** English words of the refusals below (the figure's, the JSON scan's, a lesson part's). */
const REFUSAL_WORDS = [
  ...ENGLISH,
  'finite numbers',
  'is not JSON',
  'line',
  'column',
  'the text ends',
  'is a path',
  'plain file name',
  'is used twice',
  'its content',
];

test('a lesson file that is not JSON, and one with a wrong figure or part, refused in Spanish', async ({
  page,
}, testInfo) => {
  await openLabsInSpanish(page);
  const stamp = Date.now();
  const document = {
    ...(JSON.parse(readFileSync(PERCEPTRON, 'utf8')) as Record<string, unknown>),
    id: `rota-${stamp}`,
  };
  const lab = await call<Saved>(page, 'labs:save', { basedOn: 'perceptron', document });
  const exported = await call<{ files: { bytes: { $u8: string } }[] }>(page, 'lessons:export', {
    title: 'Lección rota',
    labIds: [lab.id],
    datasetIds: [],
    designIds: [],
  });
  await call(page, 'labs:delete', { id: lab.id });
  const text = Buffer.from(exported.files[0].bytes.$u8, 'base64').toString('utf8');
  const write = (name: string, content: string) => {
    const file = testInfo.outputPath(name);
    writeFileSync(file, content);
    return file;
  };
  // not JSON: a comma too many on line 3, and a file cut short
  const notJson = write('no-json.nnlab', '{\n  "format": "neuron-lab-lesson",\n  "labs": [,]\n}');
  const cut = write('cortada.nnlab', text.slice(0, 40));
  // the perceptron's weights are two numbers, not three
  const lesson = JSON.parse(text) as {
    labs: { file: string; document: { activities: { figure: { setup: object } }[] } }[];
  };
  Object.assign(lesson.labs[0].document.activities[0].figure.setup, { weights: [1, 2] });
  const figure = write('figura.nnlab', JSON.stringify(lesson));
  // a lab file name that is a path
  lesson.labs[0].file = 'practicas/perceptron.json';
  const named = write('nombre.nnlab', JSON.stringify(lesson));

  await page.getByRole('switch', { name: 'Modo docente' }).check();
  await page.getByRole('button', { name: 'Importar lección…' }).click();
  const panel = page.getByTestId('labs-lesson-import');
  const input = panel.getByLabel('Archivo de lección (.nnlab)');
  const alert = panel.getByRole('alert');
  const region = ['[data-testid=labs-lesson-import] [role=alert]'];

  await input.setInputFiles(notJson);
  await expect(alert).toHaveText(
    "Este archivo no se puede importar: La lección «no-json.nnlab» no es JSON: ',' inesperado en la línea 3, columna 12",
  );
  await look(page, 'not-json', region, REFUSAL_WORDS);

  await input.setInputFiles(cut);
  await expect(alert).toContainText(
    'La lección «cortada.nnlab» no es JSON: el texto termina en la línea',
  );
  await expect(alert).toContainText('antes de completar el JSON');
  expect(await englishWordsIn(page, region, REFUSAL_WORDS)).toEqual([]);

  await input.setInputFiles(figure);
  await expect(alert).toHaveText(
    'Este archivo no se puede importar: La lección «figura.nnlab» no se puede importar: labs[0].document.activities[0].figure.setup.weights: debe ser [w0, w1, w2], números finitos',
  );
  await look(page, 'figure-refused', region, REFUSAL_WORDS);

  await input.setInputFiles(named);
  await expect(alert).toContainText(
    "La lección «nombre.nnlab» no se puede importar: labs[0].file: 'practicas/perceptron.json' es una ruta, no un simple nombre de archivo",
  );
  await look(page, 'part-refused', region, REFUSAL_WORDS);
});
