import { expect, test } from '@playwright/test';

/** The lecture's softmax example: scores z and e^z_i / Σ_j e^z_j, rounded to 2 places. */
const LOGITS = [1.6, 0.55, 0.98];
const EXPECTED = ['0.53', '0.19', '0.28'];

function labUrl(): string {
  const url = process.env.LAB_URL;
  if (!url) throw new Error('LAB_URL is not set: run through playwright.config.ts (global setup)');
  return url;
}

test.beforeEach(async ({ page }) => {
  // Any console error (a CSP violation, a failed asset, an exception) fails the test.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(labUrl());
  await expect(page.getByTestId('softmax-output')).toHaveCount(LOGITS.length);
  expect(problems).toEqual([]);
});

test('home page shows the title and the softmax example computed by the engine', async ({
  page,
}) => {
  await expect(page).toHaveTitle('Neuron Lab');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neuron Lab');

  // The independent reference agrees with the hand-rounded numbers.
  const exps = LOGITS.map(Math.exp);
  const sum = exps.reduce((a, b) => a + b, 0);
  expect(exps.map((e) => (e / sum).toFixed(2))).toEqual(EXPECTED);

  await expect(page.getByTestId('softmax-output')).toHaveText(EXPECTED);
  await expect(page.getByTestId('softmax-sum')).toHaveText('1.00');
  await expect(page.getByTestId('host')).toContainText('local host');

  await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: true });
});

test('softmax follows an edited score', async ({ page }) => {
  // Equal scores give equal probabilities.
  for (const input of await page.getByRole('spinbutton').all()) await input.fill('2');
  await expect(page.getByTestId('softmax-output')).toHaveText(['0.33', '0.33', '0.33']);
  await expect(page.getByTestId('softmax-sum')).toHaveText('1.00');
});

test('the page is refused without the token', async ({ request }) => {
  const withoutToken = new URL(labUrl());
  withoutToken.search = '';
  const response = await request.get(withoutToken.href);
  expect(response.status()).toBe(403);
});
