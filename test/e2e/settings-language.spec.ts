// The settings a person sees at once: the theme (the switch, stored in settings.json, taken
// over from this browser's storage once) and the interface in Spanish: chosen in Settings,
// remembered across a reload, applied before the first paint, with Spanish numbers and dates,
// under the app's strict CSP (vue-i18n compiles messages without eval). This spec runs its
// own local host: settings are shared by every page of a host, and the suite's shared host
// must stay in English and in the system's theme.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { violations } from './support/axe';
import { ENGLISH_UI_WORDS, englishWordsIn } from './support/english-words';
import { watchPageProblems } from './support/lab-page';
import { startLocalHost, type LocalHost } from './support/local-host';

watchPageProblems();
test.describe.configure({ mode: 'serial' });

let host: LocalHost;
test.beforeAll(async () => {
  host = await startLocalHost();
});
test.afterAll(async () => {
  await host?.stop();
});

const SHOTS = 'test-results/screens';
const nav = (page: Page) => page.locator('nav.app-nav');
/** Spanish short month names as Intl writes them ("3 dic 2026"). */
const SPANISH_DATE =
  /\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}, \d{1,2}:\d{2}(?!\d)/;

/** Records, before the app's scripts run, what the navigation said when it first appeared
 * and any CSP violation. */
async function watchFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { firstNav?: string; cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    new MutationObserver((_, observer) => {
      const navEl = document.querySelector('nav');
      if (navEl?.textContent?.trim()) {
        w.firstNav = navEl.textContent.trim();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const firstNav = (page: Page) =>
  page.evaluate(() => (window as unknown as { firstNav?: string }).firstNav);
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

const backgroundOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const settingsFile = () =>
  JSON.parse(readFileSync(path.join(host.dataDir, 'settings.json'), 'utf8')) as Record<
    string,
    unknown
  >;

test('a theme this browser kept before settings existed moves into them once', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('neuron-lab.theme', 'dark');
    sessionStorage.setItem('seeded', '1');
  });
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => settingsFile().theme).toBe('dark');
  expect(await page.evaluate(() => localStorage.getItem('neuron-lab.theme'))).toBeNull();
  await page.getByRole('radio', { name: 'System' }).check();
  await expect.poll(() => settingsFile().theme).toBe('system');
});

test('the theme switch changes the colour scheme and persists after a reload', async ({ page }) => {
  await page.goto(host.url);
  const root = page.locator('html');
  // With no stored choice the lab follows the system (emulated as light here).
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(root).toHaveAttribute('data-theme', 'light');
  const light = await backgroundOf(page);

  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme))
    .toBe('dark');
  expect(await backgroundOf(page)).not.toBe(light);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(root).toHaveAttribute('data-theme', 'dark');

  // "System" follows the system's preference as it changes.
  await page.getByRole('radio', { name: 'System' }).check();
  await expect(root).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(root).toHaveAttribute('data-theme', 'dark');
});

test('Español chosen in Settings: the app speaks Spanish, also after a reload', async ({
  page,
}) => {
  await watchFirstPaint(page);
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(nav(page).getByRole('button', { name: 'Data' })).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByTestId('settings-dialog');
  await expect(dialog.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // the local host's data folder is shown, and cannot be changed from the browser
  await expect(dialog.getByTestId('settings-data-folder')).toHaveText(host.dataDir);
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await dialog.getByLabel('Language').selectOption('es');

  await expect(dialog.getByRole('heading', { name: 'Ajustes' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(dialog.getByLabel('Idioma')).toHaveValue('es');
  await page.screenshot({ path: `${SHOTS}/settings-es-light.png` });
  expect(await violations(page, '[data-testid="settings-dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
  await expect(dialog).toBeHidden();

  // remembered in the data folder's settings.json, not in the browser
  expect(settingsFile().language).toBe('es');

  await expectSpanishShell(page);
  await page.reload();
  await expectSpanishShell(page);
  // the first navigation ever drawn was already Spanish: no English flash before the settings
  expect(await firstNav(page)).toContain('Datos');
  expect(await cspViolations(page)).toEqual([]);
});

async function expectSpanishShell(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('navigation', { name: 'Vistas' })).toBeVisible();
  for (const name of ['Bienvenida', 'Datos', 'Diseño', 'Entrenar', 'Experimentos', 'Prácticas'])
    await expect(nav(page).getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Atajos de teclado' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Oscuro' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Bienvenido a Neuron Lab' }),
  ).toBeVisible();
  await expect(page.getByTestId('host')).toHaveText(/Funcionando en el navegador/);
  // numbers as Spanish writes them: MNIST's 10,000 rows are 10.000
  const rows = page.getByTestId('builtin-dataset');
  await expect(rows.filter({ hasText: 'MNIST' }).first()).toContainText('10.000');
  await expect(rows.first()).toContainText(/clasificación|regresión/);
  expect(
    await englishWordsIn(
      page,
      ['.app-shell-top', '.app-shell-side', '.welcome-view'],
      ENGLISH_IN_SHELL,
    ),
  ).toEqual([]);
}

/** Words of the shell and Welcome, the built-in datasets' names and descriptions among them
 * (translated from their names in the renderer's message files). */
const ENGLISH_IN_SHELL = [
  ...ENGLISH_UI_WORDS,
  'Name',
  'Task',
  'Rows',
  'Try XOR',
  'Start with XOR',
  'Circle',
  'Exclusive or',
  'Spiral',
  'Moons',
  'Blobs',
  'Plane',
  'Noisy line',
  'Sine curve',
  'Iris flowers',
  'Handwritten digits',
  'truth table',
  'two round blobs',
  'interleaved',
  'peaks and pits',
];

test('dates in Spanish, and screenshots in both themes', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Probar XOR' }).click();
  await expect(nav(page).getByRole('button', { name: 'Entrenar' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // the XOR dataset is now stored: the Data view lists it with a Spanish date
  await nav(page).getByRole('button', { name: 'Datos' }).click();
  const stored = page.locator('.data-stored-table tbody tr').first();
  await expect(stored).toContainText(SPANISH_DATE);

  await nav(page).getByRole('button', { name: 'Bienvenida' }).click();
  for (const theme of ['light', 'dark'] as const) {
    await page.getByRole('radio', { name: theme === 'light' ? 'Claro' : 'Oscuro' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SHOTS}/welcome-es-${theme}.png`, fullPage: true });
  }
  await page.getByRole('button', { name: 'Ajustes' }).click();
  await page.screenshot({ path: `${SHOTS}/settings-es-dark.png` });
  expect(await violations(page, '[data-testid="settings-dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  // the theme is a setting too: remembered across a reload
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Oscuro' })).toBeChecked();
});

test('every view: no English left in the app chrome or in the view', async ({ page }) => {
  await page.goto(host.url);
  for (const view of ['Datos', 'Diseño', 'Entrenar', 'Experimentos', 'Prácticas']) {
    await nav(page).getByRole('button', { name: view, exact: true }).click();
    await expect(nav(page).getByRole('button', { name: view, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.locator('main h2').first().waitFor();
    expect(await englishWordsIn(page, ['.app-shell-top', '.app-shell-side']), view).toEqual([]);
    // soft: one run names what is left in every view, not only in the first
    expect.soft(await englishWordsIn(page, ['main']), view).toEqual([]);
  }
});

test('a damaged settings.json: the defaults, and the person is told what was reset', async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-e2e-'));
  writeFileSync(path.join(dir, 'settings.json'), '{"language": "klingon", "theme": "dark"}');
  const damaged = await startLocalHost(dir);
  try {
    await page.goto(damaged.url);
    // the valid field is kept, the bad one is at its default
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const notice = page.getByRole('status').filter({ hasText: 'were reset to their defaults' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Settings' }).click();
    const resets = page.getByTestId('settings-resets');
    await expect(resets).toContainText('Language: "klingon" is not a valid value');
    await expect(resets).not.toContainText('Theme');
    await page.screenshot({ path: `${SHOTS}/settings-reset-dark.png` });
    expect(await violations(page, '[data-testid="settings-dialog"]')).toEqual([]);
  } finally {
    await damaged.stop();
  }
});
