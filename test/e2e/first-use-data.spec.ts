// What a new user tripped over in the Data view (issue 16): roles that stay consistent with a
// missing target said before Import, the preview brought into view when a file is chosen or
// dropped, and wider data (Iris) plotted two chosen inputs at a time with class colours and
// a histogram per column.
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';

const IRIS = readFile(new URL('../../resources/samples/iris.csv', import.meta.url), 'utf8');

watchPageProblems();
test.use({ viewport: { width: 1280, height: 720 } });

test('roles stay consistent, the preview comes into view, Iris gets pickers and histograms', async ({
  page,
}) => {
  await page.goto(labUrl());
  // Dropped on another view: the Data view opens, scrolled to the preview, focus on its title.
  await page.evaluate(
    (content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'iris.csv', { type: 'text/csv' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    },
    await IRIS,
  );
  const title = page.getByRole('heading', { name: 'Preview and columns' });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  // Chosen with the file picker: the same.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(title).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByTestId('file-input').setInputFiles({
    name: 'iris.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(await IRIS),
  });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();

  const roles = page.getByTestId('preview-roles');
  await expect(roles).toHaveText('4 inputs, 1 target, 0 ignored');
  // A new target: the old one becomes an input, and the person is told so.
  await page.getByRole('combobox', { name: 'Role of petal_width' }).selectOption('target');
  await expect(page.getByTestId('roles-note')).toHaveText(
    'species is now an input: a dataset has one target.',
  );
  await expect(roles).toHaveText('4 inputs, 1 target, 0 ignored');
  // Back to input: no target at all, said before Import, which waits for one.
  await page.getByRole('combobox', { name: 'Role of petal_width' }).selectOption('input');
  await expect(roles).toHaveText('5 inputs, 0 targets, 0 ignored');
  await expect(page.getByTestId('roles-note')).toContainText('No target column');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/first-use-data-no-target.png' });
  await page.getByRole('combobox', { name: 'Role of species' }).selectOption('target');
  await expect(page.getByTestId('roles-note')).toBeEmpty();

  // Four numeric inputs: the preview's scatter shows two of them, picked by the person.
  const previewPlot = page.getByTestId('scatter-file-preview');
  await expect(previewPlot).toHaveAttribute('aria-label', /sepal_length from .* across/);
  await page.locator('#data-axis-file-preview-1').selectOption({ label: 'petal_width' });
  await expect(previewPlot).toHaveAttribute('aria-label', /petal_width from .* up/);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('chosen-classes')).toHaveText('3');
  const chosen = page.getByTestId('scatter-chosen');
  await expect(chosen).toHaveAttribute('data-points', '150');
  await expect(chosen).toHaveAttribute('aria-label', /setosa: 50, versicolor: 50, virginica: 50/);
  const before = await chosen.getAttribute('data-checksum');
  await page.getByRole('combobox', { name: 'Across' }).selectOption({ label: 'petal_length' });
  await expect(chosen).toHaveAttribute('aria-label', /petal_length from 0\.\d+ to 7\.\d+ across/);
  await expect(chosen).not.toHaveAttribute('data-checksum', before!);
  // One histogram per input, its bars in the class colours.
  const histograms = page.getByTestId('histogram');
  await expect(histograms).toHaveCount(4);
  await expect(histograms.filter({ hasText: 'petal_length' }).getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Histogram of petal_length from 1 to 6\.9/,
  );
  const fills = await histograms
    .first()
    .locator('rect')
    .evaluateAll((r) => [...new Set(r.map((e) => e.getAttribute('fill')))]);
  expect(fills.sort()).toEqual(['#0877bd', '#2ca02c', '#f59322']);
  await page.getByTestId('chosen-dataset').screenshot({
    path: 'test-results/screens/first-use-data-chosen.png',
  });
});
