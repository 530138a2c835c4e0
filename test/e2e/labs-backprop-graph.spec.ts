// Lab 8 against the real local host, done the way a student does it: each gradient of the
// computation graph predicted before it is shown. Every number read off the page is compared
// with central finite differences of the loss written out here, never with the engine that drew it.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { watchPageProblems } from './support/lab-page';
import { openActivity, openLab, openLabs } from './support/labs-page';

test.describe.configure({ timeout: 90_000 });

watchPageProblems();

async function check(page: Page, passed: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const result = page.getByTestId('labs-check-result');
  await expect(result).toHaveAttribute('data-passed', String(passed));
  await expect(result).toContainText(passed ? 'Passed.' : 'Not yet.');
}

/** A number as the page writes it: typographic minus, maybe a word in front. */
const parse = (text: string): number => Number(text.replace(/[^0-9.eE−-]/g, '').replace('−', '-'));

// --- losses written out, gradients by central finite differences ----------------------
const sigma = (v: number): number => 1 / (1 + Math.exp(-v));
type Values = Record<string, number>;
const linearLoss = (p: Values): number => (p.w0 + p.w1 * p.x - p.y) ** 2;
function networkLoss(p: Values): number {
  const h1 = sigma(p.w11 * p.x1 + p.w21 * p.x2 + p.b1);
  const h2 = sigma(p.w12 * p.x1 + p.w22 * p.x2 + p.b2);
  return (sigma(p.v1 * h1 + p.v2 * h2 + p.c) - p.y) ** 2;
}
function finiteDifference(loss: (p: Values) => number, at: Values, name: string): number {
  const h = 1e-6;
  return (loss({ ...at, [name]: at[name] + h }) - loss({ ...at, [name]: at[name] - h })) / (2 * h);
}

/** The gradient shown on a node of the graph. */
async function shownGrad(page: Page, node: string): Promise<number> {
  return parse((await page.getByTestId(`labs-grad-${node}`).textContent()) ?? '');
}
/** The forward values of some nodes, as the graph shows them after the forward pass. */
async function shownValues(page: Page, names: string[]): Promise<Values> {
  const out: Values = {};
  for (const n of names)
    out[n] = parse((await page.getByTestId(`labs-value-${n}`).textContent()) ?? '');
  return out;
}
/** The node whose gradient is to be predicted next (from its answer box's label). */
async function pendingNode(page: Page): Promise<string> {
  const label =
    (await page.getByTestId('labs-bp-predict').locator('label span').first().textContent()) ?? '';
  return label.replace('Your ∂L/∂', '').trim();
}
/** Enters a prediction for the pending gradient, typed with the page's own minus sign. */
async function predict(page: Page, value: number): Promise<void> {
  const text = value < 0 ? `\u2212${String(-value)}` : String(value);
  await page.getByTestId('labs-bp-guess').fill(text);
  await page.getByRole('button', { name: 'Next step' }).click();
}
/** ∂L/∂node of the lecture's graph, by hand: 2z times the local derivatives on the way. */
/** Every text of the drawing lies inside its own node, and no node overlaps another. */
async function expectNodesHoldTheirText(page: Page): Promise<void> {
  const boxes = await page.locator('svg.labs-bp g.labs-bp-node').evaluateAll((nodes) =>
    nodes.map((g) => {
      const r = (g.querySelector('rect') as SVGRectElement).getBBox();
      const texts = Array.from(g.querySelectorAll('text')).map((t) =>
        (t as SVGTextElement).getBBox(),
      );
      return {
        r: { x: r.x, y: r.y, w: r.width, h: r.height },
        texts: texts.map((t) => ({ x: t.x, y: t.y, w: t.width, h: t.height })),
      };
    }),
  );
  for (const { r, texts } of boxes) {
    for (const t of texts) {
      // with a pixel of air each side, so that no text touches its node's border
      expect(t.x).toBeGreaterThanOrEqual(r.x + 1);
      expect(t.x + t.w).toBeLessThanOrEqual(r.x + r.w - 1);
      expect(t.y + t.h).toBeLessThanOrEqual(r.y + r.h + 0.5);
    }
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i].r, boxes[j].r];
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      expect(apart, `nodes ${i} and ${j} overlap`).toBe(true);
    }
}

function linearGradients(p: Values): Values {
  const z = p.w0 + p.w1 * p.x - p.y;
  return {
    L: 1,
    z: 2 * z,
    ŷ: 2 * z,
    y: -2 * z,
    u: 2 * z,
    w0: 2 * z,
    w1: 2 * z * p.x,
    x: 2 * z * p.w1,
  };
}

test('computation graphs: gradients predicted before they are shown; a reveal, a copied value and a wrong sign fail; the update lowers L', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Computation graphs and backpropagation');
  const next = page.getByRole('button', { name: 'Next step' });

  // four leaves, then u, ŷ, z and L, one per click: the lab's own numbers
  for (let i = 0; i < 8; i++) await next.click();
  const lin: Values = { x: 2, y: 4, w0: 0.5, w1: 1 };
  await expect(page.getByTestId('labs-value-u')).toHaveText('= 2.0');
  await expect(page.getByTestId('labs-value-L')).toHaveText(`= ${linearLoss(lin).toFixed(2)}`);
  await expect(page.getByTestId('labs-grad-L')).toHaveCount(0);
  // one click on "Whole backward pass" shows every gradient unpredicted: the check refuses it
  await page.getByRole('button', { name: 'Whole backward pass' }).click();
  for (const name of ['w0', 'w1', 'x', 'y']) {
    const fd = finiteDifference(linearLoss, lin, name);
    expect(await shownGrad(page, name), `∂L/∂${name}`).toBeCloseTo(fd, 4);
  }
  await expect(page.getByTestId('labs-bp-backward')).toContainText(
    '∂L/∂z = ∂L/∂L · ∂(z²)/∂z = 1.0 · (−3.0) = −3.0',
  );
  await expect(page.getByTestId('labs-bp-backward')).not.toContainText('∂L/∂L · ∂L/∂z');
  await expectNodesHoldTheirText(page);
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText(
    'was shown before you predicted it',
  );

  // a new sample: new numbers; the forward value of z copied as ∂L/∂z is wrong
  await page.getByRole('button', { name: 'New sample' }).click();
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  let sample = await shownValues(page, ['x', 'y', 'w0', 'w1']);
  expect(sample).not.toEqual(lin);
  let exact = linearGradients(sample);
  expect(await pendingNode(page)).toBe('L');
  await predict(page, 1);
  expect(await pendingNode(page)).toBe('z');
  const z = parse((await page.getByTestId('labs-value-z').textContent()) ?? '');
  expect(z).not.toBeCloseTo(exact.z, 3);
  await predict(page, z);
  await expect(page.getByTestId('labs-bp-current')).toContainText('you said');
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText('You predicted ∂L/∂z');

  // and once more, every gradient right (with a wrong sign tried on the way in another sample)
  await page.getByRole('button', { name: 'New sample' }).click();
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  sample = await shownValues(page, ['x', 'y', 'w0', 'w1']);
  exact = linearGradients(sample);
  for (const name of ['w0', 'w1', 'x', 'y'])
    expect(exact[name]).toBeCloseTo(finiteDifference(linearLoss, sample, name), 4);
  for (let i = 0; i < 8; i++) {
    const node = await pendingNode(page);
    await predict(page, node === 'w1' ? -exact.w1 : exact[node]);
  }
  await check(page, false);
  await expect(page.getByTestId('labs-check-result')).toContainText(
    'The size was right, the sign not',
  );
  await page.getByRole('button', { name: 'New sample' }).click();
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  sample = await shownValues(page, ['x', 'y', 'w0', 'w1']);
  exact = linearGradients(sample);
  for (let i = 0; i < 8; i++) await predict(page, exact[await pendingNode(page)]);
  await expect(page.getByTestId('labs-bp-tally')).toContainText('8 of 8');
  await check(page, true);

  await openActivity(page, 'A 2-2-1 sigmoid network');
  const params = ['w11', 'w21', 'b1', 'w12', 'w22', 'b2', 'v1', 'v2', 'c'];
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  const net = await shownValues(page, ['x1', 'x2', 'y', ...params]);
  expect(net).toEqual({
    x1: 0.5,
    x2: 1,
    y: 1,
    w11: 0.15,
    w21: 0.2,
    b1: 0.35,
    w12: 0.25,
    w22: 0.3,
    b2: 0.35,
    v1: 0.4,
    v2: 0.45,
    c: 0.6,
  });
  // step to ∂L/∂w11; the gradient of q11 = w11·x1 is on screen by then: copying it fails
  while ((await pendingNode(page)) !== 'w11') await next.click();
  const q11 = await shownGrad(page, 'q11');
  const w11 = finiteDifference(networkLoss, net, 'w11');
  expect(Math.abs(q11 - w11)).toBeGreaterThan(1e-3);
  await predict(page, q11);
  await check(page, false);
  // a new sample, ∂L/∂w11 worked out (here by finite differences on the shown numbers)
  await page.getByRole('button', { name: 'New sample' }).click();
  await page.getByRole('button', { name: 'Whole forward pass' }).click();
  const fresh = await shownValues(page, ['x1', 'x2', 'y', ...params]);
  while ((await pendingNode(page)) !== 'w11') await next.click();
  await predict(page, finiteDifference(networkLoss, fresh, 'w11'));
  await check(page, true);

  // one update with α = 1: the loss before and after, as computed here
  await page.getByRole('button', { name: 'Whole backward pass' }).click();
  await expectNodesHoldTheirText(page);
  const grads: Values = {};
  for (const name of params) grads[name] = finiteDifference(networkLoss, fresh, name);
  await page.getByRole('button', { name: 'Update the weights' }).click();
  const after: Values = { ...fresh };
  for (const name of params) after[name] = fresh[name] - 1 * grads[name];
  const caption = (await page.getByTestId('labs-bp-update').locator('caption').textContent()) ?? '';
  const [before, now] = (caption.match(/[0-9.]+(e-?\d+)?/g) ?? []).map(Number).slice(-2);
  expect(before).toBeCloseTo(networkLoss(fresh), 4);
  expect(now).toBeCloseTo(networkLoss(after), 4);
  expect(now).toBeLessThan(before);
});
