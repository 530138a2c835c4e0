// What a new user tripped over in the Experiments view (issue 16): runs that differ only in
// learning rate got the same automatic name and one legend entry; the list showed no learning
// rate or optimiser; Details showed no settings or curves; the legend's second row covered
// the plots at 1280×720.
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { call } from './support/lab-socket';
import { openDetails, openExperiments, row, search } from './support/experiments-page';

watchPageProblems();
test.use({ viewport: { width: 1280, height: 720 } });

test('automatic names tell runs apart; settings in the list and Details; legend apart', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(labUrl());
  // A dataset of its own (the database is shared with other tests): its name is the search.
  const count = 100 + Math.floor(Math.random() * 800);
  const dataset = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name: 'spiral',
    params: { count },
  });
  const ids: number[] = [];
  for (const rate of [0.01, 0.1, 0.5, 0.01]) {
    const { experimentId } = await call<{ experimentId: number }>(page, 'runs:start', {
      datasetId: dataset.id,
      spec: {
        inputs: 2,
        layers: [
          { units: 3, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      training: {
        loss: 'binary_cross_entropy',
        optimizer: { name: 'adam' },
        learningRate: rate,
        batchSize: 32,
        epochs: 5,
        shuffle: true,
        seed: 1,
      },
      seed: 1,
      normalize: 'none',
    });
    ids.push(experimentId);
  }
  for (const id of ids) {
    await expect
      .poll(
        async () =>
          (await call<{ experiment: { status: string } }>(page, 'experiments:get', { id }))
            .experiment.status,
        { timeout: 30_000 },
      )
      .toBe('done');
  }
  await openExperiments(page);
  await search(page, dataset.name);
  const base = `${dataset.name} 2-3-1 · Adam, lr`;
  const names = ids.map((id) => row(page, id).getByTestId('run-name'));
  await expect(names[0]).toHaveText(`${base} 0.01`);
  await expect(names[1]).toHaveText(`${base} 0.1`);
  await expect(names[2]).toHaveText(`${base} 0.5`);
  await expect(names[3]).toHaveText(`${base} 0.01 (2)`); // the same settings again: numbered
  await expect(row(page, ids[1]).getByTestId('run-settings')).toHaveText(
    'Adam · learning rate 0.1 · batch 32',
  );

  // Details: the settings and the loss curve.
  const details = await openDetails(page, ids[1]);
  const settings = details.getByTestId('run-details-settings');
  await expect(settings.locator('[data-setting="learning-rate"] dd')).toHaveText('0.1');
  await expect(settings.locator('[data-setting="optimiser"] dd')).toContainText('Adam');
  await expect(settings.locator('[data-setting="epochs"] dd')).toHaveText('5');
  await expect(details.getByTestId(`chart-run-${ids[1]}-loss`)).toHaveAttribute(
    'data-points',
    '10',
  );
  await details.screenshot({ path: 'test-results/screens/first-use-run-details-1280.png' });
  await details.getByRole('button', { name: /^Hide details of/ }).click();

  // Compare the three rates: one legend entry per run, never over a plot.
  for (const id of ids.slice(0, 3)) await row(page, id).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Compare 3 selected' }).click();
  const legend = page.getByTestId('compare-legend').getByRole('listitem');
  await expect(legend).toHaveCount(3);
  const entries = await legend.allTextContents();
  expect(new Set(entries.map((e) => e.trim())).size).toBe(3);
  // Both boxes in one frame: the comparison scrolls into view, and two separate reads could
  // straddle a scroll step.
  const [legendBottom, plotTop] = await page.evaluate(() => {
    const box = (id: string) =>
      document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    return [box('compare-legend').bottom, box('chart-compare-loss').top];
  });
  expect(legendBottom).toBeLessThanOrEqual(plotTop);
  await page.getByTestId('comparison').screenshot({
    path: 'test-results/screens/first-use-compare-1280.png',
  });
});
