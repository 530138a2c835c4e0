// Design and Train in Spanish (`?lang=es`): every word of their chrome is Spanish, no English
// label is left over, nothing overflows its button or field (Spanish runs ~20% longer), and a
// short spiral run reports its status, epochs and batches in Spanish.
// Screenshots in test-results/screens/spanish-*.png.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { preparePlaygroundTrain } from './support/train-page';

watchPageProblems();

function spanishUrl(): string {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  return url.toString();
}

/** Shows a view through the app store, whatever words the navigation uses. */
async function show(page: Page, view: string): Promise<void> {
  await page.evaluate((view) => {
    type AppEl = {
      __vue_app__: {
        config: { globalProperties: { $pinia: { _s: Map<string, { go(v: string): void }> } } };
      };
    };
    const app = (document.querySelector('#app') as unknown as AppEl).__vue_app__;
    app.config.globalProperties.$pinia._s.get('app')!.go(view);
  }, view);
}

/** Buttons, labels and headings in the workbench whose text is cut or runs out of its box. */
async function overflowing(page: Page): Promise<string[]> {
  return page.locator('.workbench').evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('button, label, h2, h3, h4, legend, option'))
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent?.trim() ?? ''),
  );
}

/** English words of the view's chrome that must not show in Spanish. */
async function englishLeft(page: Page, words: string[]): Promise<string[]> {
  const text = await page.locator('.workbench').innerText();
  return words.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
}

test('Design and Train speak Spanish, and their words fit', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(spanishUrl());
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await show(page, 'design');
  await expect(page.getByRole('heading', { name: 'Diseño', level: 2 })).toBeVisible();
  await page.getByTestId('design-block').nth(1).click();
  const properties = page.getByRole('region', { name: /Propiedades/ });
  await expect(properties.getByLabel('Unidades', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Deshacer/ })).toBeVisible();
  await expect(page.getByText('Modelos de una unidad')).toBeVisible();
  expect(
    await englishLeft(page, ['Properties', 'Canvas', 'Blocks', 'Saved designs', 'Undo', 'Units']),
  ).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/spanish-design.png', fullPage: true });

  await preparePlaygroundTrain(page, { noise: 0.1, hidden: [4, 4], epochs: 20 });
  await expect(page.getByRole('heading', { name: 'Entrenar', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: /Iniciar/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('train-status')).toHaveText('Terminado');
  await expect(page.getByTestId('train-epoch')).toHaveText('20');
  await expect(page.getByTestId('train-batch')).toHaveText(/lote \d+ de 25/);
  await expect(page.getByText('Tasa de aprendizaje', { exact: true }).first()).toBeVisible();
  expect(
    await englishLeft(page, ['Settings', 'Play', 'Pause', 'Epoch', 'Elapsed', 'Loss', 'Optimizer']),
  ).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  // Charts off screen are not redrawn: bring the loss chart into view for the picture.
  await page.getByTestId('chart-loss').scrollIntoViewIfNeeded();
  await expect
    .poll(async () => Number(await page.getByTestId('chart-loss').getAttribute('data-points')))
    .toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/screens/spanish-train.png', fullPage: true });

  // the run got its automatic name in Spanish: dataset, layers, optimiser and rate
  await show(page, 'experiments');
  await expect(page.getByText(/Espiral .*2-4-4-1 · SGD.*, tasa \d/).first()).toBeVisible();
});
