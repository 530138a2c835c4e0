// The Train view at the three window sizes people use, in both themes, during a paused run on
// TensorFlow Playground's setup: the controls, the network and the output are on the first
// screen, nothing overlaps, and axe finds nothing. Screenshots in test-results/screens/.
import { expect, test } from './support/lab-test';
import { violations } from './support/axe';
import { labUrl, watchPageProblems } from './support/lab-page';
import { preparePlaygroundTrain } from './support/train-page';

watchPageProblems();

const SIZES = [
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const;

for (const theme of ['light', 'dark'] as const) {
  test(`Train in the ${theme} theme at 1280, 1440 and 1920 px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(labUrl());
    await preparePlaygroundTrain(page, { noise: 0.1, hidden: [8, 8], epochs: 100_000 });
    await page.getByRole('button', { name: /Play/ }).click();
    await expect
      .poll(async () => Number(await page.getByTestId('train-epoch').textContent()), {
        timeout: 30_000,
      })
      .toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'paused');
    await page.getByTestId('show-test').check();

    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300); // the diagram refits to its card
      // The first screen holds what a person watches: controls, network, output.
      for (const id of ['decision-surface', 'network-diagram', 'train-status']) {
        const box = await page.getByTestId(id).boundingBox();
        expect(box, id).not.toBeNull();
        expect(
          box!.y + Math.min(box!.height, 120),
          `${id} starts on the first screen`,
        ).toBeLessThan(height);
      }
      // Input names and column titles do not run into each other.
      const titles = await page
        .getByTestId('network-diagram')
        .locator('.train-network-diagram__title')
        .evaluateAll((nodes) =>
          nodes.map((n) => {
            const { x, width } = (n as SVGGraphicsElement).getBBox();
            return { x, width };
          }),
        );
      for (let i = 1; i < titles.length; i++) {
        expect(titles[i].x, 'column titles apart').toBeGreaterThan(
          titles[i - 1].x + titles[i - 1].width,
        );
      }
      await page.screenshot({
        path: `test-results/screens/train-${width}x${height}-${theme}.png`,
        fullPage: true,
      });
    }
    expect(await violations(page, 'main')).toEqual([]);
    await page.getByRole('button', { name: /Stop/ }).click();
  });
}
