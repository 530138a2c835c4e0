// The labs in Spanish (`?lang=es`): their chrome — buttons, labels, readouts, the task's
// verdict — comes from the Spanish message files, and it fits (Spanish runs about a fifth
// longer than English). Screenshots in test-results/screens/labs-es-*.png.
import { expect, test } from '@playwright/test';
import { watchPageProblems } from './support/lab-page';
import { look, openLab, openLabsInSpanish } from './support/labs-in-spanish';

test.describe.configure({ timeout: 90_000 });

watchPageProblems();

test('the perceptron lab in Spanish: controls, readouts, messages and the verdict', async ({
  page,
}) => {
  await openLabsInSpanish(page);
  await openLab(page, 'perceptron');
  const figure = page.getByTestId('labs-figure').first();
  await expect(figure.getByRole('group', { name: 'Entrenamiento' })).toBeVisible();
  await figure.getByRole('button', { name: 'Paso', exact: true }).click();
  await expect(figure.getByText('Épocas terminadas')).toBeVisible();
  await expect(figure.getByTestId('labs-steps')).toContainText('w después');
  await page.getByRole('button', { name: 'Comprobar', exact: true }).click();
  await expect(page.getByTestId('labs-check-result')).toContainText(/Superado\.|Todavía no\./);
  await expect(page.getByText('Try this')).toHaveCount(0);
  await look(page, 'perceptron');
});

test('the backprop graph and the sigmoid neuron in Spanish', async ({ page }) => {
  await openLabsInSpanish(page);
  await openLab(page, 'sigmoid-neuron');
  const neuron = page.getByTestId('labs-figure').first();
  await expect(neuron.getByRole('spinbutton', { name: 'Sesgo w₀' })).toBeVisible();
  await neuron.getByRole('button', { name: 'Paso de gradiente' }).click();
  await expect(neuron.getByText('Pasos de gradiente dados')).toBeVisible();
  await look(page, 'sigmoid-neuron');

  await openLab(page, 'backpropagation');
  const graph = page.getByTestId('labs-figure').first();
  await graph.getByRole('button', { name: 'Pasada hacia delante completa' }).click();
  await expect(graph.getByTestId('labs-bp-current')).toContainText('Paso hacia delante');
  await look(page, 'backprop-graph');
});

test('the decision-region lab in Spanish', async ({ page }) => {
  await openLabsInSpanish(page);
  await openLab(page, 'decision-boundaries');
  const figure = page.getByTestId('labs-figure').first();
  await expect(figure.getByText('Círculos dentro de la región')).toBeVisible();
  await look(page, 'regions');
});
