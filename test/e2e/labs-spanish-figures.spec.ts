// The figures' shared pieces in Spanish (`?lang=es`): the biological neuron's prediction
// buttons (LabsActions), the M-P builder's boxes and groups, and the note a step figure
// (LabsStepFigure) shows when its learning-rate box holds no usable rate. No English may be
// left in the figures' chrome, and nothing may overflow. Screenshots in
// test-results/screens/labs-es-*.png.
import { expect, test, type Page } from '@playwright/test';
import { englishWordsIn } from './support/english-words';
import { watchPageProblems } from './support/lab-page';
import { look, openLab, openLabsInSpanish } from './support/labs-in-spanish';

test.describe.configure({ timeout: 90_000 });

watchPageProblems();

/** The English these figures would show if a string escaped translation. */
const FIGURE_WORDS = [
  'Your prediction',
  'Show which fire',
  'New neuron',
  'Training',
  'Step',
  'Reset',
  'Learning rate',
  'learning rate',
  'meanwhile',
  'Unit',
  'Threshold',
  'Inhibition',
  'Input',
  'Weight',
  'epoch',
  'Run',
  'Truth table',
];

/** No English in the figures, and the full-page look. */
async function check(page: Page, name: string): Promise<void> {
  expect(await englishWordsIn(page, ['[data-testid=labs-figure]'], FIGURE_WORDS)).toEqual([]);
  await look(page, name);
}

test('the biological neuron and the M-P builder in Spanish', async ({ page }) => {
  await openLabsInSpanish(page);
  await openLab(page, 'neuron-history');
  const neuron = page.getByTestId('labs-figure').first();
  const prediction = neuron.getByRole('group', { name: 'Tu predicción' });
  await prediction.getByRole('button', { name: 'Mostrar cuáles se disparan' }).click();
  await expect(neuron.getByTestId('labs-bio-score')).toBeVisible();
  await expect(
    prediction.getByRole('button', { name: 'Mostrar cuáles se disparan' }),
  ).toBeDisabled();
  await check(page, 'neuron-history');

  await openLab(page, 'mcculloch-pitts');
  const builder = page.getByTestId('labs-figure').first();
  await expect(builder.getByRole('group', { name: /^Unidad / }).first()).toBeVisible();
  await expect(builder.getByText('Umbral θ').first()).toBeVisible();
  await expect(builder.getByTestId('labs-truth-table').locator('caption')).toHaveText(
    'Tabla de verdad',
  );
  await check(page, 'mcculloch-pitts');
});

test('a step figure says in Spanish which rate it uses when the box holds none', async ({
  page,
}) => {
  await openLabsInSpanish(page);
  await openLab(page, 'adaline');
  const figure = page.getByTestId('labs-figure').first();
  await figure.getByRole('spinbutton', { name: 'α de Adaline' }).fill('0');
  const note = figure.getByRole('alert');
  await expect(note).toContainText('La tasa de aprendizaje debe ser un número mayor que 0');
  await expect(note).toContainText(/α = \d+(,\d+)?\.$/);
  await figure.getByRole('button', { name: 'Paso', exact: true }).click();
  await expect(figure.getByTestId('labs-steps').locator('tbody tr[data-step]')).toHaveCount(1);
  await check(page, 'adaline-rate-note');
});
