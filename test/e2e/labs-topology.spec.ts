// Labs 12 and 13 against the real local host, done the way a student does them: composing a
// region from half-planes with AND and OR units, training one hidden layer on a disc, then
// training three topologies with the real trainer and picking the one with the lowest
// validation loss. Numbers on the page are compared with plain formulas written here and with
// the runs' stored metrics, read straight from the API.
import { expect, test, type Page } from '@playwright/test';
import { watchPageProblems } from './support/lab-page';
import { openActivity, openLab, openLabs } from './support/labs-page';
import { violations } from './support/axe';
import { call } from './support/lab-socket';

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

async function check(page: Page, passed: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const result = page.getByTestId('labs-check-result');
  await expect(result).toHaveAttribute('data-passed', String(passed));
  await expect(result).toContainText(passed ? 'Passed.' : 'Not yet.');
}

/** Sets unit i's w1, w2, θ (1-based, as the page names them). */
async function setUnit(page: Page, i: number, w1: number, w2: number, theta: number) {
  await page.getByRole('spinbutton', { name: `w₁ of h${i}` }).fill(String(w1));
  await page.getByRole('spinbutton', { name: `w₂ of h${i}` }).fill(String(w2));
  await page.getByRole('spinbutton', { name: `θ of h${i}` }).fill(String(theta));
}

// --- lab 12: the plain half-plane formula -------------------------------------------------
type Unit = [number, number, number];
const AND_POINTS: [number, number, number][] = [
  [0, 0, 1],
  [0.8, 0.6, 1],
  [-0.7, 0.5, 1],
  [0.5, -0.8, 1],
  [-0.6, -0.6, 1],
  [2.2, 0.3, 0],
  [-2.3, -0.4, 0],
  [0.4, 2.2, 0],
  [-0.3, -2.3, 0],
  [2, 2, 0],
  [-2, -1.9, 0],
];
const inAnd = (units: Unit[], x: number, y: number): boolean =>
  units.every(([a, b, t]) => a * x + b * y >= t);
function counts(units: Unit[]): { inside: string; outside: string } {
  const ins = AND_POINTS.filter((p) => p[2] === 1);
  const outs = AND_POINTS.filter((p) => p[2] === 0);
  return {
    inside: `${ins.filter((p) => inAnd(units, p[0], p[1])).length} of ${ins.length}`,
    outside: `${outs.filter((p) => inAnd(units, p[0], p[1])).length} of ${outs.length}`,
  };
}

async function composeSquare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Add a unit' }).click();
  await page.getByRole('button', { name: 'Add a unit' }).click();
  await setUnit(page, 3, 0, 1, -1.5);
  await setUnit(page, 4, 0, -1, -1.5);
}

test('lab 12: AND and OR regions, then one hidden layer carving a disc', async ({ page }) => {
  await openLabs(page);
  await openLab(page, 'Decision boundaries');
  // progress is stored: an earlier test may have left its answer here
  await page.getByRole('button', { name: 'Start again' }).click();

  // the starting strip holds two squares too
  const strip: Unit[] = [
    [1, 0, -1.5],
    [-1, 0, -1.5],
  ];
  await expect(page.getByTestId('labs-region-in')).toHaveText(counts(strip).inside);
  await expect(page.getByTestId('labs-region-out')).toHaveText(counts(strip).outside);
  expect(counts(strip).outside).toBe('2 of 6');
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('2 of 11 points');

  await composeSquare(page);
  const square: Unit[] = [...strip, [0, 1, -1.5], [0, -1, -1.5]];
  await expect(page.getByTestId('labs-region-in')).toHaveText(counts(square).inside);
  await expect(page.getByTestId('labs-region-out')).toHaveText('0 of 6');
  await expect(page.getByTestId('labs-region-output')).toContainText('h1 + h2 + h3 + h4 ≥ 4');
  await check(page, true);
  // the region is one polygon: the square of side 3
  const polygons = page.getByTestId('labs-region-fill').locator('polygon');
  await expect(polygons).toHaveCount(1);

  await openActivity(page, 'OR: a union of half-planes');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(polygons).toHaveCount(0); // AND of two apart half-planes: empty
  await page.getByRole('combobox', { name: 'Output unit y' }).selectOption('or');
  await expect(page.getByTestId('labs-region-output')).toContainText('≥ 1');
  await check(page, false); // θ = 2.5 leaves the right-hand circles out
  await page.getByRole('spinbutton', { name: 'θ of h2' }).fill('1.5');
  await expect(polygons).toHaveCount(2);
  await check(page, true);

  await openActivity(page, 'One hidden layer carving a region');
  await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
  await expect(page.getByTestId('labs-region-network')).toContainText('2-2-1, tanh trained');
  await check(page, false);
  await page.getByRole('spinbutton', { name: 'Hidden units' }).fill('4');
  await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
  await expect(page.getByTestId('labs-region-network')).toContainText('2-4-1, tanh trained');
  await expect(page.getByTestId('labs-region-hidden').locator('canvas')).toHaveCount(4);
  const accuracy = Number(
    ((await page.getByTestId('labs-region-accuracy').textContent()) ?? '').replace('%', ''),
  );
  expect(accuracy).toBeGreaterThanOrEqual(97);
  await check(page, true);
  await expect(page.getByTestId('labs-check-result')).toContainText(`${accuracy}%`);
});

test('lab 13: three topologies trained by the backend, the lowest validation loss chosen', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Choosing a topology');

  await page.getByRole('button', { name: 'Train all 3 topologies' }).click();
  const rows = page.getByTestId('labs-topology-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // Looking at another lab while they train loses nothing: back here, the runs are shown.
  await expect(page.locator('tr[data-topology="2-8-1"]')).toHaveAttribute(
    'data-experiment-id',
    /^\d+$/,
  );
  await openLab(page, 'Decision boundaries');
  await openLab(page, 'Choosing a topology');
  await expect(page.locator('tr[data-topology="2-8-1"]')).toHaveAttribute(
    'data-experiment-id',
    /^\d+$/,
  );
  // every run ends with status done (early stopping counts as done), read back from the store
  await expect(page.locator('tr[data-topology] [data-status="done"]')).toHaveCount(3, {
    timeout: 90_000,
  });

  // the losses shown are the stored ones; the best is found here from the store
  const stored: { id: number; label: string; vl: number; testLoss: number }[] = [];
  for (const label of ['2-1-1', '2-3-1', '2-8-1']) {
    const row = page.locator(`tr[data-topology="${label}"]`);
    const id = Number(await row.getAttribute('data-experiment-id'));
    const got = await call<{ experiment: { name: string; finalMetrics: Record<string, number> } }>(
      page,
      'experiments:get',
      { id },
    );
    expect(got.experiment.name).toBe(`Lab 13 · topology ${label}`);
    const vl = got.experiment.finalMetrics.validationLoss;
    await expect(row.getByTestId('labs-topology-vloss')).toHaveText(vl.toFixed(4));
    stored.push({ id, label, vl, testLoss: got.experiment.finalMetrics.testLoss });
  }
  const best = stored.reduce((a, b) => (b.vl < a.vl ? b : a));
  const worst = stored.reduce((a, b) => (b.vl > a.vl ? b : a));
  await expect(page.getByTestId('chart-labs-topology-validation')).not.toHaveAttribute(
    'data-points',
    '0',
  );

  await page.getByRole('radio', { name: worst.label }).check();
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText(
    `${best.label} has a lower one`,
  );
  await page.getByRole('radio', { name: best.label }).check();
  await check(page, true);
  await page.getByRole('button', { name: `Reveal the test score of ${best.label}` }).click();
  await expect(page.getByTestId('labs-topology-test')).toContainText(
    `Test loss of ${best.label}: ${best.testLoss.toFixed(4)}`,
  );

  // the runs are experiments: the Experiments view lists them
  await page.getByRole('button', { name: 'Compare them in Experiments' }).click();
  await expect(page.getByRole('heading', { name: 'Experiments', level: 2 })).toBeVisible();
  for (const s of stored) await expect(page.getByTestId(`run-${s.id}`)).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots and accessibility of labs 12–13, ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await openLabs(page, theme);

    await openLab(page, 'Decision boundaries');
    await composeSquare(page);
    await page.screenshot({ path: `test-results/screens/labs-12-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 12').toEqual([]);
    await openActivity(page, 'One hidden layer carving a region');
    await page.getByRole('spinbutton', { name: 'Hidden units' }).fill('4');
    await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
    await expect(page.getByTestId('labs-region-network')).toContainText('trained');
    await page.screenshot({
      path: `test-results/screens/labs-12-hidden-${theme}.png`,
      fullPage: true,
    });
    expect(await violations(page), 'lab 12 hidden layer').toEqual([]);

    await openLab(page, 'Choosing a topology');
    await page.getByRole('button', { name: 'Train all 3 topologies' }).click();
    await expect(page.locator('tr[data-topology] [data-status="done"]')).toHaveCount(3, {
      timeout: 90_000,
    });
    await page.locator('tr[data-topology="2-3-1"] input[type="radio"]').check();
    await page.getByRole('button', { name: /^Reveal the test score/ }).click();
    await expect(page.getByTestId('labs-topology-test')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/labs-13-${theme}.png`, fullPage: true });
    expect(await violations(page), 'lab 13').toEqual([]);
  });
}
