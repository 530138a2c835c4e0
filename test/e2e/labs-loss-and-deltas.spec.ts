// The last two labs against the real local host: softmax and the cross-entropy on one-hot
// targets, and the delta recursion through three layers. The loss, its gradient and every δ
// are worked out here from the numbers on the page (or the sample the lab draws), in plain
// loops; each task fails on a one-click, a copied and a wrong answer and passes on the right one.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import {
  freshDeltaSample,
  type DeltaNetworkSetup,
} from '../../src-renderer/labs/backprop/delta-recursion';
import { watchPageProblems } from './support/lab-page';
import {
  checkFails,
  checkPasses,
  openActivity,
  openLab,
  lookInBothThemes,
  openLabs,
  typeNumber,
} from './support/labs-page';

test.describe.configure({ timeout: 90_000 });
watchPageProblems();

/** The batch as the table shows it: scores and classes. */
async function shownBatch(page: Page): Promise<{ scores: number[][]; labels: number[] }> {
  return page.getByTestId('labs-batch-loss').evaluate((table) => {
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    const num = (t: string | null): number => Number((t ?? '').trim().replace('−', '-'));
    return {
      labels: rows.map((r) => num(r.querySelectorAll('td')[0].textContent)),
      scores: rows.map((r) => {
        const cells = Array.from(r.querySelectorAll('td'));
        const C = (cells.length - 3) / 2;
        return cells.slice(2, 2 + C).map((c) => num(c.textContent));
      }),
    };
  });
}
const softmax = (z: number[]): number[] => {
  const e = z.map((v) => Math.exp(v - Math.max(...z)));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};
const J = (b: { scores: number[][]; labels: number[] }): number =>
  b.scores.reduce((s, z, k) => s - Math.log(softmax(z)[b.labels[k] - 1]), 0) / b.scores.length;

test('softmax of two scores, the batch loss J and ∂J/∂z: predicted, and the slips fail', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Softmax and cross-entropy on one-hot targets');
  const z1 = page.getByRole('spinbutton', { name: 'Score z1' });
  await z1.fill('1');
  await checkFails(page); // the default scores
  await z1.fill('0.73'); // the target copied
  await checkFails(page);
  // σ(z1 − z2) = 0.73: z1 = 3 + ln(0.73/0.27)
  await z1.fill((3 + Math.log(0.73 / 0.27)).toFixed(2));
  await expect(page.getByTestId('labs-softmax-p')).toHaveText(['0.73', '0.27']);
  await expect(page.getByTestId('labs-softmax-sigmoid')).toContainText('= 0.73');
  await expect(page.getByTestId('labs-softmax-shifted')).toHaveText('[0.73, 0.27]');
  await checkPasses(page);

  await openActivity(page, 'The loss of a batch');
  // one click: shown without a number
  await page.getByRole('button', { name: 'New batch' }).click();
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await checkFails(page, 'before it was shown');
  // the sum over the batch instead of the mean
  await page.getByRole('button', { name: 'New batch' }).click();
  let batch = await shownBatch(page);
  await typeNumber(page, 'labs-bl-entry', Number((J(batch) * batch.scores.length).toFixed(4)));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByTestId('labs-bl-J')).toHaveText(J(batch).toFixed(3));
  await checkFails(page, 'is the sum over the batch');
  await page.getByRole('button', { name: 'New batch' }).click();
  batch = await shownBatch(page);
  await typeNumber(page, 'labs-bl-entry', Number(J(batch).toFixed(4)));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await checkPasses(page);

  await openActivity(page, 'The gradient at the output');
  batch = await shownBatch(page);
  const grad = (b: typeof batch): number =>
    (softmax(b.scores[2])[0] - (b.labels[2] === 1 ? 1 : 0)) / b.scores.length;
  // ŷ copied from the table for the gradient
  await typeNumber(page, 'labs-bl-entry', Number(softmax(batch.scores[2])[0].toFixed(3)));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await checkFails(page, 'That is the output ŷ itself');
  await page.getByRole('button', { name: 'New batch' }).click();
  batch = await shownBatch(page);
  await typeNumber(page, 'labs-bl-entry', Number(grad(batch).toFixed(4)));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await checkPasses(page);
});

/** Every δ of the lab's 2-2-2-1 sigmoid network, by the recursion written out as loops here. */
function deltasByHand(s: Pick<DeltaNetworkSetup, 'x' | 'y' | 'W' | 'b'>): Record<string, number> {
  const sig = (v: number): number => 1 / (1 + Math.exp(-v));
  const a: number[][] = [s.x];
  for (let l = 0; l < 3; l++)
    a.push(s.b[l].map((b, j) => sig(b + a[l].reduce((acc, ai, i) => acc + s.W[l][i][j] * ai, 0))));
  const d3 = (a[3][0] - s.y) * a[3][0] * (1 - a[3][0]);
  const d2 = a[2].map((v, j) => v * (1 - v) * s.W[2][j][0] * d3);
  const d1 = a[1].map((v, j) => v * (1 - v) * (s.W[1][j][0] * d2[0] + s.W[1][j][1] * d2[1]));
  return { '3-1': d3, '2-1': d2[0], '2-2': d2[1], '1-1': d1[0], '1-2': d1[1] };
}
async function pendingUnit(page: Page): Promise<string> {
  const label =
    (await page.getByTestId('labs-delta-predict').locator('label span').first().textContent()) ??
    '';
  const m = /layer (\d), unit (\d)/.exec(label);
  return `${m?.[1]}-${m?.[2]}`;
}

test('the delta recursion: both first-layer deltas predicted before shown; a reveal and a copy fail', async ({
  page,
}) => {
  const setup = JSON.parse(
    readFileSync(new URL('../../resources/labs/17-delta-recursion.json', import.meta.url), 'utf8'),
  ).activities[0].figure.setup as DeltaNetworkSetup;
  await openLabs(page);
  await openLab(page, 'The backward pass through L layers');
  const next = page.getByRole('button', { name: 'Next step' });
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  const byHand = deltasByHand(setup);
  await page.getByRole('button', { name: 'Whole backward pass' }).click();
  for (const [u, v] of Object.entries(byHand)) {
    const shown = Number(
      ((await page.getByTestId(`labs-delta-d-${u}`).textContent()) ?? '')
        .replace(/[^0-9.e−-]/g, '')
        .replace('−', '-'),
    );
    expect(Math.abs(shown - v), `δ ${u}`).toBeLessThan(Math.abs(v) * 1e-3 + 1e-9);
  }
  await expect(page.getByTestId('labs-delta-gradients')).toBeVisible();
  await checkFails(page, 'was shown before you predicted it');

  // attempt 1: the layer after's δ copied for δ of layer 1
  await page.getByRole('button', { name: 'New sample' }).click();
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  let d = deltasByHand(freshDeltaSample(setup, 1));
  while ((await pendingUnit(page)) !== '1-1') {
    await typeNumber(page, 'labs-delta-guess', Number(d[await pendingUnit(page)].toPrecision(6)));
    await next.click();
  }
  await typeNumber(page, 'labs-delta-guess', Number(d['2-1'].toPrecision(6)));
  await next.click();
  await checkFails(page, 'You predicted');

  // attempt 2: every δ by the recursion
  await page.getByRole('button', { name: 'New sample' }).click();
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  d = deltasByHand(freshDeltaSample(setup, 2));
  for (let i = 0; i < 5; i++) {
    await typeNumber(page, 'labs-delta-guess', Number(d[await pendingUnit(page)].toPrecision(6)));
    await next.click();
  }
  await expect(page.getByTestId('labs-delta-current')).toContainText('was right');
  await checkPasses(page);
});

test('screenshots and accessibility of the loss and delta labs, light and dark', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  test.setTimeout(150_000); // both themes, each with its screenshots and scans
  await openLabs(page);
  await openLab(page, 'Softmax and cross-entropy on one-hot targets');
  expect(await lookInBothThemes(page, 'softmax-sigmoid'), 'softmax-sigmoid').toEqual([]);
  await openActivity(page, 'The loss of a batch');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  expect(await lookInBothThemes(page, 'batch-loss'), 'batch-loss').toEqual([]);
  await openActivity(page, 'The gradient at the output');
  expect(await lookInBothThemes(page, 'output-gradient'), 'output-gradient').toEqual([]);
  await openLab(page, 'The backward pass through L layers');
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  expect(await lookInBothThemes(page, 'deltas'), 'deltas').toEqual([]);
});
