// "The same setup in the full views": a lab's setup, as the student left it, opens in Design
// (the network on the lab's data, one undo step) and in Train (network, data, training
// settings), and what the full views then compute equals the engine's own computation.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { Network } from '../../src-engine/network/network';
import { fit } from '../../src-engine/train/fit';
import { trainXor } from '../../src-renderer/labs/models/xor-network';
import { watchPageProblems } from './support/lab-page';
import { call } from './support/lab-socket';
import { openActivity, openLab, openLabs } from './support/labs-page';

test.describe.configure({ timeout: 90_000 });
watchPageProblems();

const openIn = (page: Page, view: 'Design' | 'Train') =>
  page.getByRole('group', { name: /in the full views/ }).getByRole('button', {
    name: `Open in ${view}`,
  });

/** The rows of Design's "Try it" truth table: inputs, then the unit's output. */
async function triedTable(page: Page): Promise<number[][]> {
  const rows = page.locator('.design-try-table tbody tr');
  await expect(rows.first()).toBeVisible();
  return (await rows.evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => Number(td.textContent))),
  )) as number[][];
}

/** Plays the prepared run of `epochs` epochs to its end; the final training loss the loss
 * chart states (once it shows the last epoch: charts redraw a moment after the status). */
async function trainToEnd(page: Page, epochs: number): Promise<number> {
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  const chart = page.getByTestId('chart-loss');
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`at epoch ${epochs}:`));
  const label = await chart.getAttribute('aria-label');
  const match = /training (\S+?)(,|$)/.exec(label ?? '');
  expect(match, `loss chart label: ${label}`).not.toBeNull();
  return Number(match?.[1]);
}

test("McCulloch–Pitts: the student's AND unit and an absolute-inhibition unit open in Design", async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'The McCulloch–Pitts neuron');
  // Not checked: a check stores progress, which the lab's own spec expects to start without.
  await page.getByRole('spinbutton', { name: 'Threshold of unit c' }).fill('3');
  await expect(page.getByTestId('labs-truth-table').locator('td[data-unit="c"]')).toHaveText([
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '1',
  ]);
  // A single McCulloch–Pitts unit is not trained by gradient descent: Design only.
  await expect(openIn(page, 'Train')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/labs-open-in-light.png', fullPage: true });
  await openIn(page, 'Design').click();

  await expect(page.getByRole('heading', { name: 'Design', level: 2 })).toBeVisible();
  await expect(page.getByTestId('design-data')).toContainText('Sizes follow and of three');
  await expect(page.getByTestId('design-summary')).toHaveText('3-1');
  await expect(page.getByTestId('design-block').nth(1)).toHaveAttribute(
    'data-kind',
    'mcculloch-pitts',
  );
  await page.getByRole('button', { name: 'Try it' }).click();
  // the threshold the student set (3), not the lab's starting 0: AND of three, row by row
  const and = await triedTable(page);
  expect(and).toHaveLength(8);
  for (const [a1, a2, a3, out] of and) expect(out).toBe(a1 && a2 && a3 ? 1 : 0);
  // What Design held before is one undo away.
  await expect(page.getByRole('button', { name: /Undo/ })).toBeEnabled();

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Labs' })
    .click();
  await openActivity(page, 'Weighted or absolute inhibition');
  await page.getByRole('combobox', { name: 'Inhibition rule of unit c' }).selectOption('absolute');
  await openIn(page, 'Design').click();
  await expect(page.getByTestId('design-summary')).toHaveText('3-1');
  await page.getByRole('button', { name: 'Try it' }).click();
  const table = await triedTable(page);
  expect(table).toHaveLength(8);
  // absolute inhibition: any active inhibitory input (b) silences the unit
  for (const [a1, a2, b, fires] of table) expect(fires).toBe((a1 || a2) && !b ? 1 : 0);
});

test('gradient descent: the five points open in Design and in Train; Train fits them as the engine does', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Cost and gradient descent');
  // The student's α goes along (set here: a saved answer from another spec may hold any α).
  await page.getByTestId('labs-descent-rate').fill('0.05');
  await openIn(page, 'Design').click();
  await expect(page.getByTestId('design-data')).toContainText(
    'Sizes follow gradient descent lab points',
  );
  await expect(page.getByTestId('design-summary')).toHaveText('1-1');

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Labs' })
    .click();
  await openIn(page, 'Train').click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
  await expect(page.getByText('1-1 network on gradient descent lab points')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('0.05');
  const shown = await trainToEnd(page, 300);

  // The same fit in the engine: h(x) = w₀ + w₁x, MSE, α = 0.05, all five points per step.
  const points = [
    [0, 1.2],
    [1, 1.9],
    [2, 3.2],
    [3, 3.8],
    [4, 5.1],
  ];
  const net = new Network({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] }, { seed: 1 });
  let last = NaN;
  fit(
    net,
    {
      x: Float64Array.from(points.map((p) => p[0])),
      y: Float64Array.from(points.map((p) => p[1])),
      m: 5,
    },
    {
      loss: 'mse',
      optimizer: { name: 'sgd' },
      learningRate: 0.05,
      batchSize: 5,
      epochs: 300,
      shuffle: true,
      seed: 1,
    },
    { onEpoch: (e) => (last = e.loss) },
  );
  expect(Math.abs(shown - last) / last).toBeLessThan(0.01);
});

test('minima: a real network stuck in a poor minimum, as the engine predicts for seed 2', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Local minima and saddle points');
  await openActivity(page, 'Two minima');
  await openIn(page, 'Train').click();
  await expect(page.getByText('2-2-1 network on XOR')).toBeVisible();
  const shown = await trainToEnd(page, 3000);
  const engine = trainXor({ activation: 'sigmoid', learningRate: 2, epochs: 3000, seed: 2 });
  const expected = engine.loss[engine.loss.length - 1][1];
  expect(expected).toBeGreaterThan(0.05); // stuck: one of the four answers stays wrong
  expect(Math.abs(shown - expected)).toBeLessThan(0.002);
});

test("schedules: the student's c1 and c2 reach Train as its schedule", async ({ page }) => {
  await openLabs(page);
  await openLab(page, 'Learning rate schedules');
  await page.getByRole('slider', { name: /^c1/ }).fill('1');
  await page.getByRole('slider', { name: /^c2/ }).fill('20');
  await expect(page.getByRole('group', { name: /in the full views/ })).toContainText(
    'α_k = 1/(k + 20)',
  );
  await openIn(page, 'Train').click();
  await expect(page.locator('#train-schedule')).toHaveValue('inverse');
  await expect(page.locator('#train-schedule-c1')).toHaveValue('1');
  await expect(page.locator('#train-schedule-c2')).toHaveValue('20');
  await trainToEnd(page, 20);
  // 50 rows, one update each: the last epoch's rate is c1/(k + c2) for an update of epoch 20
  const rateChart = page.getByTestId('chart-learning-rate');
  await expect(rateChart).toHaveAttribute('aria-label', /at epoch 20:/);
  const rate = await rateChart.getAttribute('aria-label');
  const value = Number(/learning rate (\S+)$/.exec(rate ?? '')?.[1]);
  expect(value).toBeGreaterThan(1 / (20 * 50 + 20));
  expect(value).toBeLessThan(1 / (19 * 50 + 20));
});

test("perceptron: the student's points open in Train as a two-class dataset", async ({ page }) => {
  await openLabs(page);
  await openLab(page, 'The perceptron');
  await openActivity(page, 'Your own points');
  // However many points the plane holds (a saved answer may have added some), one more.
  const group = page.getByRole('group', { name: /in the full views/ });
  const before = Number(/these (\d+) points/.exec((await group.textContent()) ?? '')?.[1]);
  expect(before).toBeGreaterThanOrEqual(6);
  await page.getByRole('spinbutton', { name: 'x1 of the new point' }).fill('3');
  await page.getByRole('spinbutton', { name: 'x2 of the new point' }).fill('3.5');
  await page.getByRole('button', { name: 'Add point' }).click();
  await expect(group).toContainText(`a sigmoid unit trained on these ${before + 1} points`);
  await openIn(page, 'Train').click();
  await expect(page.getByText('2-1 network on perceptron lab points')).toBeVisible();
  const datasets = await call<{ name: string; rowCount: number; task: string }[]>(
    page,
    'datasets:list',
  );
  expect(datasets.filter((d) => d.name === 'perceptron lab points')).toEqual([
    expect.objectContaining({ rowCount: before + 1, task: 'classification' }),
  ]);
  await trainToEnd(page, 200);
});
