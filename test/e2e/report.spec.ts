// Reports from the running lab: a trained run exported through the API socket as HTML (which
// opens offline with its charts drawn and fetches nothing) and as PDF (printed by the local
// host's headless Chromium), and its model as ONNX bytes.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { goToView, labUrl } from './support/lab-page';
import { call } from './support/lab-socket';

test.describe.configure({ timeout: 120_000 });

type Files = { files: Array<{ fileName: string; mime: string; bytes: { $u8: string } }> };

/** Trains a small circle classifier to the end through the contract. @returns its id */
async function trainedRun(page: Page): Promise<number> {
  const dataset = (await call(page, 'datasets:generate', {
    name: 'circle',
    params: { count: 200 },
    datasetName: 'report circle',
  })) as { id: number };
  const { experimentId } = (await call(page, 'runs:start', {
    datasetId: dataset.id,
    spec: {
      inputs: 2,
      layers: [
        { units: 6, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    training: {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'adam' },
      learningRate: 0.03,
      batchSize: 16,
      epochs: 40,
      shuffle: true,
      seed: 1,
    },
    seed: 2,
    normalize: 'standard',
    name: 'Report circle',
  })) as { experimentId: number };
  await expect
    .poll(
      async () =>
        (
          (await call(page, 'experiments:get', { id: experimentId })) as {
            experiment: { status: string };
          }
        ).experiment.status,
      { timeout: 60_000 },
    )
    .toBe('done');
  return experimentId;
}

test('a trained run exports as an offline HTML report, a PDF and an ONNX model', async ({
  page,
  context,
}) => {
  const offsite: string[] = [];
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host)) offsite.push(request.url());
  });
  await page.goto(labUrl());
  const id = await trainedRun(page);

  const html = (await call(page, 'export:report', {
    experimentIds: [id],
    format: 'html',
  })) as Files;
  expect(html.files[0]).toMatchObject({ fileName: 'report-circle-report.html', mime: 'text/html' });
  const text = Buffer.from(html.files[0].bytes.$u8, 'base64').toString('utf8');

  // The report opened on its own: charts drawn, nothing fetched, no script error.
  const report = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  report.on('pageerror', (e) => problems.push(e.message));
  await report.setContent(text, { waitUntil: 'load' });
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(
    'Neuron Lab report: Report circle',
  );
  const charts = report.locator('.charts figure svg');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await chart.locator('path').count()).toBeGreaterThan(5);
  }
  await expect(report.locator('figure.surface image')).toHaveCount(1);
  await expect(report.locator('table.confusion')).toBeVisible();
  await expect(report.locator('svg.design circle')).toHaveCount(2 + 6 + 1);
  await report.screenshot({ path: 'test-results/screens/report-html-light.png', fullPage: true });
  // One palette: the report's class colours are the app's (class 0 orange, class 1 blue).
  const swatches = (where: Page, selector: string) =>
    where
      .locator(selector)
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  const reportColours = await swatches(report, 'figure.surface .legend i');
  await goToView(page, 'Data');
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'Circle' });
  await expect(page.locator('.data-scatter-legend .data-scatter-swatch')).toHaveCount(2);
  const appColours = await swatches(page, '.data-scatter-legend .data-scatter-swatch');
  expect(reportColours).toHaveLength(2);
  expect(reportColours).toEqual(appColours.slice(0, 2));
  expect(reportColours[0]).toBe('rgb(245, 147, 34)');
  expect(requests).toEqual([]);
  expect(problems).toEqual([]);

  const pdf = (await call(page, 'export:report', { experimentIds: [id], format: 'pdf' })) as Files;
  const bytes = Buffer.from(pdf.files[0].bytes.$u8, 'base64');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(2);

  const onnx = (await call(page, 'export:model', { experimentId: id, format: 'onnx' })) as Files;
  expect(onnx.files[0].fileName).toBe('report-circle.onnx');
  expect(Buffer.from(onnx.files[0].bytes.$u8, 'base64').length).toBeGreaterThan(200);
  expect(offsite).toEqual([]);
});
