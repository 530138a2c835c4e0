// The app shell and the Welcome view, on whichever host the fixture gives (the local host or
// the desktop app's window, support/lab-test.ts): navigation by mouse and keyboard, the list of built-in datasets
// and the one-click XOR experiment. Writes screenshots of the Welcome view. The theme switch is
// tested in settings-language.spec.ts, on a host of its own: the theme is a stored setting.
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl } from './support/lab-page';
import { staysWithLab } from './support/lab-url';

/** Whether a request stays with the lab (a blob: is the page's own object, never fetched). */
const stays = (url: string) => url.startsWith('blob:') || staysWithLab(url);

const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });

let problems: string[];
let remote: string[];

test.beforeEach(async ({ page }) => {
  problems = [];
  remote = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!stays(request.url())) remote.push(request.url());
  });
  page.on('websocket', (socket) => {
    if (!stays(socket.url().replace(/^ws/, 'http'))) remote.push(socket.url());
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(labUrl());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neuron Lab');
});

test.afterEach(() => {
  expect(problems).toEqual([]);
  expect(remote, 'requests that left the lab').toEqual([]);
});

test('the shell lists every view in order, Welcome first', async ({ page }) => {
  const items = nav(page).getByRole('button');
  await expect(items).toHaveText(['Welcome', 'Data', 'Design', 'Train', 'Experiments', 'Labs']);
  await expect(items.first()).toHaveAttribute('aria-current', 'page');
  await expect(items.last()).not.toHaveAttribute('aria-current');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Welcome to Neuron Lab' }),
  ).toBeVisible();
});

test('moving to a view puts the focus on its heading', async ({ page }) => {
  for (const name of ['Data', 'Design', 'Train', 'Experiments', 'Labs']) {
    await nav(page).getByRole('button', { name, exact: true }).click();
    const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
    await expect(heading).toBeFocused();
    await expect(heading).toContainText(name);
  }
});

test('the navigation switches views by click and by keyboard', async ({ page }) => {
  const welcome = nav(page).getByRole('button', { name: 'Welcome' });
  const train = nav(page).getByRole('button', { name: 'Train' });

  await train.click();
  await expect(train).toHaveAttribute('aria-current', 'page');
  await expect(welcome).not.toHaveAttribute('aria-current');
  await expect(page.getByRole('heading', { level: 2, name: /train/i })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Neuron Lab' })).toHaveCount(0);

  // Arrow keys move the focus between items (Home: the first); Enter opens the focused one.
  await train.focus();
  await page.keyboard.press('ArrowUp');
  await expect(nav(page).getByRole('button', { name: 'Design' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(welcome).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(welcome).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Welcome to Neuron Lab' }),
  ).toBeVisible();

  // Tab reaches the items too, and Space opens one.
  const data = nav(page).getByRole('button', { name: 'Data' });
  await welcome.focus();
  await page.keyboard.press('Tab');
  await expect(data).toBeFocused();
  await page.keyboard.press('Space');
  await expect(data).toHaveAttribute('aria-current', 'page');
});

test('the Welcome view lists the built-in datasets', async ({ page }) => {
  const rows = page.getByTestId('builtin-dataset');
  await expect(rows.filter({ hasText: 'Iris' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Spiral' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'XOR' }).first()).toContainText('classification');
  expect(await rows.count()).toBeGreaterThan(5);
  // Iris is a fixed table of 150 flowers.
  await expect(rows.filter({ hasText: 'Iris' })).toContainText('150');
});

test('"Try XOR" lands on the Train view', async ({ page }) => {
  await page.getByRole('button', { name: 'Try XOR' }).click();
  await expect(nav(page).getByRole('button', { name: 'Train' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 2, name: /train/i })).toBeVisible();
  // The Welcome view showed no error on the way.
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);
});

test('screenshots of the Welcome view in light and dark', async ({ page }) => {
  await expect(page.getByTestId('builtin-dataset').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/welcome-light.png', fullPage: true });
  // the system's preference, not the switch: a choice is stored in the shared host's settings
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/screenshots/welcome-dark.png', fullPage: true });
});
