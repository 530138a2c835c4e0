// The Experiments view against the real local host: runs made through the lab's API, then
// listed, filtered, sorted, tagged, annotated, renamed, deleted (with and without Undo),
// compared (overlay chart and settings table), re-run and opened in Train, like a person would.
import { expect, test } from './support/lab-test';
import {
  axe,
  EPOCHS,
  names,
  openDetails,
  openExperiments,
  row,
  rows,
  search,
  threeFinishedRuns,
} from './support/experiments-page';
import { call, callRaw } from './support/lab-socket';
import { labUrl, watchPageProblems } from './support/lab-page';

test.describe.configure({ timeout: 150_000 });
// A missing control fails in seconds, not at the end of the whole test's time.
test.use({ actionTimeout: 10_000 });

watchPageProblems();

test('lists runs and filters, sorts, tags, annotates and renames them', async ({ page }) => {
  const token = `list${Date.now().toString(36)}`;
  await page.goto(labUrl());
  const runs = await threeFinishedRuns(page, token);
  await openExperiments(page);
  await search(page, token);

  // The three, newest first, finished, with metrics and epochs.
  await expect(rows(page)).toHaveCount(3);
  expect(await names(page)).toEqual(runs.map((r) => r.name).reverse());
  await expect(page.getByTestId('runs-count')).toContainText('3 of');
  for (const run of runs) {
    const r = row(page, run.id);
    await expect(r.locator('[data-status]')).toHaveAttribute('data-status', 'done');
    await expect(r.locator('[data-status]')).toHaveText('✓ finished');
    await expect(r.getByTestId('run-epochs')).toHaveText(String(EPOCHS));
    // Final metrics: loss and accuracy on each part of the data.
    const metrics = r.locator('tr[data-part]');
    await expect(metrics).toHaveCount(3);
    await expect(metrics.getByRole('rowheader')).toHaveText(['train', 'validation', 'test']);
    await expect(metrics.first().getByRole('cell')).toHaveText([/^\d\.\d+$/, /^\d+\.\d%$/]);
    await expect(r.getByText(run.dataset, { exact: true })).toBeVisible();
  }

  // Text search narrows to one; a status no run has shows the "no match" state.
  await search(page, `${token} rate 0.5`);
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, runs[2].id)).toBeVisible();
  await search(page, token);
  await page
    .getByRole('combobox', { name: 'Status', exact: true })
    .selectOption({ label: 'failed' });
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('No run matches these filters.')).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Status', exact: true })
    .selectOption({ label: 'finished' });
  await expect(rows(page)).toHaveCount(3);

  // Sorting.
  await page
    .getByRole('combobox', { name: 'Sort by', exact: true })
    .selectOption({ label: 'Oldest first' });
  await expect.poll(() => names(page)).toEqual(runs.map((r) => r.name));
  await page
    .getByRole('combobox', { name: 'Sort by', exact: true })
    .selectOption({ label: 'Name' });
  await expect
    .poll(() => names(page))
    .toEqual([`${token} rate 0.01`, `${token} rate 0.1`, `${token} rate 0.5`]);
  await page
    .getByRole('combobox', { name: 'Sort by', exact: true })
    .selectOption({ label: 'Newest first' });
  await expect.poll(() => names(page)).toEqual(runs.map((r) => r.name).reverse());

  // A tag, then the list filtered by it; removing it takes the chip away.
  const tag = `${token}-fav`;
  const middle = await openDetails(page, runs[1].id);
  await middle.getByRole('combobox', { name: `Add a tag to ‘${runs[1].name}’` }).fill(tag);
  await middle.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(middle.getByTestId('run-tag')).toHaveText([new RegExp(tag)]);
  await search(page, '');
  await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption(tag);
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, runs[1].id)).toBeVisible();
  await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption({ label: 'Any tag' });
  await search(page, token);
  await expect(rows(page)).toHaveCount(3);

  // A note: saved while typing pauses, shown in the row, and still there after a reload.
  const note = `Rate 0.1 converges smoothly (${token})`;
  await middle.getByRole('textbox', { name: `Notes on ‘${runs[1].name}’` }).fill(note);
  await expect(middle.getByTestId('notes-state')).toHaveAttribute('data-state', 'saved');
  await expect(middle.getByTestId('notes-state')).toHaveText('✓ Saved');
  await expect(middle.getByTestId('run-note-preview')).toHaveText(note);
  await page.screenshot({
    path: 'test-results/screens/experiments-list-light.png',
    fullPage: true,
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/screens/experiments-list-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.reload();
  await openExperiments(page);
  await search(page, token);
  const reloaded = await openDetails(page, runs[1].id);
  await expect(reloaded.getByRole('textbox', { name: `Notes on ‘${runs[1].name}’` })).toHaveValue(
    note,
  );
  await expect(reloaded.getByTestId('run-tag')).toHaveText([new RegExp(tag)]);

  // Rename in place: Escape cancels, Enter saves (and the name survives a reload).
  const first = row(page, runs[0].id);
  await first.getByRole('button', { name: `Rename ‘${runs[0].name}’` }).click();
  const field = first.getByRole('textbox', { name: /New name for/ });
  await expect(field).toBeFocused();
  await field.fill('never saved');
  await field.press('Escape');
  await expect(first.getByTestId('run-name')).toHaveText(runs[0].name);
  await expect(first.getByRole('button', { name: `Rename ‘${runs[0].name}’` })).toBeFocused();
  await page.keyboard.press('Enter');
  const renamed = `${token} slow learner`;
  await first.getByRole('textbox', { name: /New name for/ }).fill(renamed);
  await first.getByRole('textbox', { name: /New name for/ }).press('Enter');
  await expect(first.getByTestId('run-name')).toHaveText(renamed);
  const stored = await call<{ experiment: { name: string } }>(page, 'experiments:get', {
    id: runs[0].id,
  });
  expect(stored.experiment.name).toBe(renamed);

  // An empty name is refused with a message, and the field stays open.
  await first.getByRole('button', { name: `Rename ‘${renamed}’` }).click();
  await first.getByRole('textbox', { name: /New name for/ }).fill('   ');
  await first.getByRole('textbox', { name: /New name for/ }).press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: "A run's name cannot be empty." }),
  ).toBeVisible();
  await first.getByRole('textbox', { name: /New name for/ }).press('Escape');
  await expect(first.getByTestId('run-name')).toHaveText(renamed);
});

test('compares three runs, re-runs one, deletes with and without Undo, opens in Train', async ({
  page,
}) => {
  const token = `cmp${Date.now().toString(36)}`;
  await page.goto(labUrl());
  const runs = await threeFinishedRuns(page, token);
  await openExperiments(page);
  await search(page, token);
  await expect(rows(page)).toHaveCount(3);

  // Tick the three, by keyboard.
  const compareButton = page.getByRole('button', { name: /^Compare \d* ?selected$/ });
  await expect(compareButton).toBeDisabled();
  for (const run of runs) {
    const box = page.getByRole('checkbox', { name: `Compare ‘${run.name}’` });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await expect(compareButton).toHaveText('Compare 3 selected');
  await compareButton.click();

  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByRole('heading', { name: 'Comparing 3 runs' })).toBeFocused();
  // One colour per run: each chart has a line per run, every epoch of each drawn.
  const charts = page.getByTestId('compare-charts');
  await expect(charts).toHaveAttribute('data-runs', '3');
  await expect(charts).toHaveAttribute('data-charts', '4');
  for (const id of ['loss', 'validation-loss', 'accuracy', 'validation-accuracy']) {
    const chart = page.getByTestId(`chart-compare-${id}`);
    await expect(page.locator('figure[data-series]', { has: chart })).toHaveAttribute(
      'data-series',
      '3',
    );
    await expect.poll(async () => Number(await chart.getAttribute('data-points'))).toBe(3 * EPOCHS);
  }
  await expect(page.getByTestId('chart-compare-accuracy')).toHaveAttribute(
    'aria-label',
    /at epoch 40: .*rate 0\.01 \d+\.\d%/,
  );

  // The table: exactly the learning rate differs; the seed is shared.
  const table = page.getByTestId('compare-table');
  await expect(table.locator('tr[data-differs="true"]')).toHaveCount(1);
  const rateRow = table.locator('tr[data-row="learning-rate"]');
  await expect(rateRow).toHaveAttribute('data-differs', 'true');
  await expect(rateRow.getByRole('rowheader')).toContainText('≠');
  await expect(rateRow.getByRole('rowheader')).toContainText('(differs between the runs)');
  await expect(rateRow.getByRole('cell')).toHaveText(['0.01', '0.1', '0.5']);
  await expect(table.locator('tr[data-row="seed"]')).toHaveAttribute('data-differs', 'false');
  await expect(table.locator('tr[data-row="seed"]').getByRole('cell')).toHaveText(
    Array(3).fill('weights 1, shuffling 1'),
  );
  await expect(table.locator('tr[data-row="architecture"]').getByRole('cell').first()).toHaveText(
    '2-4-1 (tanh, sigmoid)',
  );
  await expect(page.getByTestId('compare-summary')).toContainText('1 setting differs');
  await expect(table.locator('tr[data-row="epochs-run"]').getByRole('cell')).toHaveText(
    Array(3).fill(String(EPOCHS)),
  );

  // Both themes: readable, and no WCAG 2.1 AA violations with a comparison open.
  const details = await openDetails(page, runs[2].id);
  await expect(details.getByRole('heading', { name: 'Export' })).toBeVisible();
  expect(await axe(page), 'light').toEqual([]);
  await page.screenshot({
    path: 'test-results/screens/experiments-compare-light.png',
    fullPage: true,
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axe(page), 'dark').toEqual([]);
  await page.screenshot({
    path: 'test-results/screens/experiments-compare-dark.png',
    fullPage: true,
  });
  await page.emulateMedia({ colorScheme: 'light' });

  // Re-run: a new run with the same settings appears and finishes.
  await page
    .getByRole('button', { name: `Re-run ‘${runs[2].name}’ with the same settings and seed` })
    .click();
  const again = rows(page).filter({ hasText: `${runs[2].name} (again)` });
  await expect(again).toHaveCount(1);
  await expect(again.locator('[data-status]')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(again.getByTestId('run-epochs')).toHaveText(String(EPOCHS));
  const againId = Number(await again.getAttribute('data-run-id'));
  await expect(rows(page)).toHaveCount(4);

  // Delete, then Undo (button): back at once, and still there after the notice would expire.
  await openDetails(page, againId);
  await row(page, againId)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(row(page, againId)).toHaveCount(0);
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText(`Deleted ‘${runs[2].name} (again)’`);
  await expect(notice.getByRole('button', { name: /Undo/ })).toBeFocused();
  await notice.getByRole('button', { name: /Undo/ }).click();
  await expect(row(page, againId)).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(row(page, againId).getByRole('button', { name: /^Delete/ })).toBeFocused();

  // Delete, then Ctrl+Z.
  await row(page, againId)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(row(page, againId)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(row(page, againId)).toBeVisible();
  await page.waitForTimeout(11_000);
  await expect(row(page, againId)).toBeVisible();
  expect((await callRaw(page, 'experiments:get', { id: againId })).ok).toBe(true);

  // Delete for good: gone when the notice expires, and after a reload.
  await row(page, againId)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(notice).toBeVisible();
  expect((await callRaw(page, 'experiments:get', { id: againId })).ok).toBe(true);
  await expect(notice).toHaveCount(0, { timeout: 15_000 });
  await expect
    .poll(async () => {
      const reply = await callRaw(page, 'experiments:get', { id: againId });
      return reply.ok ? 'still there' : reply.error.code;
    })
    .toBe('not-found');
  await page.reload();
  await openExperiments(page);
  await search(page, token);
  await expect(rows(page)).toHaveCount(3);
  await expect(row(page, againId)).toHaveCount(0);

  // Open in Train: the Train view shows that run's curves.
  await openDetails(page, runs[1].id);
  await page.getByRole('button', { name: `Open ‘${runs[1].name}’ in Train` }).click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done');
  await expect
    .poll(async () => Number(await page.getByTestId('chart-loss').getAttribute('data-points')))
    .toBeGreaterThanOrEqual(EPOCHS);
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('0.1');
});

test('deleting is committed when the page goes away', async ({ page }) => {
  const token = `hide${Date.now().toString(36)}`;
  await page.goto(labUrl());
  const dataset = await call<{ id: number }>(page, 'datasets:generate', {
    name: 'xor',
    params: {},
  });
  const { experimentId } = await call<{ experimentId: number }>(page, 'runs:start', {
    datasetId: dataset.id,
    spec: { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] },
    training: {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'sgd' },
      learningRate: 0.1,
      batchSize: 10,
      epochs: 5,
      shuffle: false,
      seed: 1,
    },
    seed: 1,
    name: `${token} short`,
  });
  await expect
    .poll(
      async () =>
        (
          await call<{ experiment: { status: string } }>(page, 'experiments:get', {
            id: experimentId,
          })
        ).experiment.status,
    )
    .toBe('done');
  await openExperiments(page);
  await search(page, token);
  await openDetails(page, experimentId);
  await row(page, experimentId)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByTestId('undo-notice')).toBeVisible();
  // Leaving the page (a reload fires pagehide) deletes at once, not ten seconds later: the
  // page sends the delete as a beacon and on its socket (unit tests check each way).
  await page.reload();
  await expect
    .poll(
      async () => {
        const reply = await callRaw(page, 'experiments:get', { id: experimentId });
        return reply.ok ? 'still there' : reply.error.code;
      },
      { timeout: 10_000 },
    )
    .toBe('not-found');
});

test('with no runs yet, the view says where runs come from', async ({ page }) => {
  // The database is shared with other tests: the page is shown an empty history by answering
  // its list calls with no runs, everything else passing through to the real host.
  await page.routeWebSocket(/\/api(\?.*)?$/, (socket) => {
    const server = socket.connectToServer();
    const listCalls = new Set<number>();
    socket.onMessage((message) => {
      if (typeof message === 'string') {
        const request = JSON.parse(message);
        if (request.call === 'experiments:list') listCalls.add(request.id);
      }
      server.send(message);
    });
    server.onMessage((message) => {
      const reply = typeof message === 'string' ? JSON.parse(message) : null;
      if (reply && listCalls.has(reply.id)) {
        socket.send(JSON.stringify({ id: reply.id, result: { ok: true, value: [] } }));
      } else socket.send(message);
    });
  });
  await page.goto(labUrl());
  await openExperiments(page);
  const empty = page.getByRole('region', { name: 'No runs yet' });
  await expect(empty).toContainText('Every network you train is kept here');
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({
    path: 'test-results/screens/experiments-empty-light.png',
    fullPage: true,
  });
  await empty.getByRole('button', { name: 'Try the XOR example' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Neuron Lab' })).toBeFocused();
});
