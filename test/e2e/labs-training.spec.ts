// Labs 9–11 against the real local host, done the way a student does them: train a sigmoid
// neuron and work out its gradient, pick c1 and c2 of the decreasing learning rate, count
// batches and updates, compare batch sizes. Numbers read off the page are compared with plain
// computations written here (the lecture's formulas as loops), not with the code that drew them.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { generate } from '../../src-engine/data/generators';
import { Network } from '../../src-engine/network/network';
import { bestConstant } from '../../src-renderer/labs/training/schedule-quality';
import { watchPageProblems } from './support/lab-page';
import { lookInBothThemes, openActivity, openLab, openLabs } from './support/labs-page';

test.describe.configure({ timeout: 90_000 });

watchPageProblems();

async function check(page: Page, passed: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const result = page.getByTestId('labs-check-result');
  await expect(result).toHaveAttribute('data-passed', String(passed));
  await expect(result).toContainText(passed ? 'Passed.' : 'Not yet.');
}

const r4 = (v: number): string => {
  const r = Math.round(v * 1e4) / 1e4;
  return String(Object.is(r, -0) ? 0 : r);
};

// --- the lecture's formulas for one sigmoid neuron ----------------------------------
type XT = [number, number];
const REGRESSION: XT[] = [
  [-3, 0.05],
  [-1.5, 0.2],
  [0, 0.45],
  [1, 0.6],
  [2.5, 0.85],
  [4, 0.95],
];
const CLASSES: XT[] = [
  [-2, 0],
  [-1, 0],
  [0.5, 1],
  [1, 0],
  [2, 1],
  [3, 1],
];
const sigma = (z: number): number => 1 / (1 + Math.exp(-z));
function mse(w: XT): number {
  return (
    REGRESSION.reduce((s, [x, t]) => s + (sigma(w[0] + w[1] * x) - t) ** 2, 0) /
    (2 * REGRESSION.length)
  );
}
/** (1/m) Σ (f(zⁱ) − tⁱ) f(zⁱ)(1 − f(zⁱ)) xⱼⁱ, x₀ = 1 */
function mseGradient(w: XT): XT {
  const g: XT = [0, 0];
  for (const [x, t] of REGRESSION) {
    const h = sigma(w[0] + w[1] * x);
    const f = (h - t) * h * (1 - h);
    g[0] += f / REGRESSION.length;
    g[1] += (f * x) / REGRESSION.length;
  }
  return g;
}

test('one sigmoid neuron: the gradient is the formula; α chosen with reasons; ∂J/∂w1 entered; a confidently wrong point', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'One sigmoid neuron');
  // a student's earlier answer is restored: start from the lab's own weights
  await page.getByRole('button', { name: 'Reset' }).click();

  let w: XT = [0, -0.5];
  await expect(page.getByTestId('labs-neuron-loss')).toHaveText(r4(mse(w)));
  const g = mseGradient(w);
  await expect(page.getByTestId('labs-neuron-grad-w0')).toHaveText(r4(g[0]));
  await expect(page.getByTestId('labs-neuron-grad-w1')).toHaveText(r4(g[1]));
  await check(page, false);

  await page.getByRole('button', { name: 'Gradient step' }).click();
  w = [w[0] - 0.5 * g[0], w[1] - 0.5 * g[1]];
  await expect(page.getByTestId('labs-neuron-loss')).toHaveText(r4(mse(w)));
  await expect(page.getByTestId('labs-neuron-steps')).toHaveText('1');

  // the task is the learning rate: the default α (one click), the target J copied as α and a
  // far too large α fail, each with its reason
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('steps are too small');
  const rate = page.getByRole('spinbutton', { name: 'Learning rate α' });
  await rate.fill('0.001');
  await check(page, false);
  await rate.fill('30');
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('steps are too large');
  // α = 5: ten steps from the start, as computed here, end below 0.001
  await rate.fill('5');
  await page.getByRole('button', { name: 'Reset' }).click();
  await rate.fill('5');
  await page.getByRole('button', { name: '10 steps' }).click();
  w = [0, -0.5];
  for (let k = 0; k < 10; k++) {
    const d = mseGradient(w);
    w = [w[0] - 5 * d[0], w[1] - 5 * d[1]];
  }
  expect(mse(w)).toBeLessThan(0.001);
  await expect(page.getByTestId('labs-neuron-loss')).toHaveText(r4(mse(w)));
  await expect(page.getByTestId('labs-neuron-steps')).toHaveText('10');
  await check(page, true);

  // classification: the student sums (h − t)·x from the table and divides by m
  await openActivity(page, 'Classification with the cross-entropy');
  const hs = CLASSES.map(([x]) => sigma(0 + 0.5 * x));
  await expect(page.getByTestId('labs-neuron-h')).toHaveText(hs.map(r4));
  const dw0 = CLASSES.reduce((s, [, t], i) => s + (hs[i] - t), 0) / CLASSES.length;
  await expect(page.getByTestId('labs-neuron-grad-w0')).toHaveText(r4(dw0));
  await expect(page.getByTestId('labs-neuron-grad-w1')).toHaveCount(0);
  const dw1 = CLASSES.reduce((s, [x, t], i) => s + x * (hs[i] - t), 0) / CLASSES.length;
  const entry = page.getByRole('textbox', { name: /Your ∂J\/∂w₁/ });
  // one click, the ∂J/∂w0 shown on the page copied, the sum instead of the mean, a wrong sign
  await check(page, false);
  await entry.fill(r4(dw0).replace('-', '\u2212'));
  await check(page, false);
  await entry.fill(r4(dw1 * CLASSES.length));
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('That is the sum');
  await entry.fill(r4(-dw1));
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('sign');
  await entry.fill(r4(dw1).replace('-', '\u2212'));
  await check(page, true);

  // a confidently wrong point: where the cross-entropy's gradient is 100 times the other's
  await openActivity(page, 'A confidently wrong point');
  const z = page.getByRole('spinbutton', { name: 'z', exact: true });
  await z.fill('2');
  await check(page, false);
  // the ratio itself typed as z is off the axis
  await z.fill('100');
  await check(page, false);
  await z.fill('-3');
  await check(page, false);
  const h = sigma(-3);
  await expect(page.getByTestId('labs-lg-mse')).toHaveText(
    String(Math.round((h - 1) * h * (1 - h) * 1e5) / 1e5),
  );
  await expect(page.getByTestId('labs-lg-ce')).toHaveText(String(Math.round((h - 1) * 1e5) / 1e5));
  // h(1 − h) = 1/100: h = (1 − √0.96)/2, z = ln(h/(1 − h))
  const target = (1 - Math.sqrt(0.96)) / 2;
  await z.fill(Math.log(target / (1 - target)).toFixed(2));
  await check(page, true);
});

// --- labs 10 and 11: the same data and starting weights as the lab files ------------------
const LINE = { name: 'line', params: { count: 50, slope: 2, intercept: 1, noise: 1, seed: 7 } };
/** J of the linear unit the lab draws from seed 3, before any update: a plain loop. */
function initialLoss(): number {
  const data = generate(LINE.name, LINE.params, 'float64');
  const net = new Network(
    { inputs: 1, layers: [{ units: 1, activation: 'linear' }] },
    { dtype: 'float64', seed: 3 },
  );
  const { W, b } = net.getWeights();
  let s = 0;
  for (let i = 0; i < data.m; i++) s += (b[0][0] + W[0][0][0] * data.x[i] - data.y[i]) ** 2;
  return s / (2 * data.m);
}
const num = async (page: Page, id: string): Promise<number> =>
  Number(await page.getByTestId(id).textContent());

test('schedules: rates are c1/(k + c2); good constants beat the best constant rate over the last epoch', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Learning rate schedules');
  await page.getByRole('button', { name: "Back to the lab's c1 and c2" }).click();

  await expect(page.getByTestId('labs-sched-first-rate')).toHaveText(r4(0.1 / 100));
  await expect(page.getByTestId('labs-sched-last-rate')).toHaveText(r4(0.1 / (999 + 100)));
  await expect(page.getByTestId('labs-sched-start-loss')).toHaveText(r4(initialLoss()));
  await check(page, false);

  // too large a first rate
  await page.getByRole('slider', { name: /^c1/ }).fill('5');
  await page.getByRole('slider', { name: /^c2/ }).fill('1');
  await expect(page.getByTestId('labs-sched-final-inverse')).toHaveText('diverged');
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('diverged');

  await page.getByRole('slider', { name: /^c1/ }).fill('1');
  await page.getByRole('slider', { name: /^c2/ }).fill('20');
  await expect(page.getByTestId('labs-sched-c1')).toHaveText('1');
  await expect(page.getByTestId('labs-sched-c2')).toHaveText('20');
  await expect(page.getByTestId('labs-sched-first-rate')).toHaveText(r4(1 / 20));
  await expect(page.getByTestId('labs-sched-last-rate')).toHaveText(r4(1 / (999 + 20)));
  const constant = await num(page, 'labs-sched-final-constant');
  const inverse = await num(page, 'labs-sched-final-inverse');
  expect(inverse).toBeLessThan(0.97 * constant);
  // the mean over the last epoch against the best constant rate of a sweep, as the engine runs it
  const setup = JSON.parse(
    readFileSync(
      new URL('../../resources/labs/11-learning-rate-schedules.json', import.meta.url),
      'utf8',
    ),
  ).activities[0].figure.setup;
  const best = bestConstant(setup);
  await expect(page.getByTestId('labs-sched-best')).toHaveText(
    String(Math.round(best.mean * 1e6) / 1e6),
  );
  await check(page, true);
  // the constant rate copied as the schedule's first rate decays far too soon
  await page.getByRole('slider', { name: /^c1/ }).fill('0.05');
  await page.getByRole('slider', { name: /^c2/ }).fill('1');
  await check(page, false);
});

test('batch size: the calculator counts batches as the lecture; three batch sizes compared', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Batch size');

  const m = page.getByRole('spinbutton', { name: 'Training samples m' });
  const K = page.getByRole('spinbutton', { name: 'Batch size K' });
  await expect(page.getByTestId('labs-batch-count')).toHaveText(String(Math.ceil(1000 / 50)));
  await expect(page.getByTestId('labs-batch-sizes')).toHaveText('20 batches of 50');
  await K.fill('1');
  await expect(page.getByTestId('labs-batch-count')).toHaveText('1000');
  await expect(page.getByTestId('labs-batch-regime')).toContainText('stochastic');
  await K.fill('1000');
  await expect(page.getByTestId('labs-batch-count')).toHaveText('1');
  await expect(page.getByTestId('labs-batch-regime')).toContainText(
    'batch gradient descent (K = m)',
  );
  await K.fill('2000');
  await expect(page.getByRole('alert')).toContainText('cannot exceed m = 1000');
  await m.fill('1000');
  await K.fill('64');
  await expect(page.getByTestId('labs-batch-count')).toHaveText(String(Math.ceil(1000 / 64)));
  await expect(page.getByTestId('labs-batch-sizes')).toHaveText('15 batches of 64 and one of 40');

  const answer = page.getByRole('textbox', { name: /Your answer/ });
  await answer.fill('');
  await check(page, false);
  // the calculator's updates per epoch, copied: that is one epoch
  await answer.fill(String(Math.ceil(1000 / 64)));
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('is one epoch');
  await answer.fill(String(Math.floor(1000 / 64) * 5));
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('smaller batch');
  await answer.fill(String(Math.ceil(1000 / 64) * 5));
  await check(page, true);

  await openActivity(page, 'Stochastic, mini-batch and batch');
  const table = page.getByTestId('labs-batch-table');
  for (const [name, k] of [
    ['stochastic', 1],
    ['mini-batch', 10],
    ['batch', 50],
  ] as const) {
    const row = table.locator(`tr[data-run="${name}"]`);
    await expect(row.locator('[data-col="batches"]')).toHaveText(String(Math.ceil(50 / k)));
    await expect(row.locator('[data-col="start"]')).toHaveText(r4(initialLoss()));
  }
  await page.getByRole('spinbutton', { name: 'Mini-batch size K' }).fill('25');
  await expect(table.locator('tr[data-run="mini-batch"] [data-col="batches"]')).toHaveText('2');
});

test('screenshots and accessibility of the neuron, schedule and batch labs, light and dark', async ({
  page,
}) => {
  test.setTimeout(150_000); // both themes, each with its screenshots and scans
  await page.setViewportSize({ width: 1360, height: 900 });
  await openLabs(page);

  await openLab(page, 'One sigmoid neuron');
  await page.getByRole('button', { name: 'Gradient step' }).click();
  await page.getByRole('button', { name: '10 steps' }).click();
  expect(await lookInBothThemes(page, 'sigmoid-neuron'), 'sigmoid-neuron').toEqual([]);
  await openActivity(page, 'Classification with the cross-entropy');
  expect(await lookInBothThemes(page, 'cross-entropy'), 'cross-entropy').toEqual([]);
  await openActivity(page, 'A confidently wrong point');
  await page.getByRole('spinbutton', { name: 'z', exact: true }).fill('-4');
  expect(await lookInBothThemes(page, 'confidently-wrong'), 'confidently-wrong').toEqual([]);

  await openLab(page, 'Learning rate schedules');
  await page.getByRole('slider', { name: /^c1/ }).fill('1');
  await page.getByRole('slider', { name: /^c2/ }).fill('20');
  expect(await lookInBothThemes(page, 'schedules'), 'schedules').toEqual([]);

  await openLab(page, 'Batch size');
  expect(await lookInBothThemes(page, 'batch-size'), 'batch-size').toEqual([]);
  await openActivity(page, 'Stochastic, mini-batch and batch');
  expect(await lookInBothThemes(page, 'batch-compare'), 'batch-compare').toEqual([]);
});
