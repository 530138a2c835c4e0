// Opening a guided lab with the interface in Spanish (`?lang=es`), and the full-page look
// every Spanish labs journey takes: Spanish runs about a fifth longer than English, so nothing
// may make the page wider than the window.
import { expect, type Page } from '@playwright/test';
import { labUrl } from './lab-page';

/** Opens the Labs view in Spanish. */
export async function openLabsInSpanish(page: Page): Promise<void> {
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  await page.goto(url.toString());
  // the navigation is the app shell's: in English or Spanish depending on whether it is translated
  await page
    .getByRole('navigation', { name: /^(Views|Vistas)$/ })
    .getByRole('button', { name: /^(Labs|Prácticas)$/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Prácticas', level: 2 })).toBeVisible();
}

/** Opens lab `id` from the Spanish Labs view's list. */
export async function openLab(page: Page, id: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Prácticas en el orden de la lección' })
    .locator(`[data-lab="${id}"]`)
    .click();
  await expect(page.locator(`article[data-lab="${id}"]`)).toBeVisible();
}

/** Full-page screenshot in test-results/screens/labs-es-`name`.png; nothing may be wider than
 * the window. */
export async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/labs-es-${name}.png`, fullPage: true });
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${name}: the page is wider than the window`).toBeLessThanOrEqual(width);
}
