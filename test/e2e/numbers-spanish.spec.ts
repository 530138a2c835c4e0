// Numbers in Spanish (`?lang=es`) wherever a person reads them in a figure or chart: Train after
// a short run, the Experiments comparison, the Data view's plots and two descent labs write the
// decimal comma (0,25), never the dot (0.25); so do the computation-graph and delta labs
// (their step texts included), and a generated dataset's name and classes are said in Spanish. Echarts draws on a canvas, so its axis labels and
// legend are read from the chart saved as SVG: the same option drawn again, formatters and all.
// Formulas typeset as math keep the lecture's notation (src-renderer/labs/labs-number.ts) and
// are left out. Screenshots in test-results/screens/numbers-es-*.png.
import type { ElectronApplication, Locator, Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { watchPageProblems } from './support/lab-page';
import { savedByButton } from './support/exported-files';
import { threeFinishedRuns } from './support/experiments-page';
import { preparePlaygroundTrain } from './support/train-page';
import { openLab, openLabsInSpanish } from './support/labs-in-spanish';

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

/** Numbers written with a decimal dot; "10.000" (Spanish digit grouping) is not one. */
function dotDecimals(texts: string[]): string[] {
  return texts.flatMap((text) =>
    (text.match(/\b\d+\.\d+\b/g) ?? []).filter((n) => !/^[1-9]\d{0,2}(\.\d{3})+$/.test(n)),
  );
}

/** Whether a number with the decimal comma is there at all (so the check above saw numbers). */
const hasDecimalComma = (texts: string[]) => texts.some((t) => /\d,\d/.test(t));

/** Every text a person can read in `figures`: their text, tooltips (<title>) and aria-labels,
 * formulas (KaTeX) left out. */
async function figureTexts(figures: Locator): Promise<string[]> {
  return figures.evaluateAll((roots) =>
    roots.flatMap((root) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent?.closest('.katex, style, script')) continue;
        if (node.textContent?.trim()) out.push(node.textContent.trim());
      }
      for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
        if (!el.closest('.katex')) out.push(el.getAttribute('aria-label') ?? '');
      }
      return out;
    }),
  );
}

/** The text drawn in an echarts chart, read from the chart saved as SVG. */
async function chartSvgTexts(
  page: Page,
  app: ElectronApplication | undefined,
  id: string,
): Promise<string[]> {
  const figure = page.locator(`figure[aria-labelledby="chart-${id}-title"]`);
  await figure.scrollIntoViewIfNeeded();
  const saved = await savedByButton(
    page,
    app,
    figure.getByRole('button', { name: /como SVG$/ }),
    page.getByTestId(`chart-${id}-saved`),
  );
  const svg = saved.bytes.toString('utf8');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

async function show(page: Page, view: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Vistas' })
    .getByRole('button', { name: view, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: view, level: 2 })).toBeVisible();
}

/** Expects numbers in `texts`, none with a decimal dot. */
function expectSpanishNumbers(where: string, texts: string[]): void {
  expect(dotDecimals(texts), `${where}: numbers written with a dot`).toEqual([]);
  expect(hasDecimalComma(texts), `${where}: no decimal number was read`).toBe(true);
}

/** Expects Spanish numbers in the text of `figures`, then takes the screenshot numbers-es-`shot`. */
async function expectSpanishFigures(
  page: Page,
  where: string,
  figures: Locator,
  shot: string,
): Promise<void> {
  expectSpanishNumbers(where, await figureTexts(figures));
  await page.screenshot({ path: `test-results/screens/numbers-es-${shot}.png`, fullPage: true });
}

test('Train, Experiments and Data write the decimal comma in Spanish', async ({
  page,
  electronApp,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLabsInSpanish(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // Train, after a short run: the figures' text, and the loss chart as drawn
  await preparePlaygroundTrain(page, { noise: 0.1, hidden: [4], epochs: 10 });
  await page.getByRole('button', { name: /Iniciar/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  expectSpanishNumbers('Train figures', await figureTexts(page.locator('main figure')));
  expectSpanishNumbers('Train loss chart', await chartSvgTexts(page, electronApp, 'loss'));
  await page.screenshot({ path: 'test-results/screens/numbers-es-train.png', fullPage: true });

  // Experiments: two runs compared (named without numbers: a name is the person's own text)
  const token = `num${Date.now().toString(36)}`;
  const runs = await threeFinishedRuns(page, token, (rate) => `${token} ${rate * 100}`);
  await show(page, 'Experimentos');
  await page.getByRole('searchbox').first().fill(token);
  for (const run of runs.slice(1)) {
    await page.getByRole('checkbox', { name: `Comparar ‘${run.name}’` }).check();
  }
  await page.getByRole('button', { name: 'Comparar 2 seleccionadas' }).click();
  await expect(page.getByRole('heading', { name: 'Comparando 2 ejecuciones' })).toBeVisible();
  expectSpanishNumbers(
    'Experiments comparison chart',
    await chartSvgTexts(page, electronApp, 'compare-loss'),
  );
  await page.screenshot({ path: 'test-results/screens/numbers-es-compare.png', fullPage: true });

  // Data: the spiral's scatter plot and histograms
  await show(page, 'Datos');
  await page.getByRole('combobox', { name: 'Conjunto de datos' }).selectOption({ index: 1 });
  const plots = page.locator('main figure');
  await expect.poll(async () => hasDecimalComma(await figureTexts(plots))).toBe(true);
  await expectSpanishFigures(page, 'Data plots', plots, 'data');
});

test('the descent labs write the decimal comma in Spanish', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLabsInSpanish(page);

  // Lab 7: fifty steps of gradient descent
  await openLab(page, 'gradient-descent');
  await page.getByRole('button', { name: 'Ejecutar hasta 50' }).click();
  const cost = page.locator('article[data-lab="gradient-descent"]');
  await expect(page.getByTestId('labs-descent-w')).toContainText(',');
  await expectSpanishFigures(page, 'Lab 7 figures', cost.locator('.labs-figure-grid'), 'descent');

  // Lab 9: a descent started by a click on the surface map
  await openLab(page, 'minima-saddles');
  const map = page.getByRole('img', { name: /f = x₁² − x₂²/ });
  const box = await map.boundingBox();
  if (!box) throw new Error('the surface map is not visible');
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.4);
  await expect(page.getByTestId('labs-surface-verdict')).not.toBeEmpty();
  const saddles = page.locator('article[data-lab="minima-saddles"]');
  await expectSpanishFigures(
    page,
    'Lab 9 figures',
    saddles.locator('.labs-figure-grid'),
    'saddles',
  );
});

test('the computation-graph and delta labs write the decimal comma in Spanish', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLabsInSpanish(page);
  const stepper = (name: string) => page.getByRole('button', { name, exact: true });

  // Lab 8: both passes and one update of the lecture's graph
  await openLab(page, 'backpropagation');
  await stepper('Pasada hacia delante completa').click();
  await stepper('Pasada hacia atrás completa').click();
  await stepper('Actualizar los pesos').click();
  await expect(page.getByTestId('labs-bp-update')).toBeVisible();
  const graph = page.locator('article[data-lab="backpropagation"] .labs-figure').first();
  await expectSpanishFigures(page, 'Lab 8 figure', graph, 'backprop');

  // Lab 17: the delta recursion through to every weight's gradient
  await openLab(page, 'delta-recursion');
  await stepper('Pasada hacia delante completa').click();
  await stepper('Pasada hacia atrás completa').click();
  await expect(page.getByTestId('labs-delta-gradients')).toBeVisible();
  const deltas = page.locator('article[data-lab="delta-recursion"] .labs-figure').first();
  await expectSpanishFigures(page, 'Lab 17 figure', deltas, 'deltas');
});

test('a generated dataset is named and its classes said in Spanish', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLabsInSpanish(page);
  await show(page, 'Datos');
  await page.getByRole('combobox', { name: 'Conjunto de datos' }).selectOption('spiral');
  await page.getByRole('spinbutton', { name: 'Valor de Ruido' }).fill('0.25');
  await page.getByRole('spinbutton', { name: 'Valor de Ruido' }).press('Tab');
  await page.getByRole('button', { name: 'Usar este conjunto de datos' }).click();
  // main stores "Spiral (noise 0.25)"; the interface says it in Spanish, from its parameters
  await expect(page.getByTestId('chosen-name')).toHaveText('Espiral (ruido 0,25)');
  await expect(
    page.getByTestId('stored-dataset').filter({ hasText: 'Espiral (ruido 0,25)' }),
  ).not.toHaveCount(0);
  // the stored dataset's legend and the generator's preview both say the engine's classes
  const legends = page.getByRole('list', { name: 'Clases' });
  await expect(legends).toHaveCount(2);
  for (const legend of await legends.all()) {
    await expect(legend).toContainText('espiral A');
    await expect(legend).toContainText('espiral B');
    await expect(legend).not.toContainText(/\bspiral [AB]/);
  }
  await page.screenshot({
    path: 'test-results/screens/numbers-es-dataset-name.png',
    fullPage: true,
  });
});
