// What main says, read in Spanish (`?lang=es`): a malformed CSV's error names the file and the
// line in Spanish, the built-in datasets' names and descriptions are Spanish on Welcome and in
// Data, a lab check's reason is Spanish, a network main refuses to save and a model file whose
// derived inputs do not add up are explained in Spanish with the reader's own numbers and names.
// Screenshots in test-results/screens/errors-es-*.png.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { call } from './support/lab-socket';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';

watchPageProblems();
test.use({ viewport: { width: 1280, height: 800 } });

async function openInSpanish(page: Page): Promise<void> {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  await page.goto(url.toString());
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

async function showView(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Vistas' })
    .getByRole('button', { name, exact: true })
    .click();
}

test('a ragged CSV row is explained in Spanish, naming the file and the line', async ({ page }) => {
  await openInSpanish(page);
  await showView(page, 'Datos');
  await page.getByTestId('file-input').setInputFiles({
    name: 'medidas.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('largo,ancho,clase\n1,2,a\n3,4\n5,6,b\n'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'medidas.csv' });
  await expect(alert).toContainText('medidas.csv: la fila 3 tiene 2 celdas y la cabecera tiene 3');
  await expect(alert).not.toContainText('has 2 cells');
  await page.screenshot({ path: 'test-results/screens/errors-es-import.png', fullPage: true });
});

test('the built-in datasets have Spanish names and descriptions on Welcome and in Data', async ({
  page,
}) => {
  await openInSpanish(page);
  const rows = page.getByTestId('builtin-dataset');
  const spiral = rows.filter({ hasText: 'Espiral' });
  await expect(spiral).toContainText('dos espirales entrelazadas');
  await expect(rows.filter({ hasText: 'Flores iris' })).toContainText('tres especies');
  await expect(page.locator('.welcome-view')).not.toContainText(/Spiral|Handwritten digits/);
  await page.screenshot({ path: 'test-results/screens/errors-es-welcome.png', fullPage: true });

  await showView(page, 'Datos');
  const picker = page.locator('#data-builtin-select');
  await expect(picker.locator('option[value="spiral"]')).toHaveText('Espiral');
  await expect(page.locator('.data-builtin-about')).toContainText('dos espirales entrelazadas');
  await expect(page.locator('.data-builtin-params')).toContainText('Muestras');
  await expect(page.locator('.data-builtin-params')).toContainText('desviación respecto a');
});

test('a lab check gives its reason in Spanish', async ({ page }) => {
  await openInSpanish(page);
  await showView(page, 'Prácticas');
  await page
    .getByRole('navigation', { name: 'Prácticas en el orden de la lección' })
    .locator('[data-lab="perceptron"]')
    .click();
  const figure = page.getByTestId('labs-figure').first();
  await figure.getByRole('button', { name: 'Paso', exact: true }).click();
  // a step taken without a prediction: the check says what to do first
  await page.getByRole('button', { name: 'Comprobar', exact: true }).first().click();
  const result = page.getByTestId('labs-check-result').first();
  await expect(result).toContainText('Todavía no.');
  await expect(result).toContainText('Escribe la actualización que esperas');
  await expect(result).not.toContainText('Enter the update');
  await page.screenshot({ path: 'test-results/screens/errors-es-verdict.png', fullPage: true });
});

test('a network too large to save is refused in Spanish with its weight count', async ({
  page,
}) => {
  await openInSpanish(page);
  await showView(page, 'Diseño');
  const blocks = page.getByTestId('design-block');
  const properties = page.getByRole('region', { name: /Propiedades/ });
  // 2 inputs → 10,000 → 2,000 units: 3·10,000 + 10,001·2,000 = 20,032,000 weights
  for (const [at, units] of [
    [1, '10000'],
    [2, '2000'],
  ] as const) {
    await expect(blocks.nth(at)).toHaveAttribute('data-kind', 'dense');
    await blocks.nth(at).click();
    await properties.getByLabel('Unidades').fill(units);
    await properties.getByLabel('Unidades').press('Enter');
  }
  await page.getByLabel('Nombre del diseño').fill('Red enorme');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  const alert = page.locator('.design-saved').getByRole('alert');
  await expect(alert).toContainText(
    'No se pudo guardar «Red enorme»: designs:save: red (spec): la red tiene 20.032.000 pesos; como mucho 20.000.000',
  );
  await expect(alert).not.toContainText('weights; at most');
  await page.screenshot({ path: 'test-results/screens/errors-es-design-save.png', fullPage: true });
});

test('a model file whose derived inputs do not add up is refused in Spanish', async ({ page }) => {
  await openInSpanish(page);
  await showView(page, 'Experimentos');
  const dataset = await call<{ id: number }>(page, 'datasets:generate', { name: 'xor' });
  const model = JSON.parse(
    readFileSync(new URL('../fixtures/models/small-2-2-1.json', import.meta.url), 'utf8'),
  );
  // x and y with their squares are 4 inputs; the network takes 2
  model.derived = ['xSquared', 'ySquared'];
  await page.getByRole('button', { name: 'Importar un modelo…' }).click();
  await page.getByLabel('Archivo del modelo').setInputFiles({
    name: 'cuadrados.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(model)),
  });
  const datasets = page.getByLabel('Conjunto de datos', { exact: true });
  await datasets.selectOption(String(dataset.id));
  // the generated dataset is named in Spanish, as everywhere else in the view
  await expect(datasets.locator(`option[value="${dataset.id}"]`)).toContainText('O exclusivo');
  await expect(datasets).not.toContainText('Exclusive or');
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  const refusal = page.getByRole('region', { name: 'Importar un modelo' }).getByRole('alert');
  await expect(refusal).toContainText(
    'No se pudo importar cuadrados.json: archivo de modelo: derived: las características x, y, xSquared, ySquared dan 4 entradas, pero spec.inputs es 2',
  );
  await expect(refusal).not.toContainText('make 4 inputs');
  await page.screenshot({ path: 'test-results/screens/errors-es-model-file.png', fullPage: true });
});
