// Reports from the running lab, on whichever host the fixture gives: a trained run exported
// through the contract as HTML (which opens offline with its charts drawn and fetches nothing)
// and as PDF (printed by the host's Chromium), and its model as ONNX bytes. The desktop app
// saves them through its dialogs, which the test answers (support/exported-files.ts).
import type { Page, Request } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { exportedFiles, savedByButton } from './support/exported-files';
import { openDetails, openExperiments, search } from './support/experiments-page';
import { goToView, labUrl } from './support/lab-page';
import { call } from './support/lab-socket';
import { staysWithLab } from './support/lab-url';

test.describe.configure({ timeout: 120_000 });

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
  electronApp,
}) => {
  const offsite: string[] = [];
  const leaves = (request: Request) => {
    if (!staysWithLab(request.url())) offsite.push(request.url());
  };
  page.on('request', leaves);
  await page.goto(labUrl());
  const id = await trainedRun(page);

  const [html] = await exportedFiles(page, electronApp, 'export:report', {
    experimentIds: [id],
    format: 'html',
  });
  expect(html.fileName).toBe('report-circle-report.html');
  const text = html.bytes.toString('utf8');

  const [pdf] = await exportedFiles(page, electronApp, 'export:report', {
    experimentIds: [id],
    format: 'pdf',
  });
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(2);

  const [onnx] = await exportedFiles(page, electronApp, 'export:model', {
    experimentId: id,
    format: 'onnx',
  });
  expect(onnx.fileName).toBe('report-circle.onnx');
  expect(onnx.bytes.length).toBeGreaterThan(200);

  // A chart of the run saves as PNG and as SVG (downloaded, or through the desktop app's dialog).
  await openExperiments(page);
  await search(page, 'Report circle');
  const details = await openDetails(page, id);
  for (const [format, start] of [
    ['PNG', '\x89PNG'],
    ['SVG', '<svg'],
  ]) {
    const saved = await savedByButton(
      page,
      electronApp,
      details.getByRole('button', { name: `Save Loss by epoch chart as ${format}` }),
      details.getByTestId(`chart-run-${id}-loss-saved`),
    );
    expect(saved.fileName).toBe(`run-${id}-loss.${format.toLowerCase()}`);
    expect(saved.bytes.toString('latin1').slice(0, 200)).toContain(start);
    expect(saved.bytes.length).toBeGreaterThan(1000);
  }

  // The app's class colours, to compare with the report's below.
  const swatches = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  await goToView(page, 'Data');
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'Circle' });
  await expect(page.locator('.data-scatter-legend .data-scatter-swatch')).toHaveCount(2);
  const appColours = await swatches('.data-scatter-legend .data-scatter-swatch');
  page.off('request', leaves);
  expect(offsite).toEqual([]);

  // The report opened on its own, as a browser opens the saved file (a blank page: no lab, no
  // policy of the lab's page): charts drawn, nothing fetched, no script error.
  await page.goto('about:blank');
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setContent(text, { waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Neuron Lab report: Report circle',
  );
  const charts = page.locator('.charts figure svg');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await chart.locator('path').count()).toBeGreaterThan(5);
  }
  await expect(page.locator('figure.surface image')).toHaveCount(1);
  await expect(page.locator('table.confusion')).toBeVisible();
  await expect(page.locator('svg.design circle')).toHaveCount(2 + 6 + 1);
  await page.screenshot({ path: 'test-results/screens/report-html-light.png', fullPage: true });
  // One palette: the report's class colours are the app's (class 0 orange, class 1 blue).
  const reportColours = await swatches('figure.surface .legend i');
  expect(reportColours).toHaveLength(2);
  expect(reportColours).toEqual(appColours.slice(0, 2));
  expect(reportColours[0]).toBe('rgb(245, 147, 34)');
  expect(requests).toEqual([]);
  expect(problems).toEqual([]);
});
