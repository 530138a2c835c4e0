// What the engine says, read in Spanish (`?lang=es`): a broken model file's refusal names the
// field or the layer in Spanish, the activation-choice figure gives the engine's refusal in
// Spanish naming the layer, and the Design view puts the engine's refusal of a spec on the block
// it is about. Screenshots in test-results/screens/engine-es-*.png.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { englishWordsIn } from './support/english-words';
import { call } from './support/lab-socket';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { openLab, openLabsInSpanish } from './support/labs-in-spanish';

watchPageProblems();
test.use({ viewport: { width: 1280, height: 800 } });

/** Words of the engine's English messages, none of which its Spanish ones use. */
const ENGINE_WORDS = ['model file', 'layer', 'belongs', 'expected', 'got', 'must', 'needs'];

async function openView(page: Page, name: string): Promise<void> {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  await page.goto(url.toString());
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page
    .getByRole('navigation', { name: 'Vistas' })
    .getByRole('button', { name, exact: true })
    .click();
}

/** A small model file that Neuron Lab reads (2 inputs, 2 tanh units, 1 sigmoid output). */
interface ModelDoc {
  spec: { layers: Array<{ activation: string }> };
  weights: { W: Array<Array<Array<number | null>>> };
}
const modelFile = (): ModelDoc =>
  JSON.parse(
    readFileSync(new URL('../fixtures/models/small-2-2-1.json', import.meta.url), 'utf8'),
  ) as ModelDoc;

test('a broken model file is refused in Spanish, naming the layer or the field', async ({
  page,
}) => {
  await openView(page, 'Experimentos');
  const dataset = await call<{ id: number }>(page, 'datasets:generate', {
    name: 'xor',
    params: {},
  });
  const region = page.getByRole('region', { name: 'Importar un modelo' });
  async function importFile(name: string, file: object): Promise<void> {
    await page.getByRole('button', { name: 'Importar un modelo…' }).click();
    await page.getByLabel('Archivo del modelo').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByLabel('Conjunto de datos', { exact: true }).selectOption(String(dataset.id));
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
  }

  const softmaxInside = modelFile();
  softmaxInside.spec.layers[0].activation = 'softmax';
  await importFile('softmax-dentro.json', softmaxInside);
  const refusal = region.getByRole('alert');
  await expect(refusal).toContainText(
    'No se pudo importar softmax-dentro.json: archivo de modelo: spec: capa 1: softmax solo puede ir en la capa de salida',
  );
  expect(await englishWordsIn(page, ['.experiments-view [role="alert"]'], ENGINE_WORDS)).toEqual(
    [],
  );
  await page.screenshot({ path: 'test-results/screens/engine-es-model-spec.png', fullPage: true });
  await region.getByRole('button', { name: 'Cancelar', exact: true }).click();

  const holed = modelFile();
  holed.weights.W[0][1][0] = null;
  await importFile('con-hueco.json', holed);
  await expect(region.getByRole('alert')).toContainText(
    'archivo de modelo: weights.W[0][1][0]: se esperaba un número finito; hay null',
  );
  await page.screenshot({
    path: 'test-results/screens/engine-es-model-weights.png',
    fullPage: true,
  });
});

test('the activation choice gives the engine’s refusal in Spanish, naming the layer', async ({
  page,
}) => {
  await openLabsInSpanish(page);
  await openLab(page, 'choosing-activations');
  const row = page.getByTestId('labs-choice-table').locator('tr[data-task="amount"]');
  await row.getByRole('combobox', { name: /^Activación de salida para/ }).selectOption('softmax');
  await row.getByRole('button', { name: 'Entrenar', exact: true }).click();
  const result = row.locator('[data-col="result"]');
  // the task names are the lesson's own text (English here); the result cells are the chrome
  await expect(result).toContainText(
    'El motor rechaza esta red: capa 2: softmax necesita al menos 2 unidades (usa sigmoide para una sola salida)',
  );
  expect(
    await englishWordsIn(
      page,
      ['[data-testid="labs-choice-table"] [data-col="result"]'],
      ENGINE_WORDS,
    ),
  ).toEqual([]);
  await page.screenshot({
    path: 'test-results/screens/engine-es-activation-choice.png',
    fullPage: true,
  });
});

test('the Design view puts the engine’s refusal of a spec on its block, in Spanish', async ({
  page,
}) => {
  await openView(page, 'Diseño');
  const dense = page.getByTestId('design-block').nth(1);
  await expect(dense).toHaveAttribute('data-kind', 'dense');
  await dense.click();
  const units = page.getByRole('region', { name: /Propiedades/ }).getByLabel('Unidades');
  await units.fill('100000');
  await units.press('Enter');
  // the engine's sizes with Spanish digit grouping, as every count the interface writes
  const message = 'Las unidades deben ser un número entero de 1 a 65.536; hay 100.000.';
  await expect(dense).toContainText(message);
  await expect(dense).toHaveAttribute('aria-invalid', 'true');
  expect(await englishWordsIn(page, ['[data-testid="design-block"]'], ENGINE_WORDS)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/engine-es-design.png', fullPage: true });
});
