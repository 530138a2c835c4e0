import { expect, test } from '@playwright/test';
import { labUrl } from './support/lab-page';

test('home page shows the title, the welcome and where the lab runs', async ({ page }) => {
  // Any console error (a CSP violation, a failed asset, an exception) fails the test.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(labUrl());

  await expect(page).toHaveTitle('Neuron Lab');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neuron Lab');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Welcome to Neuron Lab' }),
  ).toBeVisible();
  await expect(page.getByTestId('host')).toContainText('local host');
  await expect(page.getByTestId('builtin-dataset').first()).toBeVisible();
  expect(problems).toEqual([]);

  await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: true });
});
test('the page is refused without the token, and no cookie carries it', async ({ request }) => {
  const withoutToken = new URL('/', labUrl());
  const response = await request.get(withoutToken.href);
  expect(response.status()).toBe(403);
  const page = await request.get(labUrl());
  expect(page.status()).toBe(200);
  expect(page.headers()['set-cookie']).toBeUndefined();
});
