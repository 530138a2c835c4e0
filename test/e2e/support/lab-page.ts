// What every browser test of the lab starts from: the lab's address (set by the global setup)
// and a watch on the page for errors, failed loads and requests that leave the machine,
// which fails the test that caused them.
import { expect, test, type Page } from '@playwright/test';

/** The local host's address with its token. */
export function labUrl(): string {
  const url = process.env.LAB_URL;
  if (!url) throw new Error('LAB_URL is not set: run through playwright.config.ts (global setup)');
  return url;
}

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
      const host = new URL(request.url()).hostname;
      if (!['127.0.0.1', 'localhost'].includes(host) && !request.url().startsWith('data:'))
        problems.push(`request left the machine: ${request.url()}`);
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
