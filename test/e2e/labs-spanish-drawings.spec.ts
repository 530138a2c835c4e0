// The labs' charts, planes and network drawings in Spanish (`?lang=es`): their axes, keys,
// captions and text alternatives come from the message files, numbers are written 0,5, and
// they fit. Screenshots in test-results/screens/labs-es-<lab>.png.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ENGLISH_UI_WORDS, englishWordsIn } from './support/english-words';
import { labUrl, watchPageProblems } from './support/lab-page';

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

/** English words the drawings used to carry (their captions, keys and text alternatives). */
const DRAWING_WORDS = [
  ...ENGLISH_UI_WORDS,
  'points',
  'target',
  'output',
  'steps',
  'minimum',
  'saddle',
  'Truth table',
  'unit',
  'threshold',
  'inhibition',
  'solid line',
  'dashed',
  'log scale',
  'no data',
  'last',
  'Contours',
  'Network diagram',
  'sigmoid network',
  'not computed',
  'samples',
  'the line',
  'Click',
  'shading',
];

/** Opens the Labs view in Spanish on the lab `id`; its first figure. */
async function openSpanishLab(page: Page, id: string): Promise<Locator> {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  await page.goto(url.toString());
  await page
    .getByRole('navigation', { name: /^(Views|Vistas)$/ })
    .getByRole('button', { name: /^(Labs|Prácticas)$/ })
    .click();
  await page
    .getByRole('navigation', { name: 'Prácticas en el orden de la lección' })
    .locator(`[data-lab="${id}"]`)
    .click();
  await expect(page.locator(`article[data-lab="${id}"]`)).toBeVisible();
  return page.getByTestId('labs-figure').first();
}

/** No English left in the drawings `selectors` (inside the first figure); a full-page
 * screenshot; nothing wider than the window. */
async function noEnglishIn(page: Page, lab: string, selectors: string[]): Promise<void> {
  const figure = '[data-testid=labs-figure]:first-of-type';
  for (const s of selectors) await expect(page.locator(`${figure} ${s}`).first()).toBeVisible();
  const words = await englishWordsIn(
    page,
    selectors.map((s) => `${figure} ${s}`),
    DRAWING_WORDS,
  );
  expect(words).toEqual([]);
  await page.screenshot({ path: `test-results/screens/labs-es-${lab}.png`, fullPage: true });
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${lab}: the page is wider than the window`).toBeLessThanOrEqual(width);
}

test('McCulloch–Pitts, perceptron and activation drawings in Spanish', async ({ page }) => {
  const mp = await openSpanishLab(page, 'mcculloch-pitts');
  await expect(mp.getByTestId('labs-truth-table').locator('caption')).toHaveText('Tabla de verdad');
  await expect(mp.locator('.labs-mp-diagram')).toHaveAttribute('aria-label', /umbral/);
  await noEnglishIn(page, 'drawings-mp', ['.labs-mp-diagram', '[data-testid=labs-truth-table]']);

  const perceptron = await openSpanishLab(page, 'perceptron');
  await perceptron.getByRole('button', { name: 'Paso', exact: true }).click();
  await expect(perceptron.locator('.labs-plane svg')).toHaveAttribute('aria-label', /Puntos: \(/);
  await noEnglishIn(page, 'drawings-perceptron', ['.labs-plane']);

  const act = await openSpanishLab(page, 'activation-functions');
  await act.getByRole('spinbutton', { name: 'x', exact: true }).fill('0.5');
  // readouts in Spanish notation: σ(0,5) = 0,6225
  await expect(act.getByTestId('labs-act-f')).toHaveText('0,6225');
  await noEnglishIn(page, 'drawings-activation', ['.labs-act']);
});

test('descent, surface and neuron plots in Spanish', async ({ page }) => {
  const descent = await openSpanishLab(page, 'gradient-descent');
  await descent.getByRole('button', { name: 'Paso', exact: true }).click();
  await expect(descent.locator('.labs-cost-contour')).toHaveAttribute('aria-label', /1 pasos/);
  await noEnglishIn(page, 'drawings-descent', ['.labs-cost-contour', '.labs-fit', '.labs-chart']);

  const surface = await openSpanishLab(page, 'minima-saddles');
  await expect(surface.getByText(/cuanto más intenso el sombreado/)).toBeVisible();
  await noEnglishIn(page, 'drawings-surface', ['.labs-surface', '.labs-hint']);

  const neuron = await openSpanishLab(page, 'sigmoid-neuron');
  for (let i = 0; i < 2; i++)
    await neuron.getByRole('button', { name: 'Paso de gradiente' }).click();
  await expect(neuron.locator('.labs-curves')).toBeVisible();
  await noEnglishIn(page, 'drawings-neuron', ['.labs-neuron-plot', '.labs-curves']);
});

test('network drawings and the region plane in Spanish', async ({ page }) => {
  const graph = await openSpanishLab(page, 'backpropagation');
  await graph.getByRole('button', { name: 'Pasada hacia delante completa' }).click();
  await expect(graph.locator('svg.labs-bp')).toBeVisible();
  await noEnglishIn(page, 'drawings-backprop', ['svg.labs-bp']);

  const delta = await openSpanishLab(page, 'delta-recursion');
  await expect(delta.locator('svg.labs-delta')).toHaveAttribute(
    'aria-label',
    /red sigmoide 2-2-2-1/,
  );
  await expect(delta.locator('svg.labs-delta')).toContainText('objetivo y =');
  await noEnglishIn(page, 'drawings-delta', ['svg.labs-delta']);

  const regions = await openSpanishLab(page, 'decision-boundaries');
  await expect(regions.locator('.labs-region-plane')).toContainText('va dentro');
  await noEnglishIn(page, 'drawings-regions', ['.labs-region-plane']);
});
