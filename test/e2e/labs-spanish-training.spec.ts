// The training, descent, topology and history labs in Spanish (`?lang=es`): each figure's chrome
// — buttons, labels, table headers, legends, readouts, verdicts — comes from the Spanish message
// files, its numbers use the decimal comma, and it fits. The lessons' own texts (task names,
// events, questions) stay in the lab file's language, so the words looked for are the chrome's.
// Screenshots in test-results/screens/labs-es-*.png.
import { expect, test, type Page } from '@playwright/test';
import { englishWordsIn } from './support/english-words';
import { watchPageProblems } from './support/lab-page';
import { openLab as openSpanishLab, openLabsInSpanish } from './support/labs-in-spanish';

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

/** English words of these figures' chrome that no lesson text of theirs uses. */
const CHROME_WORDS = [
  'loss',
  'epochs',
  'Train',
  'Show',
  'batches',
  'Patience',
  'validation',
  'diverged',
  'Reveal',
  'Choose',
  'converges',
  'diverges',
  'samples',
  'updates',
  'Next step',
  'Back',
  'Whole',
  'New batch',
  'New sample',
  'Descend',
  'Clear',
  'constant',
  'stochastic',
  'Horizontal',
  'Your',
  'goal',
  'score',
  'Events',
  'noisy',
  'Compare',
  'topology',
  'status',
  'Step both',
  'Start',
  'Why',
  'class',
];

/** Opens lab `id`, and one of its activities when `activity` is given. */
async function openLab(page: Page, id: string, activity?: number): Promise<void> {
  await openSpanishLab(page, id);
  if (activity !== undefined)
    await page.locator('.labs-activities-nav').getByRole('button').nth(activity).click();
}

/** The figure's parts, but a question of the lesson (its own text) inside it. */
const CHROME = '[data-testid=labs-figure] > .labs-figure > :not(.labs-question)';

/** No English chrome left in the figure; a full-page screenshot; nothing wider than the window. */
async function look(page: Page, name: string, region = '[data-testid=labs-figure]'): Promise<void> {
  await expect(page.locator(region).first()).toBeVisible();
  expect(await englishWordsIn(page, [region], CHROME_WORDS)).toEqual([]);
  await page.screenshot({ path: `test-results/screens/labs-es-${name}.png`, fullPage: true });
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${name}: the page is wider than the window`).toBeLessThanOrEqual(width);
}

const figure = (page: Page) => page.getByTestId('labs-figure').first();

test('learning-rate schedules and batch sizes in Spanish, with decimal commas', async ({
  page,
}) => {
  await openLabsInSpanish(page);
  await openLab(page, 'learning-rate-schedules');
  await figure(page).getByRole('slider', { name: /^c2/ }).fill('20');
  await expect(figure(page).getByTestId('labs-sched-first-rate')).toHaveText(/^0,\d+$/);
  await expect(figure(page).getByText('Pérdida antes de entrenar')).toBeVisible();
  await figure(page).getByRole('button', { name: 'Volver a los c1 y c2 de la práctica' }).click();
  await look(page, 'schedules');

  await openLab(page, 'batch-size', 0);
  await figure(page).getByRole('spinbutton', { name: 'Tamaño del lote K' }).fill('64');
  await expect(figure(page).getByTestId('labs-batch-sizes')).toHaveText(
    '15 lotes de 64 y uno de 40',
  );
  await expect(figure(page).getByTestId('labs-batch-regime')).toContainText('minilotes');
  await look(page, 'batch-calculator');

  await openLab(page, 'batch-size', 1);
  await figure(page).getByRole('radio', { name: 'actualizaciones' }).check();
  await expect(figure(page).getByText('Las tres ejecuciones')).toBeVisible();
  await look(page, 'batch-compare');
});

test('descent, saddles and backpropagation in Spanish', async ({ page }) => {
  await openLabsInSpanish(page);
  await openLab(page, 'gradient-descent', 1);
  await figure(page).getByRole('button', { name: 'Un paso en ambos' }).click();
  await expect(figure(page).getByTestId('labs-curvature')).toContainText(
    'diverge en la dirección empinada',
  );
  await look(page, 'descent-rates');

  await openLab(page, 'minima-saddles', 0);
  await figure(page).getByRole('button', { name: 'Descender desde aquí' }).click();
  await expect(figure(page).getByTestId('labs-surface-end')).toHaveText(/^\(-?\d+(,\d+)?; /);
  await look(page, 'surface-descent');

  await openLab(page, 'backpropagation', 1);
  await figure(page).getByRole('button', { name: 'Pasada hacia delante completa' }).click();
  await figure(page).getByRole('button', { name: 'Pasada hacia atrás completa' }).click();
  await look(page, 'backprop-steps');
});

test('activations, topology and early stopping in Spanish', async ({ page }) => {
  await openLabsInSpanish(page);
  await openLab(page, 'choosing-activations');
  const firstRow = figure(page).locator('tbody tr').first();
  await firstRow.getByRole('button', { name: 'Entrenar', exact: true }).click();
  await expect(firstRow.locator('[data-col="result"]')).toContainText(/objetivo|neuronas/);
  await look(page, 'activation-choice');

  await openLab(page, 'choosing-topology', 0);
  await expect(
    figure(page).getByRole('button', { name: /^Entrenar las \d topologías$/ }),
  ).toBeVisible();
  // Runs of this lab other journeys trained may already be stored (one database for all):
  // the status column is there, in Spanish, whichever statuses it shows.
  await expect(figure(page).getByRole('columnheader', { name: 'estado' })).toBeVisible();
  await look(page, 'topology-trials', CHROME);

  await openLab(page, 'choosing-topology', 1);
  await figure(page).getByTestId('labs-es-stop').fill('70');
  await figure(page).getByTestId('labs-es-kept').fill('60');
  await figure(page).getByRole('button', { name: 'Mostrar dónde para' }).click();
  await expect(figure(page).getByTestId('labs-es-result')).toContainText('Con paciencia');
  await look(page, 'early-stopping');
});

test('the loss gradients, the batch loss and the history timeline in Spanish', async ({ page }) => {
  await openLabsInSpanish(page);
  await openLab(page, 'sigmoid-neuron', 2);
  await figure(page).getByRole('spinbutton', { name: 'z', exact: true }).fill('-4');
  await expect(figure(page).getByTestId('labs-lg-h')).toHaveText('0,018');
  await expect(figure(page).getByText('entropía cruzada: h − t')).toBeVisible();
  await look(page, 'loss-gradients');

  await openLab(page, 'softmax-cross-entropy', 1);
  await figure(page).getByRole('button', { name: 'Mostrar', exact: true }).click();
  await expect(figure(page).getByTestId('labs-bl-result')).toContainText('sin predecirlo');
  await expect(figure(page).getByTestId('labs-bl-J')).toHaveText(/^\d+,\d{3}$/);
  await look(page, 'batch-loss');

  await openLab(page, 'softmax-cross-entropy', 0);
  await expect(figure(page).getByTestId('labs-softmax-shift')).toContainText('Solo importan');
  await look(page, 'softmax-shift');

  await openLab(page, 'neuron-history', 1);
  await expect(figure(page).getByText('Elige un acontecimiento para leer qué pasó.')).toBeVisible();
  await figure(page)
    .getByRole('group', { name: 'Acontecimientos de la cronología' })
    .getByRole('button')
    .first()
    .click();
  await look(page, 'timeline');
});
