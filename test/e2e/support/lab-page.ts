// What every browser test of the lab starts from: the lab's address on the host it runs
// against (lab-url.ts) and a watch on the page for errors, failed loads and requests that
// leave the machine, which fails the test that caused them.
import type { Page } from '@playwright/test';
import { expect, test } from './lab-test';
import { staysWithLab } from './lab-url';

export { labUrl } from './lab-url';

const problemsOf = new WeakMap<Page, string[]>();

/** Registers, for the calling spec file, the watch on every test's page. */
export function watchPageProblems(): void {
  test.beforeEach(async ({ page }) => {
    const problems: string[] = [];
    problemsOf.set(page, problems);
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      // failed loads are reported below with their address, which the console text lacks
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!staysWithLab(request.url())) problems.push(`request left the machine: ${request.url()}`);
    });
  });
  test.afterEach(async ({ page }) => {
    expect(problemsOf.get(page)).toEqual([]);
  });
}

/** Shows one of the six views from the navigation. */
export async function goToView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}
