// The Train view's settings and results against the real local host: a schedule and early
// stopping that reach the run, settings checked as typed, hidden-neuron maps, the confusion
// matrix of a finished XOR run, predicted vs true for a regression run, live theme colours.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { call } from './support/lab-socket';
import { prepareTrain } from './support/train-page';

/** Makes a built-in dataset through the local host's API. */
async function generate(page: Page, name: string): Promise<{ id: number; name: string }> {
  return call(page, 'datasets:generate', { name });
}

async function prepareXor(page: Page): Promise<void> {
  await page.goto(labUrl());
  await page.getByRole('button', { name: /Try XOR/ }).click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Play/ })).toBeEnabled();
}

async function setNumber(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('spinbutton', { name: label, exact: true });
  await field.fill(value);
  await field.press('Tab');
}

/** The numbers of a matrix's cells, row by row. */
async function matrix(page: Page, part: string): Promise<number[][]> {
  const rows = page.getByTestId(`confusion-${part}`).locator('tbody tr');
  const out: number[][] = [];
  for (let r = 0; r < (await rows.count()); r++) {
    const cells = await rows.nth(r).getByTestId('confusion-cell').allTextContents();
    out.push(cells.map((c) => Number(c.trim())));
  }
  return out;
}

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

test('settings are checked as typed; a step schedule and early stopping reach the run', async ({
  page,
}) => {
  await prepareXor(page);
  const play = page.getByRole('button', { name: /Play/ });

  // A bad number is named under its field and holds Play back until it is fixed.
  await page.getByRole('checkbox', { name: 'Stop when validation loss stalls' }).check();
  await setNumber(page, 'Patience', '0');
  await expect(
    page.getByText('Patience must be a whole number from 1 to 1,000,000 (got 0).', { exact: true }),
  ).toBeVisible();
  await expect(play).toBeDisabled();
  await expect(page.getByRole('spinbutton', { name: 'Patience' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await setNumber(page, 'Patience', '3');
  await expect(play).toBeEnabled();

  // Early stopping that must trigger: no later epoch can improve the loss by 5.
  await setNumber(page, 'Min delta', '5');
  await setNumber(page, 'Epochs', '4000');
  await page.getByRole('combobox', { name: 'Schedule' }).selectOption('step');
  await setNumber(page, 'γ (decay factor)', '0.5');
  await setNumber(page, 'Every (epochs)', '1');
  await setNumber(page, 'Learning rate', '0.1');
  await page.getByRole('combobox', { name: 'Method' }).selectOption('momentum');
  await setNumber(page, 'Momentum', '0.5');
  await page.getByRole('checkbox', { name: 'Nesterov momentum' }).check();
  await setNumber(page, 'L2 weight decay', '0.001');
  await page.screenshot({ path: 'test-results/screens/train-settings-light.png', fullPage: true });

  await play.click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  // Best epoch 1, then three without improvement: stopped at 4 of 4000, and the view says so.
  await expect(page.getByTestId('train-epoch')).toHaveText('4');
  const notice = page.getByTestId('train-notice');
  await expect(notice).toContainText('Stopped early at epoch 4 of 4000');
  await expect(notice).toContainText('did not improve for 3 epochs');

  // The schedule halves the rate every epoch: 4 points, each half the one before.
  await expect
    .poll(() => page.getByTestId('chart-learning-rate').getAttribute('data-points'))
    .toBe('4');
  const label = await page.getByTestId('chart-learning-rate').getAttribute('aria-label');
  const last = Number(/learning rate ([\d.e-]+)/.exec(label ?? '')?.[1]);
  expect(last).toBeCloseTo(0.1 * 0.5 ** 3, 6);
});

test('hidden neurons have maps; hovering one shows it large', async ({ page }) => {
  await prepareXor(page);
  await setNumber(page, 'Epochs', '300');
  await setNumber(page, 'Batch size', '1');
  await page.getByRole('button', { name: /Play/ }).click();
  const maps = page.getByTestId('hidden-maps');
  await expect(maps).toBeVisible();
  // XOR's network is 2-4-1: four hidden neurons.
  await expect(maps.getByRole('button', { name: /^Neuron h1\.\d: show large$/ })).toHaveCount(4);

  // The decision surface keeps up: at least 5 repaints a second while training.
  const surface = page.getByTestId('decision-surface');
  await expect
    .poll(async () => Number(await surface.getAttribute('data-paints')))
    .toBeGreaterThan(0);
  const before = Number(await surface.getAttribute('data-paints'));
  const t0 = Date.now();
  await page.waitForTimeout(2000);
  const after = Number(await surface.getAttribute('data-paints'));
  const status = await page.getByTestId('train-status').getAttribute('data-status');
  if (status === 'running')
    expect((after - before) / ((Date.now() - t0) / 1000)).toBeGreaterThanOrEqual(5);

  await page.getByTestId('hidden-map-h1.3').hover();
  await expect(page.getByTestId('hidden-map-large-name')).toHaveText('h1.3');
  await expect(page.getByTestId('hidden-map-large').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Neuron h1\.3 over the plane/,
  );
  // Keyboard: focusing another shows it instead.
  await page.getByTestId('hidden-map-h1.2').focus();
  await expect(page.getByTestId('hidden-map-large-name')).toHaveText('h1.2');
});

test('a finished XOR run shows a confusion matrix per part; a theme switch recolours charts', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await prepareXor(page);
  await setNumber(page, 'Epochs', '150');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  const results = page.getByTestId('train-results');
  await expect(results.getByRole('table').first()).toBeVisible({ timeout: 20_000 });

  const parts = ['train', 'validation', 'test'];
  let shown = 0;
  for (const part of parts) {
    const table = page.getByTestId(`confusion-${part}`);
    if ((await table.count()) === 0) continue;
    shown++;
    const caption = (await table.locator('caption').textContent()) ?? '';
    const rows = Number(/(\d+) rows/.exec(caption)?.[1]);
    const counts = await matrix(page, part);
    expect(counts.length).toBe(2);
    const sum = counts.flat().reduce((a, b) => a + b, 0);
    expect(sum).toBe(rows);
    const totals = (await table.getByTestId('confusion-row-total').allTextContents()).map(Number);
    expect(totals).toEqual(counts.map((r) => r.reduce((a, b) => a + b, 0)));
    // Headers name the classes for screen readers.
    await expect(table.getByRole('columnheader', { name: /predicted/ })).toHaveCount(2);
  }
  expect(shown).toBeGreaterThanOrEqual(2);

  expect(
    (
      await new AxeBuilder({ page })
        .include('[data-testid="train-results"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
    ).violations.map((v) => v.id),
  ).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/train-xor-done-light.png', fullPage: true });

  // The theme switch recolours the live charts without a reload.
  const chart = page.getByTestId('chart-loss');
  const lightColors = await chart.getAttribute('data-colors');
  const pointsBefore = await chart.getAttribute('data-points');
  // the system's preference, not the switch: a choice is stored in the shared host's settings
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(chart).not.toHaveAttribute('data-colors', lightColors ?? '');
  expect(await chart.getAttribute('data-colors')).toMatch(/^#e6e9f0 /);
  expect(await chart.getAttribute('data-points')).toBe(pointsBefore);
  expect(
    (
      await new AxeBuilder({ page })
        .include('[data-testid="train-results"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
    ).violations.map((v) => v.id),
  ).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/train-xor-done-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
});

test('a regression run shows predicted vs true', async ({ page }) => {
  await page.goto(labUrl());
  const dataset = await generate(page, 'plane');
  await prepareTrain(page, {
    datasetId: dataset.id,
    datasetName: dataset.name,
    spec: {
      inputs: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'linear' },
      ],
    },
    training: {
      loss: 'mse',
      optimizer: { name: 'adam' },
      learningRate: 0.02,
      batchSize: 16,
      epochs: 60,
      shuffle: true,
      seed: 1,
    },
    seed: 1,
    normalize: 'standard',
  });
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  const chart = page.getByTestId('chart-predicted-vs-true');
  await expect(chart).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(async () => Number(await chart.getAttribute('data-points')))
    .toBeGreaterThan(50);
  await expect(chart).toHaveAttribute('aria-label', /Predicted vs true chart: .*R² [\d.-]+/);
  await expect(page.getByTestId('confusion-train')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Save Predicted vs true chart as PNG' }),
  ).toBeVisible();
  await page.screenshot({
    path: 'test-results/screens/train-regression-light.png',
    fullPage: true,
  });
});

test('a stored run opens in Train: setup, curves, surface, weights and evaluation', async ({
  page,
}) => {
  await prepareXor(page);
  await setNumber(page, 'Epochs', '40');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  // the chart draws the last epochs within a moment of the end
  await expect(page.getByTestId('chart-loss')).toHaveAttribute('aria-label', /at epoch 40:/);
  const lossPoints = Number(await page.getByTestId('chart-loss').getAttribute('data-points'));
  // What Experiments does: forget the live run, then open the stored one by its id.
  await page.evaluate(async () => {
    type Store = {
      experimentId: number;
      reset(): Promise<void>;
      openExperiment(id: number): Promise<void>;
    };
    type AppEl = {
      __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } };
    };
    const app = (document.querySelector('#app') as unknown as AppEl).__vue_app__;
    const store = app.config.globalProperties.$pinia._s.get('train')!;
    const id = store.experimentId;
    await store.reset();
    await store.openExperiment(id);
  });
  await expect(page.getByTestId('train-opened')).toBeVisible();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('train-epoch')).toHaveText('40');
  await expect
    .poll(async () => Number(await page.getByTestId('chart-loss').getAttribute('data-points')))
    .toBe(lossPoints);
  // The surface and the hidden maps are computed here, from the stored model.
  await expect
    .poll(async () =>
      Number(await page.getByTestId('decision-surface').getAttribute('data-paints')),
    )
    .toBeGreaterThan(0);
  await expect(page.getByTestId('decision-surface')).toHaveAttribute('aria-label', /class/);
  await expect(page.getByTestId('hidden-maps').getByRole('button')).toHaveCount(4);
  await expect(
    page.getByTestId('network-diagram').locator('title', { hasText: 'weight' }).first(),
  ).toBeAttached();
  await expect(page.getByTestId('confusion-train')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);
});
