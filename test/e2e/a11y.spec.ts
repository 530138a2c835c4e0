// Accessibility: an axe scan (WCAG 2.1 A and AA rules) of every view, in the light and the
// dark theme, after a trained run so that the Train view's charts, surface and diagram, the
// chosen dataset and the experiment list are part of the scan. A screenshot of every view in
// both themes is written to test-results/screens/view-<view>-<theme>.png.
import { expect, test } from './support/lab-test';
import { labUrl } from './support/lab-page';
import { violations } from './support/axe';

const VIEWS = ['Data', 'Design', 'Train', 'Experiments', 'Labs'] as const;

for (const theme of ['light', 'dark'] as const) {
  test(`every view has no WCAG 2.1 AA violations (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(labUrl());
    await expect(page.getByRole('heading', { name: 'Welcome to Neuron Lab' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Iris flowers' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({
      path: `test-results/screens/view-welcome-${theme}.png`,
      fullPage: true,
    });

    await page.getByRole('button', { name: 'Try XOR' }).click();
    await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
    await page.getByRole('spinbutton', { name: 'Epochs' }).fill('20');
    await page.getByRole('button', { name: /Play/ }).click();
    await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    });

    const nav = page.getByRole('navigation', { name: 'Views' });
    for (const view of VIEWS) {
      await nav.getByRole('button', { name: view, exact: true }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeFocused();
      // Let views that load on arrival (lists, previews) settle before the scan.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await violations(page), `${view} (${theme})`).toEqual([]);
      await page.screenshot({
        path: `test-results/screens/view-${view.toLowerCase()}-${theme}.png`,
        fullPage: true,
      });
    }
  });
}

test('the scan itself reports a violation when there is one', async ({ page }) => {
  await page.setContent('<html lang="en"><title>t</title><main><img src="data:,"></main></html>');
  expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
});
