// The Train view against the real local host: XOR from the Welcome view, play, pause, step,
// a learning-rate change mid-run, the finished run, chart downloads and a diverging run.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { call } from './support/lab-socket';

/** The epoch counter of the progress line. */
async function epoch(page: Page): Promise<number> {
  return Number(await page.getByTestId('train-epoch').textContent());
}

/** Points drawn in a chart (all its lines). */
async function chartPoints(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(`chart-${id}`).getAttribute('data-points'));
}

async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Opens the lab and prepares XOR the way a person does: Welcome → "Try XOR". */
async function prepareXor(page: Page): Promise<void> {
  await page.goto(labUrl());
  await page.getByRole('button', { name: /Try XOR/ }).click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Play/ })).toBeEnabled();
}

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

test('trains XOR live: play, pause, step, change the rate, finish, save the charts', async ({
  page,
}) => {
  await prepareXor(page);
  const progress = page.getByRole('progressbar', { name: 'Training progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');

  // Slow enough to catch it running: one sample per update, many epochs.
  await page.getByRole('spinbutton', { name: 'Batch size' }).fill('1');
  await page.getByRole('spinbutton', { name: 'Batch size' }).press('Tab');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('4000');
  await page.getByRole('spinbutton', { name: 'Epochs' }).press('Tab');

  // Watched at Playground's pace (60 epochs a second), so that the run is still going when
  // it is paused however fast the engine is; full speed again once resumed.
  const speed = page.getByTestId('train-speed');
  await speed.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('train-speed-text')).toHaveText('60 epochs/s (one per frame)');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => epoch(page)).toBeGreaterThan(1);
  const firstPoints = await chartPoints(page, 'loss');
  await expect.poll(() => chartPoints(page, 'loss')).toBeGreaterThan(firstPoints);
  await expect(progress).not.toHaveAttribute('aria-valuenow', '0');

  // Pause: the counter stops.
  // On a loaded machine the trainer may take seconds to answer: wait for the status itself.
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'paused', {
    timeout: 20_000,
  });
  await page.waitForTimeout(300); // let in-flight progress land
  const pausedAt = await epoch(page);
  await page.waitForTimeout(800);
  expect(await epoch(page)).toBe(pausedAt);
  await expect(page.getByRole('button', { name: /Play/ })).toBeDisabled();

  // Step epoch, then step batch: one epoch more (the batch only starts the next one), and
  // the run stays paused.
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await page.waitForTimeout(200);
  await page.getByRole('button', { name: 'Step batch' }).click();
  await expect.poll(() => epoch(page), { timeout: 20_000 }).toBe(pausedAt + 1);
  await page.waitForTimeout(300);
  expect(await epoch(page)).toBe(pausedAt + 1);
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'paused');

  // A new learning rate reaches the learning-rate series. It is applied while still paused
  // and seen after one stepped epoch, so that the run cannot finish first on a fast machine.
  await page.getByRole('spinbutton', { name: 'Learning rate' }).fill('0.005');
  await page.getByRole('button', { name: 'Apply' }).click();
  // the trainer confirms the rate it now uses, even while paused
  await expect(page.getByTestId('train-rate-live')).toContainText('The run trains with 0.005');
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await expect(page.getByTestId('chart-learning-rate')).toHaveAttribute(
    'aria-label',
    /learning rate 0\.005\b/,
    { timeout: 20_000 },
  );
  await page.getByRole('button', { name: /Resume/ }).click();
  await page.screenshot({ path: 'test-results/screenshots/train-running.png', fullPage: true });
  await speed.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('train-speed-text')).toHaveText('as fast as possible');

  // To the end.
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 90_000,
  });
  await expect(progress).toHaveAttribute('aria-valuenow', '4000');
  expect(await epoch(page)).toBe(4000);
  await expect.poll(() => chartPoints(page, 'loss')).toBeGreaterThanOrEqual(4000);
  await expect.poll(() => chartPoints(page, 'learning-rate')).toBe(4000);
  await expect(page.getByTestId('chart-loss')).toHaveAttribute('aria-label', /at epoch 4000/);
  await expect(page.getByRole('button', { name: /Play/ })).toBeEnabled();
  await expect(page.getByRole('button', { name: /Stop/ })).toBeDisabled();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);

  // The log scale toggle keeps the points.
  await page.getByLabel('Log scale').check();
  expect(await chartPoints(page, 'loss')).toBeGreaterThanOrEqual(4000);

  // Downloads: PNG (a real PNG) and SVG (an SVG document).
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save Loss chart as PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('loss.png');
  const pngBytes = await downloadedBytes(png);
  expect(pngBytes.length).toBeGreaterThan(1000);
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save Accuracy chart as SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('accuracy.svg');
  const svgText = (await downloadedBytes(svg)).toString('utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('<path');

  await page.screenshot({ path: 'test-results/screenshots/train-done.png', fullPage: true });

  // Reset forgets the run, keeps the setup.
  await page.getByRole('button', { name: /Reset/ }).click();
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect.poll(() => chartPoints(page, 'loss')).toBe(0);
  await expect(page.getByRole('button', { name: /Play/ })).toBeEnabled();
});

test('a diverging run ends with the divergence message, not a grey chart', async ({ page }) => {
  await page.goto(labUrl());
  // A regression set through the API, then handed to the Train store as a design would.
  const dataset = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name: 'plane',
  });
  await page.evaluate(async (ds) => {
    type Pinia = { _s: Map<string, { prepare(setup: unknown): Promise<void> }> };
    type AppEl = { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } };
    const app = (document.querySelector('#app') as unknown as AppEl).__vue_app__;
    // The Welcome view has created the store already (it prepares XOR with it).
    const store = app.config.globalProperties.$pinia._s.get('train');
    if (!store) throw new Error('the train store is not set up');
    await store.prepare({
      datasetId: ds.id,
      datasetName: ds.name,
      spec: {
        inputs: 2,
        layers: [
          { units: 16, activation: 'relu' },
          { units: 1, activation: 'linear' },
        ],
      },
      training: {
        loss: 'mse',
        optimizer: { name: 'sgd' },
        learningRate: 50,
        batchSize: 10,
        epochs: 200,
        shuffle: true,
        seed: 1,
      },
      seed: 1,
      normalize: 'none',
    });
  }, dataset);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Train' })
    .click();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('50');

  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'failed', {
    timeout: 30_000,
  });
  const alert = page.getByTestId('train-failure');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The run failed');
  await expect(alert).toContainText(/the loss became (NaN|Infinity)/i);
  await expect(alert).toContainText('try a smaller learning rate');
  await expect(page.getByRole('button', { name: /Play/ })).toBeEnabled();
  await page.screenshot({ path: 'test-results/screenshots/train-failed.png', fullPage: true });
});
