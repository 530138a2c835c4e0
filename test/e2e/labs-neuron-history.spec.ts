// The first lab against the real local host: the biological neuron (which spike patterns make
// it fire, predicted before it is shown) and the history matched with what answered it. The
// firing is worked out here from the strengths and threshold the page draws.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { watchPageProblems } from './support/lab-page';
import {
  checkFails,
  checkPasses,
  openActivity,
  openLab,
  openLabs,
  lookInBothThemes,
} from './support/labs-page';

test.describe.configure({ timeout: 90_000 });
watchPageProblems();

/** The synapses' signed strengths and the threshold as the drawing shows them. */
async function drawnNeuron(page: Page): Promise<{ w: number[]; theta: number }> {
  const w = (await page.locator('.labs-bio-weight').allTextContents()).map((t) =>
    Number(t.trim().replace('−', '-')),
  );
  const theta = Number(
    ((await page.locator('.labs-bio-text').first().textContent()) ?? '')
      .replace(/[^0-9.−-]/g, '')
      .replace('−', '-'),
  );
  return { w, theta };
}
/** Ticks the patterns given (in the table's order), then shows the answer. */
async function predictAndShow(page: Page, fires: boolean[]): Promise<void> {
  const boxes = page.getByTestId('labs-bio-table').locator('tbody input[type="checkbox"]');
  for (let r = 0; r < fires.length; r++) await boxes.nth(r).setChecked(fires[r]);
  await page.getByRole('button', { name: 'Show which fire' }).click();
}
const patterns = [0, 1, 2, 3, 4, 5, 6, 7].map((r) => [(r >> 2) & 1, (r >> 1) & 1, r & 1]);

test('the neuron: firing predicted from the drawn strengths; the history matched', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'The neuron and a short history');
  await expect(page.getByRole('complementary', { name: 'Errata' })).toContainText('1986');

  // one click: shown with nothing ticked
  await page.getByRole('button', { name: 'New neuron' }).click();
  await page.getByRole('button', { name: 'Show which fire' }).click();
  await checkFails(page, 'patterns are wrong');
  // the strengths copied without their signs: every synapse taken as excitatory
  await page.getByRole('button', { name: 'New neuron' }).click();
  let n = await drawnNeuron(page);
  expect(n.w.some((v) => v < 0)).toBe(true);
  await predictAndShow(
    page,
    patterns.map((x) => x.reduce((s, v, i) => s + Math.abs(n.w[i]) * v, 0) >= n.theta),
  );
  const byHand = patterns.map((x) => x.reduce((s, v, i) => s + n.w[i] * v, 0) >= n.theta);
  await expect(page.getByTestId('labs-bio-table').locator('td[data-fires]')).toHaveText(
    byHand.map((f) => (f ? 'fires' : '—')),
  );
  await checkFails(page);
  // the sum with signs against θ, for a new neuron
  await page.getByRole('button', { name: 'New neuron' }).click();
  n = await drawnNeuron(page);
  await predictAndShow(
    page,
    patterns.map((x) => x.reduce((s, v, i) => s + n.w[i] * v, 0) >= n.theta),
  );
  await checkPasses(page);
  // spikes on the dendrites: the sum shows once revealed
  await page.getByRole('checkbox', { name: 'spike on a' }).check();
  await expect(page.locator('.labs-bio-text').nth(1)).toHaveText(`Σ = ${n.w[0]}`);

  await openActivity(page, 'What answered what');
  // as drawn: every event's year and name apart from every other's, and no stem through them
  const drawn = await page.locator('.labs-timeline g.labs-tl-event').evaluateAll((groups) =>
    groups.map((g) => {
      const [year, who] = Array.from(g.querySelectorAll('text')).map((t) =>
        (t as SVGTextElement).getBBox(),
      );
      const stem = (g.querySelector('line') as SVGLineElement).getBBox();
      return {
        x0: Math.min(year.x, who.x),
        x1: Math.max(year.x + year.width, who.x + who.width),
        y0: Math.min(year.y, who.y),
        y1: Math.max(year.y + year.height, who.y + who.height),
        stem: { x: stem.x, y0: stem.y, y1: stem.y + stem.height },
      };
    }),
  );
  expect(drawn).toHaveLength(10);
  for (const [i, a] of drawn.entries())
    for (const [j, b] of drawn.entries()) {
      if (i === j) continue;
      const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
      const through =
        b.stem.x > a.x0 && b.stem.x < a.x1 && b.stem.y0 < a.y1 - 2 && b.stem.y1 > a.y0 + 2;
      expect(through, `stem ${j} runs through label ${i}`).toBe(false);
    }
  await page.getByRole('button', { name: '1986 · Rumelhart, Hinton & Williams' }).click();
  await expect(page.getByTestId('labs-tl-detail')).toContainText(
    '1986, Rumelhart, Hinton & Williams',
  );
  await checkFails(page, 'Choose an event');
  const choose = async (q: RegExp, event: string) =>
    page.getByRole('combobox', { name: q }).selectOption({ label: event });
  await choose(/worked out by hand/, '1958 · Rosenblatt');
  await choose(/error is 0 or ±1/, '1960 · Widrow & Hoff');
  await choose(/cannot learn XOR/, '1969 · Minsky & Papert'); // the problem's own date, not its answer
  await choose(/take too long to train/, '2010s · GPUs');
  await checkFails(page, '1 of 4 matches');
  await choose(/cannot learn XOR/, '1986 · Rumelhart, Hinton & Williams');
  await checkPasses(page);
});

test('screenshots and accessibility of the neuron lab, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  test.setTimeout(150_000); // both themes, each with its screenshots and scans
  await openLabs(page);
  await openLab(page, 'The neuron and a short history');
  await page.getByRole('checkbox', { name: 'spike on a' }).check();
  await page.getByRole('button', { name: 'Show which fire' }).click();
  expect(await lookInBothThemes(page, 'neuron'), 'neuron').toEqual([]);
  await openActivity(page, 'What answered what');
  // as drawn: every event's year and name apart from every other's, and no stem through them
  const drawn = await page.locator('.labs-timeline g.labs-tl-event').evaluateAll((groups) =>
    groups.map((g) => {
      const [year, who] = Array.from(g.querySelectorAll('text')).map((t) =>
        (t as SVGTextElement).getBBox(),
      );
      const stem = (g.querySelector('line') as SVGLineElement).getBBox();
      return {
        x0: Math.min(year.x, who.x),
        x1: Math.max(year.x + year.width, who.x + who.width),
        y0: Math.min(year.y, who.y),
        y1: Math.max(year.y + year.height, who.y + who.height),
        stem: { x: stem.x, y0: stem.y, y1: stem.y + stem.height },
      };
    }),
  );
  expect(drawn).toHaveLength(10);
  for (const [i, a] of drawn.entries())
    for (const [j, b] of drawn.entries()) {
      if (i === j) continue;
      const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
      const through =
        b.stem.x > a.x0 && b.stem.x < a.x1 && b.stem.y0 < a.y1 - 2 && b.stem.y1 > a.y0 + 2;
      expect(through, `stem ${j} runs through label ${i}`).toBe(false);
    }
  await page.getByRole('button', { name: '1974 · Werbos' }).click();
  expect(await lookInBothThemes(page, 'history'), 'history').toEqual([]);
});
