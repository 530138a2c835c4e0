// McCulloch–Pitts gates and the perceptron against the real local host. For every task a
// student's wrong answer, a number copied from the page and a one-click attempt fail, and the
// right answer passes. The numbers the page shows are compared with the lecture's rules
// computed here.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { Perceptron } from '../../src-engine/units/perceptron';
import { watchPageProblems } from './support/lab-page';
import {
  checkFails,
  checkPasses,
  openActivity,
  openLab,
  openLabs,
  typeNumber,
} from './support/labs-page';

type Point = [number, number, number];
const labFile = (
  name: string,
): { activities: { id: string; figure: { setup: Record<string, unknown> } }[] } =>
  JSON.parse(readFileSync(new URL(`../../resources/labs/${name}`, import.meta.url), 'utf8'));
const setupOf = (file: string, id: string): Record<string, unknown> =>
  labFile(file).activities.find((a) => a.id === id)!.figure.setup;

/** Numbers as the lab prints them: at most 3 decimals. */
const r3 = (v: number): string => {
  const r = Math.round(v * 1000) / 1000;
  return String(Object.is(r, -0) ? 0 : r);
};
const vec = (v: number[]): string => `[${v.map(r3).join(', ')}]`;

test.describe.configure({ timeout: 90_000 });
watchPageProblems();

/** The output column of the live truth table, top to bottom. */
async function outputColumn(page: Page, unit: string): Promise<number[]> {
  const cells = page.getByTestId('labs-truth-table').locator(`td[data-unit="${unit}"]`);
  return (await cells.allTextContents()).map((t) => Number(t.trim()));
}
const theta = (page: Page, unit: string) =>
  page.getByRole('spinbutton', { name: `Threshold of unit ${unit}` });
const kind = (page: Page, input: string, unit: string) =>
  page.getByRole('combobox', { name: `Kind of input ${input} of unit ${unit}` });
const weight = (page: Page, input: string, unit: string) =>
  page.getByRole('spinbutton', { name: `Weight of input ${input} of unit ${unit}` });

/** Enters a predicted update Δw and presses Step. */
async function predictStep(page: Page, update: number[] | null): Promise<void> {
  if (update) for (let j = 0; j < 3; j++) await typeNumber(page, `labs-predict-dw${j}`, update[j]);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
}

test('McCulloch–Pitts: gates the text does not give; the one-click, copied and wrong answers fail', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'The McCulloch–Pitts neuron');
  // Formulas render as MathML (the CSP forbids KaTeX's inline-styled HTML) and take up space.
  const formula = page.locator('.labs-math-display math').first();
  await expect(formula).toBeVisible();
  expect((await formula.boundingBox())?.height ?? 0).toBeGreaterThan(10);

  // AND of three: the default θ = 0, the lecture's θ = 2 (copied) and θ = 4 fail; θ = 3 passes
  await page.getByRole('button', { name: 'Reset the units' }).click();
  await checkFails(page, 'for a1 = 0, a2 = 0, a3 = 0 it gives 1, the table wants 0');
  await theta(page, 'c').fill('2');
  await checkFails(page);
  await theta(page, 'c').fill('4');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  await checkFails(page);
  await theta(page, 'c').fill('3');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  await checkPasses(page);

  // at least two of three: the OR given (θ = 1), the AND just found (θ = 3) fail; θ = 2 passes
  await openActivity(page, 'At least two of three');
  await page.getByRole('button', { name: 'Reset the units' }).click();
  await checkFails(page);
  await theta(page, 'c').fill('3');
  await checkFails(page);
  await theta(page, 'c').fill('2');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 0, 1, 0, 1, 1, 1]);
  await checkPasses(page);

  // a AND NOT b: the lecture's NOT copied (b inhibitory, θ = 0) fires on (0, 0)
  await openActivity(page, 'a AND NOT b');
  await page.getByRole('button', { name: 'Reset the units' }).click();
  await checkFails(page);
  await kind(page, 'b', 'c').selectOption('inhibitory');
  await theta(page, 'c').fill('0');
  await checkFails(page, 'for a = 0, b = 0 it gives 1');
  await theta(page, 'c').fill('1');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 1, 0]);
  await checkPasses(page);

  // two units: the given circuit, and h = AND with a weak veto, fail
  await openActivity(page, 'A two-unit network');
  await page.getByRole('button', { name: 'Reset the units' }).click();
  await checkFails(page);
  await theta(page, 'h').fill('2');
  await kind(page, 'h', 'c').selectOption('inhibitory');
  await checkFails(page, 'for a1 = 1, a2 = 1 it gives 1');
  await weight(page, 'h', 'c').fill('2');
  expect(await outputColumn(page, 'h')).toEqual([0, 0, 0, 1]);
  expect(await outputColumn(page, 'c')).toEqual([0, 1, 1, 0]);
  await checkPasses(page);

  // the weighted veto: one switch to absolute inhibition is not the task; weight 1 is too weak
  await openActivity(page, 'Weighted or absolute inhibition');
  await page.getByRole('button', { name: 'Reset the units' }).click();
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 1, 0, 1, 0, 1, 1]);
  await page.getByRole('combobox', { name: 'Inhibition rule of unit c' }).selectOption('absolute');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 1, 0, 1, 0, 1, 0]);
  await checkFails(page, 'uses absolute inhibition; this task asks for weighted');
  await page.getByRole('combobox', { name: 'Inhibition rule of unit c' }).selectOption('weighted');
  await checkFails(page);
  await weight(page, 'b', 'c').fill('2');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 1, 0, 1, 0, 1, 0]);
  await checkPasses(page);
  await expect(
    page.locator('.labs-list-item[data-lab="mcculloch-pitts"] [data-testid="labs-lab-done"]'),
  ).toBeVisible();

  // Progress survives a reload, kept by the backend.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Labs' })
    .click();
  await expect(
    page.locator('.labs-list-item[data-lab="mcculloch-pitts"] [data-testid="labs-lab-done"]'),
  ).toBeVisible();
});

test('perceptron: updates predicted before each Step equal the rule; own points converge', async ({
  page,
}) => {
  const setup = setupOf('03-perceptron.json', 'predict') as {
    points: Point[];
    weights: number[];
    learningRate: number;
  };
  // w_j ← w_j + α·x_j·(t − y), y = 1 if w·x ≥ 0 else 0, computed here from the lecture
  const w = [...setup.weights];
  const twoEpochs = [...setup.points, ...setup.points];
  const expected = twoEpochs.map(([x1, x2, t]) => {
    const x = [1, x1, x2];
    const y = w[0] * x[0] + w[1] * x[1] + w[2] * x[2] >= 0 ? 1 : 0;
    const update = x.map((xj) => setup.learningRate * xj * (t - y));
    update.forEach((u, j) => (w[j] += u));
    return { x, t, y, update, weights: [...w] };
  });
  expect(expected[0].update.some((u) => u !== 0)).toBe(true);

  await openLabs(page);
  await openLab(page, 'The perceptron');
  // one click on Step with nothing entered, then the sample's x copied as the update: both fail
  await predictStep(page, null);
  await checkFails(page, 'before pressing Step');
  await predictStep(page, expected[1].x);
  await expect(page.getByTestId('labs-predict-outcome')).toContainText('the update was');
  await checkFails(page, `the update was ${vec(expected[1].update)}`);
  for (let n = 1; n <= 2; n++) {
    const row = page.getByTestId('labs-steps').locator(`tr[data-step="${n}"]`);
    const e = expected[n - 1];
    await expect(row.locator('[data-col="x"]')).toHaveText(vec(e.x));
    await expect(row.locator('[data-col="t"]')).toHaveText(String(e.t));
    await expect(row.locator('[data-col="y"]')).toHaveText(String(e.y));
    await expect(row.locator('[data-col="update"]')).toHaveText(vec(e.update));
    await expect(row.locator('[data-col="weights"]')).toHaveText(vec(e.weights));
  }
  // right predictions from step 3 on: two in a row are not enough while none moves w
  let k = 2;
  const moves = (i: number): boolean => expected[i].update.some((u) => u !== 0);
  for (; k < expected.length; k++) {
    await predictStep(page, expected[k].update);
    await expect(page.getByTestId('labs-predict-outcome')).toContainText('right');
    if (k >= 3 && expected.slice(2, k + 1).some((_, i) => moves(i + 2))) break;
    if (k >= 3) await checkFails(page, 'at least one that moves the weights');
  }
  expect(k).toBeLessThan(expected.length);
  await expect(page.getByTestId('labs-weights')).toHaveText(vec(expected[k].weights));
  await checkPasses(page);

  await openActivity(page, 'Your own points');
  await page.getByRole('button', { name: 'Reset points' }).click();
  // one click: run to convergence on the given points is not the task (too few points)
  await page.getByRole('button', { name: 'Run to convergence' }).click();
  await checkFails(page, 'class 0 has 3 points');
  // a point by keyboard (class 1), then one by clicking the plane (class 0) near (−3, 3)
  await page.getByRole('spinbutton', { name: 'x1 of the new point' }).fill('3');
  await page.getByRole('spinbutton', { name: 'x2 of the new point' }).fill('3');
  await page.getByRole('button', { name: 'Add point' }).click();
  await page.getByRole('radio', { name: 't = 0' }).check();
  const plane = page.locator('.labs-plane svg').first();
  const box = (await plane.boundingBox())!;
  // the plane maps −4…4 onto 26…334 of a 360-unit square
  const at = (v: number): number => ((26 + ((v + 4) / 8) * 308) / 360) * box.width;
  await plane.click({ position: { x: at(-3), y: at(3) } });
  await expect(
    page.getByRole('status').filter({ hasText: 'Added (-3, -3) with t = 0' }),
  ).toBeVisible();
  await checkFails(page, 'still on the wrong side');
  await page.getByRole('button', { name: 'Run to convergence' }).click();
  const points: Point[] = [...setup.points, [3, 3, 1], [-3, -3, 0]];
  const engine = new Perceptron({
    inputs: 2,
    learningRate: setup.learningRate,
    init: setup.weights,
  });
  const result = engine.train(
    points.map((p) => [p[0], p[1]]),
    points.map((p) => p[2]),
  );
  expect(result.converged).toBe(true);
  await expect(page.getByTestId('labs-epochs')).toHaveText(String(result.epochs));
  await expect(page.getByTestId('labs-weights')).toHaveText(vec(Array.from(result.weights)));
  await checkPasses(page);
});
