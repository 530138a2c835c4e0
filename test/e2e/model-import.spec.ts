// Leaving with a model and coming back: a finished run's model is exported as Neuron Lab JSON
// from the Experiments view, imported again as a run of its own, which is judged exactly like
// the original; and a run is trained further from its stored weights.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { call } from './support/lab-socket';
import { labUrl } from './support/lab-page';

interface Evaluation {
  parts: { part: string; rows: number; loss: number; accuracy?: number; confusion?: number[][] }[];
}

async function finished(page: Page, id: number): Promise<void> {
  await expect
    .poll(
      async () =>
        (await call<{ experiment: { status: string } }>(page, 'experiments:get', { id })).experiment
          .status,
      { timeout: 60_000 },
    )
    .toBe('done');
}

test('a model goes out as JSON, comes back as a run, and a run trains on from its weights', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  await page.goto(labUrl());

  const dataset = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name: 'xor',
    params: {},
  });
  const name = `export-import ${Date.now()}`;
  const { experimentId } = await call<{ experimentId: number }>(page, 'runs:start', {
    datasetId: dataset.id,
    spec: {
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    training: {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'sgd' },
      learningRate: 0.3,
      batchSize: 10,
      epochs: 30,
      shuffle: false,
      seed: 1,
    },
    seed: 1,
    normalize: 'none',
    name,
  });
  await finished(page, experimentId);

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Experiments', exact: true })
    .click();
  const row = page.getByTestId(`run-${experimentId}`);
  await row.getByRole('button', { name: /^Show details of/ }).click();

  // Out: the model file, as a person downloads it.
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Model JSON/ }).click();
  const download = await downloading;
  const file = await download.path();
  const model = JSON.parse(await readFile(file, 'utf8'));
  expect(model.spec.layers.map((l: { units: number }) => l.units)).toEqual([4, 1]);

  // In again: a new finished run on the same dataset, judged exactly like the original.
  await page.getByRole('button', { name: 'Import a model…' }).click();
  await page.getByLabel('Model file').setInputFiles({
    name: 'xor-model.json',
    mimeType: 'application/json',
    buffer: await readFile(file),
  });
  await page.getByLabel('Dataset', { exact: true }).selectOption(String(dataset.id));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const imported = page.locator('tbody[data-run-id]').filter({ hasText: 'xor-model' });
  await expect(imported).toHaveCount(1);
  const importedId = Number(await imported.getAttribute('data-run-id'));
  expect(importedId).not.toBe(experimentId);
  const original = await call<Evaluation>(page, 'experiments:evaluate', { id: experimentId });
  const again = await call<Evaluation>(page, 'experiments:evaluate', { id: importedId });
  expect(again.parts).toEqual(original.parts);

  // A file that does not fit the dataset says why, naming the mismatch.
  const iris = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name: 'iris',
  });
  await page.getByRole('button', { name: 'Import a model…' }).click();
  await page.getByLabel('Model file').setInputFiles({
    name: 'xor-model.json',
    mimeType: 'application/json',
    buffer: await readFile(file),
  });
  await page.getByLabel('Dataset', { exact: true }).selectOption(String(iris.id));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const refusal = page.getByRole('region', { name: 'Import a model' }).getByRole('alert');
  await expect(refusal).toContainText('does not fit');
  await expect(refusal).toContainText('gives 4');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  // Trained further: a new run that starts from the stored weights and finishes.
  await page
    .getByRole('button', { name: `Continue training ‘${name}’ from its trained weights` })
    .click();
  const continued = page.locator('tbody[data-run-id]').filter({ hasText: `${name} (continued)` });
  await expect(continued).toHaveCount(1);
  const continuedId = Number(await continued.getAttribute('data-run-id'));
  await finished(page, continuedId);
  const { experiment } = await call<{ experiment: { config: { continuesFrom?: number } } }>(
    page,
    'experiments:get',
    { id: continuedId },
  );
  expect(experiment.config.continuesFrom).toBe(experimentId);
  // It starts where the original ended, so 30 more epochs of plain SGD end lower still.
  const metrics = async (id: number) =>
    (
      await call<{ experiment: { finalMetrics: { loss: number } } }>(page, 'experiments:get', {
        id,
      })
    ).experiment.finalMetrics.loss;
  expect(await metrics(continuedId)).toBeLessThan(await metrics(experimentId));

  await page.screenshot({
    path: 'test-results/screens/experiments-import-light.png',
    fullPage: true,
  });
  expect(problems).toEqual([]);
});
