// Decision boundaries, choosing activations and choosing a topology against the real local
// host, done the way a student does them: composing a region from half-planes with AND and OR
// units (and two hidden layers), training one hidden layer on a disc, choosing output and
// hidden activations for three tasks, then training three topologies with the real trainer,
// picking the one with the lowest validation loss and looking at the test set once. Numbers
// on the page are compared with plain formulas written here and with the runs' stored
// metrics, read straight from the API.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { watchPageProblems } from './support/lab-page';
import { call } from './support/lab-socket';
import {
  checkFails,
  checkPasses,
  openActivity,
  openLab,
  openLabs,
  lookInBothThemes,
} from './support/labs-page';

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

// --- the plain half-plane formula -------------------------------------------------
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

test('decision boundaries: AND and OR regions, two hidden layers, the smallest hidden layer for a disc', async ({
  page,
}) => {
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

  // two hidden layers: the start fails; a copy of a1's triangle into a2 fails; triangle B passes
  await openActivity(page, 'Two hidden layers: an OR of ANDs');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByTestId('labs-region-output')).toHaveText(
    'a1 = 1 if h1 + h2 + h3 ≥ 3; a2 = 1 if h4 ≥ 1; y = 1 if a1 + a2 ≥ 1',
  );
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('3 of 17 points');
  await page.getByRole('button', { name: 'Add a unit' }).click();
  await page.getByRole('button', { name: 'Add a unit' }).click();
  await expect(page.getByRole('combobox', { name: 'h6 feeds' })).toHaveValue('2');
  await setUnit(page, 4, -1, 0, 0.8);
  await setUnit(page, 5, 0, 1, 0.3);
  await setUnit(page, 6, 1, -1, -3.9);
  await check(page, false);
  await setUnit(page, 4, 1, 0, 0.8);
  await setUnit(page, 5, 0, -1, 0.3);
  await setUnit(page, 6, -1, 1, -3.9);
  await expect(polygons).toHaveCount(2);
  await expect(page.getByTestId('labs-region-out')).toHaveText('0 of 9');
  await check(page, true);

  // one hidden layer on the disc: the smallest that works, and why two cannot
  await openActivity(page, 'One hidden layer carving a region');
  const train = page.getByRole('button', { name: /^Train \d+ epochs$/ });
  await train.click();
  await expect(page.getByTestId('labs-region-network')).toContainText('2-2-1, tanh trained');
  await check(page, false);
  await page.getByRole('spinbutton', { name: 'Hidden units' }).fill('4');
  await train.click();
  await expect(page.getByTestId('labs-region-network')).toContainText('2-4-1, tanh trained');
  await expect(page.getByTestId('labs-region-hidden').locator('canvas')).toHaveCount(4);
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('smallest network');
  await page.getByRole('spinbutton', { name: 'Hidden units' }).fill('3');
  await train.click();
  await expect(page.getByTestId('labs-region-tried')).toContainText('2: ');
  const accuracy = Number(
    ((await page.getByTestId('labs-region-accuracy').textContent()) ?? '').replace('%', ''),
  );
  expect(accuracy).toBeGreaterThanOrEqual(97);
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('now answer the question');
  await page.getByRole('radio', { name: /150 epochs are too few/ }).check();
  await check(page, false);
  await page.getByRole('radio', { name: /strip or a wedge/ }).check();
  await check(page, true);
  await expect(page.getByTestId('labs-check-result')).toContainText(`${accuracy}%`);
});

test('choosing a topology: three topologies trained by the backend, the lowest validation loss chosen', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Choosing a topology');

  // one click on Check before anything is trained fails
  await check(page, false);
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
    expect(got.experiment.name).toBe(`Choosing a topology · ${label}`);
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
  // the right choice alone is not enough: its test score, once, and the reason
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('Now reveal its test score');
  const revealButton = page.getByRole('button', {
    name: `Reveal the test score of ${best.label} (once)`,
  });
  await revealButton.click();
  await expect(page.getByTestId('labs-topology-test')).toContainText(
    `Test loss of ${best.label}: ${best.testLoss.toFixed(4)}`,
  );
  // one look only: the reveal and the choice are fixed now
  await expect(revealButton).toBeDisabled();
  await expect(page.getByRole('radio', { name: worst.label })).toBeDisabled();
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('now answer the question');
  await page.getByRole('radio', { name: /smaller than the validation part/ }).check();
  await check(page, false);
  await page.getByRole('radio', { name: /would flatter the winner/ }).check();
  await check(page, true);

  // the runs are experiments: the Experiments view lists them
  await page.getByRole('button', { name: 'Compare them in Experiments' }).click();
  await expect(page.getByRole('heading', { name: 'Experiments', level: 2 })).toBeVisible();
  for (const s of stored) await expect(page.getByTestId(`run-${s.id}`)).toBeVisible();
});

test('choosing a topology: early stopping, predicted before it is shown, on a run that overfits', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Choosing a topology');
  await openActivity(page, 'Early stopping on a run that overfits');
  const hint = (await page.locator('.labs-es .labs-hint').textContent()) ?? '';
  const best = Number(/at epoch (\d+)/.exec(hint)?.[1]);
  expect(best).toBeGreaterThan(20);
  const patience = page.getByRole('spinbutton', { name: 'Patience (epochs)' });
  const show = page.getByRole('button', { name: 'Show where it stops' });
  const predict = async (stop: number, kept: number): Promise<void> => {
    await page.getByTestId('labs-es-stop').fill(String(stop));
    await page.getByTestId('labs-es-kept').fill(String(kept));
    await show.click();
  };
  // one click: shown without a prediction
  await patience.fill('10');
  await show.click();
  await expect(page.getByTestId('labs-es-result')).toContainText(`stops after epoch ${best + 10}`);
  await check(page, false);
  // the marked best epoch copied into both boxes
  await patience.fill('20');
  await expect(show).toBeEnabled();
  await predict(best, best);
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText(
    'does not stop at its best epoch',
  );
  // a wrong kept epoch (the last one)
  await patience.fill('15');
  await predict(best + 15, best + 15);
  await check(page, false);
  // the rule applied: a patience after the best epoch, the best epoch's weights
  await patience.fill('25');
  await predict(best + 25, best);
  await expect(page.getByTestId('labs-es-result')).toContainText('Your prediction was right');
  await check(page, true);
});

test('choosing activations: the output from what the targets are, hidden units that bend', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Choosing activation functions');
  const out = (task: string) =>
    page.getByRole('combobox', { name: new RegExp(`^Output activation for ${task}`) });
  const hid = (task: string) =>
    page.getByRole('combobox', { name: new RegExp(`^Hidden activation for ${task}`) });
  const row = (id: string) =>
    page.getByTestId('labs-choice-table').locator(`tr[data-task="${id}"]`);
  for (const t of ['How much', 'Yes or no', 'Which of three']) {
    await out(t).selectOption('linear');
    await hid(t).selectOption('linear');
  }
  // the default, linear everywhere: one linear map, and the check says so
  await page.getByRole('button', { name: 'Train all' }).click();
  await expect(row('amount').locator('[data-col="result"]')).toContainText('misses the goal');
  await checkFails(page, 'one linear map');
  // a sigmoid output for an amount that reaches −1
  await out('How much').selectOption('sigmoid');
  await hid('How much').selectOption('tanh');
  await checkFails(page, 'a sigmoid output gives one number between 0 and 1');
  // a softmax over the circle's single output is refused by the engine, with its reason
  await out('Yes or no').selectOption('softmax');
  await row('inside').getByRole('button', { name: 'Train' }).click();
  await expect(row('inside').locator('[data-col="result"]')).toContainText(
    'softmax needs at least 2 units',
  );
  // the right choices, each reaching its goal when trained here
  await out('How much').selectOption('linear');
  await out('Yes or no').selectOption('sigmoid');
  await hid('Yes or no').selectOption('relu');
  await out('Which of three').selectOption('softmax');
  await hid('Which of three').selectOption('tanh');
  await page.getByRole('button', { name: 'Train all' }).click();
  for (const id of ['amount', 'inside', 'which'])
    await expect(row(id).locator('[data-col="result"]')).toContainText('reaches the goal');
  await expect(page.locator('.labs-curves').first()).toBeVisible();
  await checkPasses(page);
});

test('screenshots and accessibility of the boundaries, activations and topology labs, light and dark', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  test.setTimeout(150_000); // both themes, each with its screenshots and scans
  await openLabs(page);

  await openLab(page, 'Decision boundaries');
  await composeSquare(page);
  expect(await lookInBothThemes(page, 'decision-boundaries'), 'decision-boundaries').toEqual([]);
  await openActivity(page, 'Two hidden layers: an OR of ANDs');
  // the most units there can be: their columns must still fit beside the plane
  const add = page.getByRole('button', { name: 'Add a unit' });
  while (await add.isEnabled()) await add.click();
  await expect(page.locator('[data-unit="8"]')).toBeVisible();
  expect(await lookInBothThemes(page, 'two-layers'), 'two-layers').toEqual([]);
  await openActivity(page, 'One hidden layer carving a region');
  await page.getByRole('spinbutton', { name: 'Hidden units' }).fill('4');
  await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
  await expect(page.getByTestId('labs-region-network')).toContainText('trained');
  expect(await lookInBothThemes(page, 'hidden-layer'), 'hidden-layer').toEqual([]);

  await openLab(page, 'Choosing activation functions');
  await page.getByRole('button', { name: 'Train all' }).click();
  expect(await lookInBothThemes(page, 'choosing-activations'), 'choosing-activations').toEqual([]);

  await openLab(page, 'Choosing a topology');
  await page.getByRole('button', { name: 'Train all 3 topologies' }).click();
  await expect(page.locator('tr[data-topology] [data-status="done"]')).toHaveCount(3, {
    timeout: 90_000,
  });
  await page.locator('tr[data-topology="2-3-1"] input[type="radio"]').check();
  await page.getByRole('button', { name: /^Reveal the test score/ }).click();
  await expect(page.getByTestId('labs-topology-test')).toBeVisible();
  expect(await lookInBothThemes(page, 'choosing-topology'), 'choosing-topology').toEqual([]);
  await openActivity(page, 'Early stopping on a run that overfits');
  await page.getByTestId('labs-es-stop').fill('70');
  await page.getByTestId('labs-es-kept').fill('60');
  await page.getByRole('button', { name: 'Show where it stops' }).click();
  expect(await lookInBothThemes(page, 'early-stopping'), 'early-stopping').toEqual([]);
});
