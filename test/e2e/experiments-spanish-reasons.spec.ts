// Why a stored run ended, read in Spanish (`?lang=es`) in the Experiments list: early stopping
// and a stop by the user are stored with the engine's code and values (schema 7) and said in
// the reader's language, not in the English the command line prints. Screenshot in
// test-results/screens/experiments-es-reasons.png.
import type { Page } from '@playwright/test';
import { englishWordsIn } from './support/english-words';
import { call } from './support/lab-socket';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';

watchPageProblems();
test.use({ viewport: { width: 1280, height: 800 } });

/** Words of the engine's English reasons, none of which the Spanish ones use. */
const REASON_WORDS = ['validation', 'improve', 'stopped by', 'epoch', 'restored', 'weights'];

const training = {
  loss: 'binary_cross_entropy',
  optimizer: { name: 'sgd' },
  learningRate: 0.1,
  batchSize: 10,
  shuffle: false,
  seed: 1,
};

async function statusOf(page: Page, id: number): Promise<string> {
  const { experiment } = await call<{ experiment: { status: string } }>(page, 'experiments:get', {
    id,
  });
  return experiment.status;
}

test('the Experiments list says in Spanish why runs ended early', async ({ page }) => {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  await page.goto(url.toString());
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const dataset = await call<{ id: number }>(page, 'datasets:generate', {
    name: 'xor',
    params: {},
  });
  const spec = {
    inputs: 2,
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  };
  // no epoch improves by a million: stopped after two epochs without improvement
  const early = await call<{ experimentId: number }>(page, 'runs:start', {
    datasetId: dataset.id,
    spec,
    training: { ...training, epochs: 200, earlyStopping: { patience: 2, minDelta: 1e6 } },
    seed: 1,
    name: 'parada temprana',
  });
  // one epoch a second: stopped by the user while it trains
  const slow = await call<{ experimentId: number }>(page, 'runs:start', {
    datasetId: dataset.id,
    spec,
    training: { ...training, epochs: 1000 },
    seed: 1,
    name: 'detenida',
    epochsPerSecond: 2,
  });
  await expect.poll(() => statusOf(page, early.experimentId)).toBe('done');
  await expect
    .poll(async () => {
      const { experiment } = await call<{ experiment: { epochsDone: number } }>(
        page,
        'experiments:get',
        { id: slow.experimentId },
      );
      return experiment.epochsDone;
    })
    .toBeGreaterThan(0);
  await call(page, 'runs:control', { experimentId: slow.experimentId, action: 'stop' });
  await expect.poll(() => statusOf(page, slow.experimentId)).toBe('stopped');

  await page
    .getByRole('navigation', { name: 'Vistas' })
    .getByRole('button', { name: 'Experimentos', exact: true })
    .click();
  const earlyRow = page.getByTestId(`run-${early.experimentId}`);
  await expect(earlyRow.locator('.experiments-status-reason')).toHaveText(
    /^la pérdida de validación no mejoró en 2 épocas \(la mejor, 0,\d{4}, en la época 1\); se restauraron los pesos de la época 1$/,
  );
  const stoppedRow = page.getByTestId(`run-${slow.experimentId}`);
  await expect(stoppedRow.locator('.experiments-status-reason')).toHaveText(
    /^detenido por el usuario tras la época \d+$/,
  );
  expect(
    await englishWordsIn(
      page,
      [
        `[data-testid="run-${early.experimentId}"] .experiments-status-reason`,
        `[data-testid="run-${slow.experimentId}"] .experiments-status-reason`,
      ],
      REASON_WORDS,
    ),
  ).toEqual([]);
  await earlyRow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/experiments-es-reasons.png' });
});

test('the Experiments list names a generated dataset in Spanish', async ({ page }) => {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  await page.goto(url.toString());
  const dataset = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name: 'spiral',
    params: { count: 60, noise: 0.25 },
  });
  // the stored name stays main's English (the command line and exports read it)
  expect(dataset.name).toBe('Spiral (count 60, noise 0.25)');
  const run = await call<{ experimentId: number }>(page, 'runs:start', {
    datasetId: dataset.id,
    spec: {
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    training: { ...training, epochs: 2 },
    seed: 1,
    name: 'espiral corta',
  });
  await expect.poll(() => statusOf(page, run.experimentId)).toBe('done');

  await page
    .getByRole('navigation', { name: 'Vistas' })
    .getByRole('button', { name: 'Experimentos', exact: true })
    .click();
  const shown = page.getByTestId(`run-${run.experimentId}`).getByTestId('run-dataset');
  await expect(shown).toHaveText(/^Espiral \(.*60.*0,25\)$/);
  expect(
    await englishWordsIn(
      page,
      [`[data-testid="run-${run.experimentId}"] [data-testid="run-dataset"]`],
      ['Spiral', 'count', 'noise'],
    ),
  ).toEqual([]);
  await shown.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/experiments-es-dataset-name.png' });
});
