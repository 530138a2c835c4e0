// The Labs view against the real local host: every lab opened, its tasks done the way a student
// does them (clicks, typing), Check pressed and passing, and the numbers shown compared with
// the engine's or with the lecture's formula computed here. Screenshots of every lab, both themes.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getActivation } from '../../src-engine/activations/registry';
import { softmax } from '../../src-engine/activations/softmax';
import { Adaline } from '../../src-engine/units/adaline';
import { leastSquares } from '../../src-engine/units/least-squares';
import { xorNetwork } from '../../src-engine/units/mp-network';
import { Perceptron } from '../../src-engine/units/perceptron';
import { truthTable } from '../../src-engine/units/truth-table';
import { trainXor } from '../../src-renderer/labs/models/xor-network';
import { watchPageProblems } from './support/lab-page';
import { checkPasses, openActivity, openLab, openLabs } from './support/labs-page';
import { violations } from './support/axe';

type Point = [number, number, number];

const labFile = (name: string): { activities: { figure: { setup: Record<string, unknown> } }[] } =>
  JSON.parse(readFileSync(new URL(`../../resources/labs/${name}`, import.meta.url), 'utf8'));

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

test('lab 1: AND, OR, NOT, a two-unit XOR and absolute inhibition, built and checked', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'The McCulloch–Pitts neuron');

  // Formulas render as MathML (the CSP forbids KaTeX's inline-styled HTML) and take up space.
  const formula = page.locator('.labs-math-display math').first();
  await expect(formula).toBeVisible();
  expect((await formula.boundingBox())?.height ?? 0).toBeGreaterThan(10);

  // AND: a wrong threshold fails with the wrong rows named, θ = 2 passes.
  const theta = page.getByRole('spinbutton', { name: 'Threshold of unit c' });
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('labs-check-result')).toHaveAttribute('data-passed', 'false');
  await expect(page.getByTestId('labs-check-result')).toContainText(
    'for a1 = 0, a2 = 0 it gives 1, the table wants 0',
  );
  await theta.fill('2');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 0, 1]);
  await checkPasses(page);

  await openActivity(page, 'OR');
  await page.getByRole('spinbutton', { name: 'Threshold of unit c' }).fill('1');
  expect(await outputColumn(page, 'c')).toEqual([0, 1, 1, 1]);
  await checkPasses(page);

  await openActivity(page, 'NOT');
  await page
    .getByRole('combobox', { name: 'Kind of input b of unit c' })
    .selectOption('inhibitory');
  await page.getByRole('spinbutton', { name: 'Threshold of unit c' }).fill('0');
  expect(await outputColumn(page, 'c')).toEqual([1, 0]);
  await checkPasses(page);

  await openActivity(page, 'A two-unit network');
  await page.getByRole('spinbutton', { name: 'Threshold of unit h' }).fill('2');
  await page
    .getByRole('combobox', { name: 'Kind of input h of unit c' })
    .selectOption('inhibitory');
  await page.getByRole('spinbutton', { name: 'Weight of input h of unit c' }).fill('2');
  expect(await outputColumn(page, 'h')).toEqual([0, 0, 0, 1]);
  expect(await outputColumn(page, 'c')).toEqual([0, 1, 1, 0]);
  await checkPasses(page);

  await openActivity(page, 'Weighted or absolute inhibition');
  // weighted: b only subtracts 1, so a1 = a2 = b = 1 still fires
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 1, 0, 1, 0, 1, 1]);
  await page.getByRole('combobox', { name: 'Inhibition rule of unit c' }).selectOption('absolute');
  expect(await outputColumn(page, 'c')).toEqual([0, 0, 1, 0, 1, 0, 1, 0]);
  await checkPasses(page);

  await expect(
    page.locator('.labs-list-item[data-lab="mcculloch-pitts"] [data-testid="labs-lab-done"]'),
  ).toBeVisible();

  // Progress survives a reload (localStorage), and the saved circuit comes back.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Labs' })
    .click();
  await expect(
    page.locator('.labs-list-item[data-lab="mcculloch-pitts"] [data-testid="labs-lab-done"]'),
  ).toBeVisible();
});

test('lab 2: the first three Rosenblatt updates equal the formula; points added; converges', async ({
  page,
}) => {
  const setup = labFile('02-perceptron.json').activities[0].figure.setup as {
    points: Point[];
    weights: number[];
    learningRate: number;
  };
  // w_j ← w_j + α·x_j·(t − y), y = 1 if w·x ≥ 0 else 0, computed here from the lecture
  const w = [...setup.weights];
  const expected = setup.points.slice(0, 3).map(([x1, x2, t]) => {
    const x = [1, x1, x2];
    const y = w[0] * x[0] + w[1] * x[1] + w[2] * x[2] >= 0 ? 1 : 0;
    const update = x.map((xj) => setup.learningRate * xj * (t - y));
    update.forEach((u, j) => (w[j] += u));
    return { x, t, y, update, weights: [...w] };
  });
  expect(expected.some((e) => e.update.some((u) => u !== 0))).toBe(true);

  await openLabs(page);
  await openLab(page, 'The perceptron');
  const stepButton = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < 3; i++) await stepButton.click();
  for (let n = 1; n <= 3; n++) {
    const row = page.getByTestId('labs-steps').locator(`tr[data-step="${n}"]`);
    const e = expected[n - 1];
    await expect(row.locator('[data-col="x"]')).toHaveText(vec(e.x));
    await expect(row.locator('[data-col="t"]')).toHaveText(String(e.t));
    await expect(row.locator('[data-col="y"]')).toHaveText(String(e.y));
    await expect(row.locator('[data-col="update"]')).toHaveText(vec(e.update));
    await expect(row.locator('[data-col="weights"]')).toHaveText(vec(e.weights));
  }
  await expect(page.getByTestId('labs-weights')).toHaveText(vec(expected[2].weights));

  // Too few points per class: the check says what is missing.
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('labs-check-result')).toContainText('class 0 has 3 points');

  // A point by keyboard (class 1), then one by clicking the plane (class 0) near (−3, −3).
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

test('lab 3: Adaline reaches the least-squares weights; MADALINE solves XOR', async ({ page }) => {
  const setup = labFile('03-adaline.json').activities[0].figure.setup as {
    points: Point[];
    learningRate: number;
    decay: number;
  };
  const xs = setup.points.map((p) => [p[0], p[1]]);
  const ts = setup.points.map((p) => p[2]);
  const adaline = new Adaline({ inputs: 2, learningRate: setup.learningRate });
  adaline.train(xs, ts, { maxEpochs: 50, tolerance: 0, learningRateDecay: setup.decay });

  await openLabs(page);
  await openLab(page, 'Adaline beside the perceptron');
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('labs-check-result')).toContainText('Not there yet');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Run 50 epochs' }).click();
  await expect(page.getByTestId('labs-adaline-epochs')).toContainText('50,');
  await expect(page.getByTestId('labs-adaline-weights')).toHaveText(
    vec(Array.from(adaline.weights)),
  );
  await expect(page.getByTestId('labs-least-squares')).toHaveText(
    vec(Array.from(leastSquares(xs, ts))),
  );
  await checkPasses(page);

  await openActivity(page, 'A MADALINE where one unit fails');
  await page.getByRole('button', { name: 'Train until no mistake' }).click();
  await expect(page.getByTestId('labs-madaline-wrong')).toHaveText('0 of 8');
  await checkPasses(page);
});

test("lab 4: the perceptron never settles on XOR; the lecture's network; a trained 2-2-1", async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, "Minsky and Papert's XOR");

  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('labs-check-result')).toContainText('run at least 20');
  await page.getByRole('button', { name: 'Run 20 epochs' }).click();
  await expect(page.getByTestId('labs-epochs')).toHaveText('21');
  await checkPasses(page);

  await openActivity(page, "The lecture's two-layer network");
  const table = truthTable(xorNetwork());
  const net = xorNetwork();
  const hidden = table.inputs.map((x) => net.activations(x));
  expect(await outputColumn(page, 'y')).toEqual(table.outputs.map((o) => o[0]));
  expect(await outputColumn(page, 'h1')).toEqual(hidden.map((a) => a.h1));
  expect(await outputColumn(page, 'h2')).toEqual(hidden.map((a) => a.h2));
  await page
    .getByRole('combobox', { name: 'Kind of input h1 of unit y' })
    .selectOption('inhibitory');
  await page
    .getByRole('combobox', { name: 'Kind of input h2 of unit y' })
    .selectOption('inhibitory');
  await page.getByRole('spinbutton', { name: 'Threshold of unit y' }).fill('-1');
  expect(await outputColumn(page, 'y')).toEqual([1, 0, 0, 1]);
  await checkPasses(page);

  await openActivity(page, 'A trained 2-2-1 network');
  await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
  const trained = trainXor({ activation: 'sigmoid', learningRate: 2, epochs: 3000, seed: 1 });
  const cells = page.getByTestId('labs-xor-outputs').locator('td[data-row]');
  await expect(cells).toHaveText(trained.outputs.map(r3));
  await checkPasses(page);

  await page.getByRole('button', { name: 'Open in Train' }).click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
});

test('lab 5: activations and derivatives from the engine; the softmax erratum', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Activation functions');
  await expect(page.getByRole('complementary', { name: 'Errata' })).toContainText(
    'The correct values are [0.53, 0.19, 0.28]',
  );

  // f and f′ at a probed x equal the engine's activation registry
  const fn = page.getByRole('combobox', { name: 'Function' });
  const x = page.getByRole('spinbutton', { name: 'x', exact: true });
  for (const [name, at] of [
    ['sigmoid', 0],
    ['relu', -1.5],
    ['leaky_relu', -2],
  ] as const) {
    await fn.selectOption(name);
    await x.fill(String(at));
    const act = getActivation(name);
    const param = name === 'leaky_relu' ? 0.1 : act.defaultParam;
    await expect(page.getByTestId('labs-act-f')).toHaveText(
      String(Math.round(act.f(at, param) * 1e4) / 1e4),
    );
    await expect(page.getByTestId('labs-act-df')).toHaveText(
      String(Math.round(act.df(at, param) * 1e4) / 1e4),
    );
  }

  // the task: tanh saturated; the slider moves by keyboard
  await fn.selectOption('tanh');
  await x.fill('1');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('labs-check-result')).toContainText('not below 0.01 yet');
  const slider = page.getByRole('slider', { name: 'x (slider)' });
  await slider.focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  await expect(x).toHaveValue('3.5');
  await checkPasses(page);

  await openActivity(page, 'Softmax');
  const shown = page.getByTestId('labs-softmax-p');
  const engine = Array.from(softmax([1.6, 0.55, 0.98]), (p) => p.toFixed(2));
  expect(engine).toEqual(['0.53', '0.19', '0.28']);
  await expect(shown).toHaveText(engine);
  await expect(page.getByTestId('labs-softmax-sum')).toHaveText('1.00');
  await page.getByRole('spinbutton', { name: 'Score z3' }).fill('1.1');
  await expect(shown).toHaveText(Array.from(softmax([1.6, 0.55, 1.1]), (p) => p.toFixed(2)));
  await expect(shown).toHaveText(['0.51', '0.18', '0.31']);
  await checkPasses(page);
  await expect(
    page.locator('.labs-list-item[data-lab="activation-functions"] [data-testid="labs-lab-done"]'),
  ).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots and accessibility of every lab, ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await openLabs(page, theme);
    await openLab(page, 'The McCulloch–Pitts neuron');
    await openActivity(page, 'A two-unit network');
    await page.screenshot({ path: `test-results/screens/labs-1-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 1').toEqual([]);

    await openLab(page, 'The perceptron');
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.screenshot({ path: `test-results/screens/labs-2-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 2').toEqual([]);

    await openLab(page, 'Adaline beside the perceptron');
    await page.getByRole('button', { name: 'Run 1 epoch' }).click();
    await page.getByRole('button', { name: 'Run 1 epoch' }).click();
    await page.screenshot({ path: `test-results/screens/labs-3-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 3').toEqual([]);

    await openLab(page, "Minsky and Papert's XOR");
    await openActivity(page, "The lecture's two-layer network");
    await page.screenshot({ path: `test-results/screens/labs-4-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 4').toEqual([]);
    await openActivity(page, 'A trained 2-2-1 network');
    await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
    await page.screenshot({ path: `test-results/screens/labs-4b-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 4b').toEqual([]);

    await openLab(page, 'Activation functions');
    await page.getByRole('spinbutton', { name: 'x', exact: true }).fill('1.5');
    await page.screenshot({ path: `test-results/screens/labs-5-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 5').toEqual([]);
    await openActivity(page, 'Softmax');
    await page.screenshot({ path: `test-results/screens/labs-5b-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 5b').toEqual([]);
  });
}
