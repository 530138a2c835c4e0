// Moving around the Labs view the way a student does.
import { expect, type Page } from '@playwright/test';
import { violations } from './axe';
import { goToView, labUrl } from './lab-page';

export type Theme = 'light' | 'dark';

/** Loads the lab in `theme` and shows the Labs view. */
export async function openLabs(page: Page, theme: Theme = 'light'): Promise<void> {
  // the system's preference: the switch would store the theme in the shared host's settings
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(labUrl());
  await goToView(page, 'Labs');
}

/** Opens a lab by its title from the list. */
export async function openLab(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: "Labs in the lecture's order" })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
}

/** Opens one activity of the open lab by its title. */
export async function openActivity(page: Page, title: string): Promise<void> {
  await page
    .locator('.labs-activities-nav')
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
}

/** Presses Check and expects the task to pass. */
export async function checkPasses(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const result = page.getByTestId('labs-check-result');
  await expect(result).toHaveAttribute('data-passed', 'true');
  await expect(result).toContainText('Passed.');
}

/** Presses Check and expects the task to fail, optionally saying `text`. */
export async function checkFails(page: Page, text?: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const result = page.getByTestId('labs-check-result');
  await expect(result).toHaveAttribute('data-passed', 'false');
  await expect(result).toContainText('Not yet.');
  if (text !== undefined) await expect(result).toContainText(text);
}

/** Types a number into an answer box the way a student copies it from the page (− for minus). */
export async function typeNumber(page: Page, testid: string, value: number): Promise<void> {
  const text = value < 0 ? `\u2212${String(-value)}` : String(value);
  await page.getByTestId(testid).fill(text);
}

/**
 * Takes a full-page screenshot of what is open (test-results/screens/labs-NAME-THEME.png),
 * checks that nothing is wider than the window (no sideways scrolling) and returns the
 * accessibility scan's violations.
 */
export async function lookAt(page: Page, name: string, theme: Theme): Promise<string[]> {
  await page.screenshot({ path: `test-results/screens/labs-${name}-${theme}.png`, fullPage: true });
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${name}: the page is wider than the window`).toBeLessThanOrEqual(width);
  return violations(page);
}

/** Switches the system's colour scheme, as a person does, and waits until the page has
 * drawn itself in it (the theme applied, two frames for figures that paint). */
export async function showTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * `lookAt` in the light theme and then in the dark one, switched on the open page (so what it
 * took to get there is done once, and a figure that does not follow a switch shows in the
 * dark screenshot); back to light afterwards. Violations are prefixed with their theme.
 */
export async function lookInBothThemes(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await showTheme(page, theme);
    found.push(...(await lookAt(page, name, theme)).map((v) => `${theme}: ${v}`));
  }
  await showTheme(page, 'light');
  return found;
}
