// A run leaves the lab as a PyTorch project: Experiments → details → PyTorch project downloads
// a ZIP of the project's folder, and the menu says how to start it; a train.py run comes back
// through Import a PyTorch run… as an experiment of its own.
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/lab-test';
import { call } from './support/lab-socket';
import { labUrl } from './support/lab-page';

test('a run goes out as a PyTorch project and a PyTorch run comes back', async ({ page }) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  await page.goto(labUrl());

  const dataset = await call<{ id: number }>(page, 'datasets:generate', {
    name: 'xor',
    params: {},
  });
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
      learningRate: 0.05,
      batchSize: 8,
      epochs: 10,
      shuffle: true,
      seed: 3,
    },
    seed: 1,
    normalize: 'standard',
    name: `torch export ${Date.now()}`,
  });
  await expect
    .poll(
      async () =>
        (
          await call<{ experiment: { status: string } }>(page, 'experiments:get', {
            id: experimentId,
          })
        ).experiment.status,
      { timeout: 60_000 },
    )
    .toBe('done');

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Experiments', exact: true })
    .click();
  const row = page.getByTestId(`run-${experimentId}`);
  await row.getByRole('button', { name: /^Show details of/ }).click();

  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: /^PyTorch project/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^torch-export-\d+-pytorch\.zip$/);
  const zip = await readFile(await download.path());
  expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(zip.toString('latin1')).toContain('-pytorch/train.py');
  const status = row.getByRole('status');
  await expect(status).toContainText(
    /Saved torch-export-\d+-pytorch\.zip\. Unzip it and run python train\.py/,
  );

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await row.screenshot({ path: `test-results/screens/export-pytorch-${theme}.png` });
  }

  // Back in: what train.py wrote (as it writes it; test/main runs the real train.py)
  await page.getByRole('button', { name: 'Import a PyTorch run…' }).click();
  const epochs = ['epoch,step,loss,accuracy,learning_rate,milliseconds'];
  for (let e = 1; e <= 4; e++) epochs.push(`${e},${e * 4},${0.7 / e},0.5,0.05,3`);
  const run = {
    format: 'neuron-lab-pytorch-run',
    experiment: { id: experimentId },
    torch: '1.13.1',
    device: 'cpu',
    processes: 2,
    batchSize: 8,
    effectiveBatchSize: 16,
    learningRateFactor: 1,
    start: 'initial',
    status: 'done',
    reason: null,
    final: { loss: 0.175 },
  };
  await page.getByLabel('Run files').setInputFiles([
    { name: 'metrics.csv', mimeType: 'text/csv', buffer: Buffer.from(epochs.join('\n')) },
    { name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(run)) },
  ]);
  const picked = page.getByRole('list', { name: 'Picked files' });
  await expect(picked).toContainText('run.json: which run it came from, where it ran');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page
      .locator('form', { has: picked })
      .screenshot({ path: `test-results/screens/import-pytorch-run-${theme}.png` });
  }
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const imported = page.getByText(/^torch export \d+ \(PyTorch, 2 processes on cpu\)$/);
  await expect(imported).toBeVisible();
  expect(problems).toEqual([]);
});
