// Reports: the HTML holds every part, opens in Chromium with its charts drawn and without a
// single request, and prints to a PDF of the expected number of pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Services } from '../../../src-main/services/services';
import { gatherReport } from '../../../src-main/export/report/report-data';
import { renderReportHtml } from '../../../src-main/export/report/report-html';
import {
  evaluateExperiment,
  judgeExperiment,
} from '../../../src-main/services/evaluate-experiment';
import { chromiumPdfPrinter, findChromium } from '../../../src-main/export/report/pdf-printer';
import { CIRCLE_RUN, openTestLab, trainedExperiment } from './services-fixture';

const executablePath = findChromium();
if (!executablePath) console.warn('report tests in Chromium are skipped: no Chromium found');

let lab: Services;
let circle: number;
let sine: number;
let unfinished: number;
let browser: Browser | undefined;

beforeAll(async () => {
  ({ lab } = openTestLab());
  circle = trainedExperiment(lab, CIRCLE_RUN);
  sine = trainedExperiment(lab, {
    builtin: 'sine',
    params: { count: 120 },
    spec: {
      inputs: 1,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'linear' },
      ],
    },
    training: {
      loss: 'mse',
      optimizer: { name: 'adam' },
      learningRate: 0.02,
      batchSize: 16,
      epochs: 25,
      shuffle: true,
      seed: 3,
    },
    name: 'Sine <b>regression</b>',
  });
  // a run that never finished: reported with the reason it has no results
  const record = lab.store.experiments.get(circle)!;
  unfinished = lab.store.experiments.create({
    name: 'Queued circle',
    datasetId: record.datasetId,
    config: record.config,
  }).id;
  if (executablePath) browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  lab.close();
});

const html = (ids: number[]) => renderReportHtml(gatherReport(lab, ids, '0.1.0'));

/** Pages of a PDF: its page objects (not the /Pages tree nodes). */
const pageCount = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;

describe('the HTML report', () => {
  it('holds the dataset, design, hyperparameters, curves, surface, confusion, metrics, notes, date and version', () => {
    const text = html([circle]);
    expect(text).toMatch(/<h1>Neuron Lab report: Circle, 6 tanh<\/h1>/);
    expect(text).toContain('Neuron Lab 0.1.0');
    expect(text).toMatch(/Made \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(text).toMatch(/<th scope="row">rows<\/th><td>200<\/td>/);
    expect(text).toMatch(/<svg class="design"[^>]*aria-label="network 2 → 6 → 1/);
    expect(text).toMatch(/<th scope="row">weights seed<\/th><td>1<\/td>/);
    expect(text).toMatch(/<th scope="row">learning rate<\/th><td>0\.03<\/td>/);
    expect(text).toContain('data:image/png;base64,iVBORw0KGgo');
    expect(text).toMatch(/<table class="confusion">/);
    expect(text).toMatch(/<th scope="row">test<\/th><td class="num">30<\/td>/);
    // notes are escaped text, kept as written
    expect(text).toContain('=cmd|calc (a formula-like line stays text)');
    expect((text.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('contains no URL at all, and no script', () => {
    const text = html([circle, sine, unfinished]);
    const dataUris = (text.match(/"data:[^"]*"/g) ?? []).map((a) => a.slice(1, -1));
    expect(dataUris.length).toBe(1);
    expect(dataUris.every((uri) => /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(uri))).toBe(
      true,
    );
    const rest = text.replace(/"data:[^"]*"/g, '');
    expect(rest).not.toMatch(/[a-z]+:\/\/|\/\/[a-z]/i);
    expect(text).not.toMatch(/<script|<link|@import|url\((?!#)/i);
  });

  it('escapes names, and reports a run without results with the reason', () => {
    const text = html([sine, unfinished]);
    expect(text).toContain('Sine &lt;b&gt;regression&lt;/b&gt;');
    expect(text).toMatch(/No results: experiment \d+ has no trained model \(it is still queued\)/);
    expect(text).toMatch(/<h2>Summary<\/h2>/);
    // regression shows R², and a 1-D model gets no decision surface
    expect(text).toMatch(/<th scope="col">R²<\/th>/);
  });
});

describe.runIf(executablePath)('the report in Chromium', () => {
  it('draws its charts and makes no request', async () => {
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html([circle, sine]), { waitUntil: 'load' });
    // loss and accuracy of the circle run, loss of the sine run, the summary's loss chart
    const charts = page.locator('.charts figure svg, .summary figure svg');
    expect(await charts.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(100);
      // each chart has drawn at least one curve (a long path)
      const longest = await charts
        .nth(i)
        .locator('path')
        .evaluateAll((paths) => Math.max(...paths.map((p) => (p.getAttribute('d') ?? '').length)));
      expect(longest).toBeGreaterThan(200);
    }
    const surface = page.locator('figure.surface image');
    expect(await surface.count()).toBe(1);
    expect(await page.locator('figure.surface circle').count()).toBeGreaterThan(50);
    expect(await page.locator('table.confusion tbody tr').count()).toBe(2);
    expect(requests).toEqual([]);
    await page.close();
  }, 30_000);

  it('prints to PDF: two pages per experiment, plus a summary page for a comparison', async () => {
    const one = await chromiumPdfPrinter(html([circle]));
    expect(Buffer.from(one.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(one.length).toBeGreaterThan(10_000);
    expect(pageCount(one)).toBe(2);
    const three = await chromiumPdfPrinter(html([circle, sine, circle + 0]));
    // duplicates are reported once: circle and sine, after the summary
    expect(pageCount(three)).toBe(1 + 2 * 2);
  }, 60_000);
});

describe('the evaluation a report shows', () => {
  it('is the one stored with the model: judged once, then read, equal to judging again', () => {
    // the fixture stores a model without an evaluation, as an older version of the app did
    const { lab: fresh } = openTestLab();
    try {
      const id = trainedExperiment(fresh, CIRCLE_RUN);
      expect(fresh.store.models.evaluation(id)).toBeUndefined();
      const shown = gatherReport(fresh, [id], 'test').experiments[0].evaluation!;
      const stored = fresh.store.models.evaluation(id)!;
      expect({ experimentId: id, ...stored }).toEqual(shown);
      expect(judgeExperiment(fresh, id)).toEqual(stored);
      // a stored evaluation is what is read: change it in the store and the report shows it
      fresh.store.models.saveEvaluation(id, { ...stored, labels: ['out', 'in'] });
      expect(evaluateExperiment(fresh, id).labels).toEqual(['out', 'in']);
      expect(gatherReport(fresh, [id], 'test').experiments[0].evaluation!.labels).toEqual([
        'out',
        'in',
      ]);
      // saving a new model drops the old model's evaluation
      fresh.store.models.save(id, fresh.store.models.get(id)!.model);
      expect(fresh.store.models.evaluation(id)).toBeUndefined();
    } finally {
      fresh.close();
    }
  });
});
