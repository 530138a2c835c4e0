// Adaline, MADALINE and Minsky and Papert's XOR against the real local host. For every task a
// student's wrong answer, a number copied from the page and a one-click attempt fail, and the
// right answer passes; the numbers shown are compared with the lecture's rules computed here.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { Madaline } from '../../src-engine/units/madaline';
import { xorNetwork } from '../../src-engine/units/mp-network';
import { truthTable } from '../../src-engine/units/truth-table';
import { trainXor } from '../../src-renderer/labs/models/xor-network';
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

/** Enters a predicted update Δw and presses Step. */
async function predictStep(page: Page, update: number[] | null): Promise<void> {
  if (update) for (let j = 0; j < 3; j++) await typeNumber(page, `labs-predict-dw${j}`, update[j]);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
}

test('Adaline: an update on a sample already on its side, predicted; what OR would say', async ({
  page,
}) => {
  const setup = setupOf('04-adaline.json', 'compare') as {
    points: Point[];
    learningRate: number;
    decay: number;
  };
  // LMS by hand: y = w·x, Δw = α_e·x·(t − y), α_e = α / (1 + d(e − 1))
  let w = [0, 0, 0];
  const rateOf = (e: number): number => setup.learningRate / (1 + setup.decay * (e - 1));
  const lms = (e: number, [x1, x2, t]: Point) => {
    const y = w[0] + w[1] * x1 + w[2] * x2;
    const update = [1, x1, x2].map((xj) => rateOf(e) * xj * (t - y));
    return { y, update, right: Math.sign(y) === t };
  };

  await openLabs(page);
  await openLab(page, 'Adaline beside the perceptron');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Run 50 epochs' }).click();
  await checkFails(page, 'before pressing Step');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  for (let e = 1; e <= 3; e++)
    for (const p of setup.points) w = w.map((wj, j) => wj + lms(e, p).update[j]);
  await expect(page.getByTestId('labs-adaline-weights')).toHaveText(vec(w));
  // epoch 4: step up to the first sample on its side, predicting the perceptron's "no change"
  let i = 0;
  let copiedTried = false;
  let zerosTried = false;
  for (; i < setup.points.length; i++) {
    const s = lms(4, setup.points[i]);
    if (s.right && !zerosTried) {
      await predictStep(page, [0, 0, 0]);
      zerosTried = true;
      await checkFails(page, 'That is what the perceptron would do');
    } else if (s.right && !copiedTried) {
      await predictStep(page, [1, setup.points[i][0], setup.points[i][1]]);
      copiedTried = true;
      await checkFails(page, 'the update was');
    } else if (s.right) {
      await predictStep(
        page,
        s.update.map((u) => Math.round(u * 1e4) / 1e4),
      );
      break;
    } else await predictStep(page, s.update);
    w = w.map((wj, j) => wj + s.update[j]);
  }
  expect(i).toBeLessThan(setup.points.length);
  await checkPasses(page);

  await openActivity(page, 'A MADALINE where one unit fails');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Train until no mistake' }).click();
  await expect(page.getByTestId('labs-madaline-wrong')).toHaveText('0 of 8');
  await checkFails(page, 'Now predict what an OR unit');
  // the same training here: OR is +1 where either line's w·x ≥ 0
  const m = setupOf('04-adaline.json', 'madaline') as {
    points: Point[];
    hidden: number;
    seed: number;
  };
  const net = new Madaline({ inputs: 2, hidden: m.hidden, logic: 'and', seed: m.seed });
  net.train(
    m.points.map((p) => [p[0], p[1]]),
    m.points.map((p) => p[2]),
    { maxEpochs: 100 },
  );
  const or = m.points.map(([x1, x2]) =>
    net.weights.some((v) => v[0] + v[1] * x1 + v[2] * x2 >= 0) ? 1 : -1,
  );
  const choose = async (values: number[]) => {
    const selects = page.getByTestId('labs-madaline-or').locator('select');
    for (let k = 0; k < values.length; k++) await selects.nth(k).selectOption(String(values[k]));
    await page.getByRole('button', { name: 'Show the OR' }).click();
  };
  // the AND answers (the targets) copied as the OR's
  await choose(m.points.map((p) => p[2]));
  await expect(page.getByTestId('labs-madaline-or').locator('td[data-or]')).toHaveText(
    or.map((v) => (v > 0 ? '+1' : '−1')),
  );
  await checkFails(page, 'Your OR prediction is wrong');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Train until no mistake' }).click();
  await choose(or);
  await checkPasses(page);
});

test("XOR: the perceptron's cycle predicted; the lecture's network; a trained one read", async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, "Minsky and Papert's XOR");
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Run 20 epochs' }).click();
  await expect(page.getByTestId('labs-epochs')).toHaveText('20');
  await expect(page.getByTestId('labs-epoch-ends')).toHaveText(
    '[0, -1, 0], [0, -1, 0], [0, -1, 0]',
  );
  await checkFails(page, 'before pressing Step');
  // epoch 21 predicted by the rule (from w = [0, −1, 0]), with zeros first on a fresh start
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await predictStep(page, [0, 0, 0]);
  await checkFails(page, 'the update was [-1, 0, 0]');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  const rows: Point[] = [
    [0, 0, 0],
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 0],
  ];
  let w = [0, -1, 0];
  for (const [x1, x2, t] of rows) {
    const x = [1, x1, x2];
    const y = w[0] + w[1] * x1 + w[2] * x2 >= 0 ? 1 : 0;
    const update = x.map((xj) => xj * (t - y));
    await predictStep(page, update);
    w = w.map((v, j) => v + update[j]);
  }
  expect(w).toEqual([0, -1, 0]);
  await expect(page.getByTestId('labs-weights')).toHaveText('[0, -1, 0]');
  await checkPasses(page);

  await openActivity(page, "The lecture's two-layer network");
  await page.getByRole('button', { name: 'Reset the units' }).click();
  const net = xorNetwork();
  const table = truthTable(net);
  const hidden = table.inputs.map((x) => net.activations(x));
  expect(await outputColumn(page, 'y')).toEqual(table.outputs.map((o) => o[0]));
  expect(await outputColumn(page, 'h1')).toEqual(hidden.map((a) => a.h1));
  expect(await outputColumn(page, 'h2')).toEqual(hidden.map((a) => a.h2));
  expect(hidden.map((a) => a.h1)).toEqual([0, 1, 1, 1]); // OR
  expect(hidden.map((a) => a.h2)).toEqual([1, 1, 1, 0]); // NAND
  await checkFails(page);
  // copying h1's OR into y always fires; rebuilding h1 is not allowed
  await theta(page, 'y').fill('1');
  await checkFails(page);
  await theta(page, 'y').fill('2');
  await theta(page, 'h1').fill('2');
  await kind(page, 'h1', 'y').selectOption('inhibitory');
  await kind(page, 'h2', 'y').selectOption('inhibitory');
  await theta(page, 'y').fill('-1');
  await checkFails(page, 'You changed unit h1');
  await page.getByRole('button', { name: 'Reset the units' }).click();
  await kind(page, 'h1', 'y').selectOption('inhibitory');
  await kind(page, 'h2', 'y').selectOption('inhibitory');
  await theta(page, 'y').fill('-1');
  expect(await outputColumn(page, 'y')).toEqual([1, 0, 0, 1]);
  await checkPasses(page);

  await openActivity(page, 'A trained 2-2-1 network');
  await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
  const trained = trainXor({ activation: 'sigmoid', learningRate: 2, epochs: 3000, seed: 1 });
  const cells = page.getByTestId('labs-xor-outputs').locator('td[data-row]');
  await expect(cells).toHaveText(trained.outputs.map(r3));
  await checkFails(page, 'Now read it');
  // the lecture's hand-set lines are drawn over the trained ones, with the output region
  const legend = page.locator('.labs-plane-legend').first();
  await expect(legend).toContainText('hand-set OR: x₁ + x₂ = ½');
  await expect(legend).toContainText('hand-set NAND: x₁ + x₂ = 1½');
  await expect(legend).toContainText('output ŷ ≥ 0.5');
  await expect(page.locator('.labs-plane-region')).toHaveCount(1);
  // the lecture's OR and NAND are not what this network learned
  await page.getByRole('combobox', { name: 'h1 computes' }).selectOption({ label: 'x₁ OR x₂' });
  await page.getByRole('combobox', { name: 'h2 computes' }).selectOption({ label: 'x₁ NAND x₂' });
  await checkFails(page, 'computes something else');
  // by hand from the trained weights: unit j is on where w·x + b > 0
  const corners = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const tables = trained.weights.W[0].map((v, j) =>
    corners.map((x) => Number(v[0] * x[0] + v[1] * x[1] + trained.weights.b[0][j] > 0)).join(''),
  );
  await page.getByRole('combobox', { name: 'h1 computes' }).selectOption(tables[0]);
  await page.getByRole('combobox', { name: 'h2 computes' }).selectOption(tables[1]);
  await checkPasses(page);

  await page.getByRole('button', { name: 'Open in Train' }).click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
});
