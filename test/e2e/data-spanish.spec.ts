// The Data and Experiments views in Spanish (`?lang=es`): their words come from the Spanish
// messages, numbers follow the Spanish locale, and screenshots show that the longer words fit.
// An own file's import report and the errors of a broken JSON or ARFF file are Spanish too.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { englishWordsIn } from './support/english-words';
import { threeFinishedRuns } from './support/experiments-page';
import { labUrl, watchPageProblems } from './support/lab-page';

watchPageProblems();
test.use({ viewport: { width: 1280, height: 720 } });

function spanishUrl(): string {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  return url.toString();
}

/** Clicks a view in the navigation, whichever language the navigation itself speaks. */
async function showView(page: Page, name: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: /Views|Vistas/ })
    .getByRole('button', { name })
    .click();
}

test('Data with Iris loaded reads in Spanish', async ({ page }) => {
  await page.goto(spanishUrl());
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await showView(page, /^(Data|Datos)$/);
  await expect(page.getByRole('heading', { name: 'Datos', level: 2 })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Conjuntos de datos incorporados' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Abrir el archivo de ejemplo Iris' }).click();
  // the sample goes to main in chunks and comes back as a preview: beside the other worker's
  // training on the same host this once took longer than the default 5 s
  await expect(page.getByRole('heading', { name: 'Vista previa y columnas' })).toBeFocused({
    timeout: 15_000,
  });
  await expect(page.getByTestId('preview-size')).toHaveText('150 filas, 5 columnas');
  await expect(page.getByTestId('preview-roles')).toHaveText('4 entradas, 1 objetivo, 0 ignoradas');
  await expect(page.getByTestId('preview-task')).toHaveText('clasificación');
  await expect(page.getByRole('combobox', { name: 'Papel de species' })).toHaveValue('target');
  await expect(page.getByTestId('report-summary')).toHaveText('Se importarán 150 filas de 150.');
  await page.screenshot({ path: 'test-results/screens/data-es-preview.png', fullPage: true });

  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  // the import also goes through main: on a loaded CI machine it once took more than 5 s
  await expect(page.getByTestId('data-notice')).toContainText('se ha importado (150 filas)', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('chosen-classes')).toHaveText('3');
  const counts = page.getByTestId('class-counts');
  await expect(counts.getByRole('columnheader', { name: 'Clase' })).toBeVisible();
  await expect(page.getByTestId('histograms')).toContainText('Valores de cada entrada por clase');
  // the stored list's date follows the Spanish locale: months in Spanish, not English
  const stored = page.getByTestId('stored-dataset').first();
  await expect(stored.getByRole('button', { name: /^Usar / })).toBeVisible();
  await expect(stored).not.toContainText(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);
  await page.screenshot({ path: 'test-results/screens/data-es-chosen.png', fullPage: true });
});

test('Experiments with runs and a comparison reads in Spanish', async ({ page }) => {
  await page.goto(spanishUrl());
  const token = `es${Date.now().toString(36)}`;
  const runs = await threeFinishedRuns(page, token);
  await showView(page, /^(Experiments|Experimentos)$/);
  await expect(page.getByRole('heading', { name: 'Experimentos', level: 2 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Buscar' }).fill(token);
  await expect(page.getByTestId('runs-count')).toContainText('3 de');

  const first = page.getByTestId(`run-${runs[0].id}`);
  await expect(first).toContainText('terminada');
  await expect(first.getByTestId('run-settings')).toContainText(/tasa de aprendizaje 0[.,]01/);
  await first.getByRole('button', { name: `Mostrar los detalles de ‘${runs[0].name}’` }).click();
  await expect(first.getByTestId('run-details-settings')).toContainText('Tasa de aprendizaje');
  await expect(
    first.getByRole('button', {
      name: `Repetir ‘${runs[0].name}’ con la misma configuración y semilla`,
    }),
  ).toBeVisible();

  for (const run of runs) {
    await page.getByRole('checkbox', { name: `Comparar ‘${run.name}’` }).check();
  }
  await page.getByRole('button', { name: 'Comparar 3 seleccionadas' }).click();
  await expect(page.getByRole('heading', { name: 'Comparando 3 ejecuciones' })).toBeFocused();
  await expect(page.getByTestId('compare-summary')).toHaveText(
    /1 ajuste difiere entre las ejecuciones\./,
  );
  await expect(page.getByTestId('compare-table')).toContainText('Exactitud de entrenamiento');
  await page.screenshot({ path: 'test-results/screens/experiments-es.png', fullPage: true });
});

/** Words of the import report in English (column names and cells here are Spanish). */
const REPORT_WORDS = [
  'read',
  'rows',
  'columns',
  'delimiter',
  'header',
  'between thousands',
  'numeric',
  'categorical',
  'input',
  'target',
  'missing',
  'dropped',
  'kept',
  'values',
  'not a number',
  'treated',
  'policy',
  'task',
  'classification',
  'regression',
  'classes',
  'filled',
  'median',
  'note',
  'row',
  'empty',
  'as chosen',
];

/** 30 rows, decimal commas and thousands points; one cell not a number, one missing. */
function measurements(): string {
  const rows = Array.from({ length: 30 }, (_, i) => {
    const largo = i === 7 ? 'xx' : `${4 + i / 10}`.replace('.', ',');
    const ancho = `${(2 + (i % 5) / 4).toFixed(2)}`.replace('.', ',');
    const peso = i === 12 ? 'NA' : `12.${String(i * 11).padStart(3, '0')},5`;
    return `${largo};${ancho};${peso};${i % 3 === 0 ? 'roja' : 'azul'}`;
  });
  return `largo;ancho;peso;clase\n${rows.join('\n')}\n`;
}

async function pickFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(text),
  });
}

test('an own file’s import report reads in Spanish, its numbers written the Spanish way', async ({
  page,
}) => {
  await page.goto(spanishUrl());
  await showView(page, /^(Data|Datos)$/);
  await pickFile(page, 'medidas.csv', measurements());
  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('report-line').first()).toHaveText(
    "medidas.csv: leídas 30 filas y 4 columnas (CSV, UTF-8, separador ';', coma decimal (3,14), '.' entre los millares (1.234), fila de cabecera)",
  );
  await expect(report).toContainText(
    "largo: entrada numérica — 29 de 30 valores son números (al menos el 95 %); celdas que no son números: 1, tratadas como valores que faltan: fila 9 'xx'",
  );
  await expect(report).toContainText('se conservan 28 filas');
  await expect(page.getByTestId('report-summary')).toHaveText(
    'Se importarán 28 filas de 30, 2 filas descartadas.',
  );
  expect(await englishWordsIn(page, ['[data-testid="import-report"]'], REPORT_WORDS)).toEqual([]);
  // the preview's cells and statistics write decimals with a comma too; a cell is the
  // person's value as read (12.000,5 in the file), so it is not grouped
  const table = page.getByTestId('preview-table');
  await expect(table.getByRole('cell', { name: '4,1', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: '12000,5', exact: true })).toBeVisible();
  await expect(page.locator('tr[data-column="largo"]').first()).toContainText('5,476');
  await page.screenshot({ path: 'test-results/screens/data-es-report.png', fullPage: true });

  // filled with medians: a decimal comma, and (a value from the data) no grouping
  await page.getByRole('combobox', { name: 'Celdas sin valor' }).selectOption('median');
  await expect(report).toContainText('largo: 1 (no son números: 1) rellenadas con su mediana, 5,5');
  await expect(report).toContainText("peso: 1 ('NA': 1) rellenadas con su mediana, 12165,5");
  expect(await englishWordsIn(page, ['[data-testid="import-report"]'], REPORT_WORDS)).toEqual([]);
  await report.screenshot({ path: 'test-results/screens/data-es-report-filled.png' });
});

/**
 * Picks a file that cannot be imported and checks its error: the Spanish words, naming the
 * place, and none of main's English ones; then a screenshot `data-es-<shot>.png`.
 */
async function refusedInSpanish(
  page: Page,
  file: { name: string; text: string },
  said: { spanish: string; english: string; shot: string },
): Promise<void> {
  await pickFile(page, file.name, file.text);
  const alert = page.getByRole('alert').filter({ hasText: file.name });
  await expect(alert).toContainText(said.spanish);
  await expect(alert).not.toContainText(said.english);
  await page.screenshot({ path: `test-results/screens/data-es-${said.shot}.png`, fullPage: true });
}

test('a broken JSON and a broken ARFF file are explained in Spanish, naming the place', async ({
  page,
}) => {
  await page.goto(spanishUrl());
  await showView(page, /^(Data|Datos)$/);
  await refusedInSpanish(
    page,
    { name: 'registros.json', text: '[{"largo": 1},\n {"largo": }]' },
    {
      spanish: "registros.json no es JSON válido: '}' inesperado en la línea 2, columna 12",
      english: 'valid JSON',
      shot: 'json-error',
    },
  );
  await refusedInSpanish(
    page,
    { name: 'flores.arff', text: '@relation flores\n@attribute largo numeric\nhola mundo\n' },
    {
      spanish:
        "flores.arff: línea 3: se esperaba @relation, @attribute o @data y se encontró 'hola mundo'",
      english: 'expected',
      shot: 'arff-error',
    },
  );
});
