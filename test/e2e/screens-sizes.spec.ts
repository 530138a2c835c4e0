// Every view at the three window sizes people use (1280×720, 1440×900, 1920×1080) in both
// themes, after a short trained run, so that layout problems at one size (a legend wrapping
// over a plot, a column squeezed) show in test-results/screens/sizes-<theme>-<size>-<view>.png.
// Accessibility: at the first size every view is scanned with axe (WCAG 2.1 A and AA), with the
// Train view's charts, surface and diagram, the chosen dataset and the run list in the scan,
// and shown whole in test-results/screens/view-<view>-<theme>.png (a11y.spec.ts checks that
// the scan finds what it should).
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { violations } from './support/axe';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const VIEWS = ['Welcome', 'Data', 'Design', 'Train', 'Experiments', 'Labs'] as const;

watchPageProblems();

for (const theme of ['light', 'dark'] as const) {
  test(`every view at three sizes (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize(SIZES[0]);
    await page.goto(labUrl());
    await page.getByRole('button', { name: 'Try XOR' }).click();
    await page.getByRole('spinbutton', { name: 'Epochs' }).fill('20');
    await page.getByRole('button', { name: /Play/ }).click();
    await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    });
    const nav = page.getByRole('navigation', { name: 'Views' });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const view of VIEWS) {
        await nav.getByRole('button', { name: view, exact: true }).click();
        await expect(
          page.getByRole('main').getByRole('heading', { level: 2 }).first(),
        ).toBeFocused();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(200);
        if (size === SIZES[0]) {
          expect(await violations(page), `${view} (${theme})`).toEqual([]);
          await page.screenshot({
            path: `test-results/screens/view-${view.toLowerCase()}-${theme}.png`,
            fullPage: true,
          });
        }
        await page.screenshot({
          path: `test-results/screens/sizes-${theme}-${size.width}-${view.toLowerCase()}.png`,
        });
      }
    }
  });
}
