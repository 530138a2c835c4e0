// The digits in the Train view against the real local host: a briefly trained 784-32-10
// network tried on the drawing pad (mouse and keyboard) and its misclassified examples.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { call } from './support/lab-socket';
import { prepareTrain } from './support/train-page';

test.describe.configure({ timeout: 180_000 });

watchPageProblems();

const MNIST_SETUP = (dataset: { id: number; name: string }) => ({
  datasetId: dataset.id,
  datasetName: dataset.name,
  spec: {
    inputs: 784,
    layers: [
      { units: 32, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
  },
  training: {
    loss: 'cross_entropy',
    optimizer: { name: 'adam' },
    learningRate: 0.005,
    batchSize: 32,
    epochs: 4,
    shuffle: true,
    seed: 1,
  },
  seed: 1,
  normalize: 'none',
});

/** The probabilities the pad lists, in class order. */
async function probabilities(page: Page): Promise<number[]> {
  const items = page.getByTestId('digit-probabilities').locator('li');
  const values: number[] = [];
  for (let i = 0; i < (await items.count()); i++)
    values.push(Number(await items.nth(i).getAttribute('data-probability')));
  return values;
}

test('digits: draw on the pad for a live prediction; the mistakes are shown', async ({ page }) => {
  await page.goto(labUrl());
  const dataset = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name: 'mnist',
    params: { count: 2000 },
  });
  await prepareTrain(page, MNIST_SETUP(dataset));
  // No 784-input surface; the network diagram stays readable with "… more" markers.
  await expect(page.getByTestId('decision-surface')).toHaveCount(0);
  await expect(page.getByTestId('network-diagram')).toContainText('… 776 more');

  await page.getByRole('button', { name: /Play/ }).click();
  // Both layers are large enough for the WebAssembly kernels, and the view says so.
  await expect(page.getByTestId('train-kernels')).toHaveAttribute(
    'data-kernels',
    'wasm-simd wasm-simd',
  );
  await expect(page.getByTestId('train-kernels')).toContainText('Kernels: WebAssembly SIMD');
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 90_000,
  });
  const pad = page.getByTestId('digit-pad-canvas');
  await expect(pad).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('digit-prediction')).toHaveText(
    'Draw a digit to see a prediction.',
  );

  // A "1": one vertical stroke down the middle of the pad, drawn with the mouse.
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height * 0.15);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(x + i * 0.5, box.y + box.height * (0.15 + i * 0.058));
  // Live: a prediction is there before the pen is lifted.
  await expect(page.getByTestId('digit-prediction')).toContainText('Prediction:');
  await page.mouse.up();
  const p = await probabilities(page);
  expect(p).toHaveLength(10);
  expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  const best = p.indexOf(Math.max(...p));
  await expect(page.getByTestId('digit-prediction')).toContainText(`Prediction: ${best} (`);
  await page.screenshot({ path: 'test-results/screens/train-digits-light.png', fullPage: true });

  // Clear empties the pad; the keyboard way loads a digit of the data instead.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByTestId('digit-prediction')).toHaveText(
    'Draw a digit to see a prediction.',
  );
  await page.getByRole('button', { name: 'Load a random digit' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('digit-prediction')).toContainText('Prediction:');
  expect((await probabilities(page)).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);

  // The misclassified grid: 28 × 28 images with true → predicted labels and alt text.
  const items = page.getByTestId('misclassified-item');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(60);
  for (let i = 0; i < Math.min(count, 5); i++) {
    const item = items.nth(i);
    const alt = (await item.getByRole('img').getAttribute('alt')) ?? '';
    const m = /^A handwritten (\d) the model read as (\d) \(\d+% sure\)/.exec(alt);
    expect(m, alt).not.toBeNull();
    expect(m![1]).not.toBe(m![2]);
    await expect(item).toContainText(`${m![1]} → ${m![2]}`);
    expect(await item.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
      28,
    );
  }

  // the system's preference, not the switch: a choice is stored in the shared host's settings
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/screens/train-digits-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
});
