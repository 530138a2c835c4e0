// What main says, read in Spanish (`?lang=es`): a malformed CSV's error names the file and the
// line in Spanish, the built-in datasets' names and descriptions are Spanish on Welcome and in
// Data, and a lab check's reason is Spanish. Screenshots in test-results/screens/errors-es-*.png.
import type { Page } from '@playwright/test';
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
