// The Data view against the real local host: a built-in dataset shaped with its sliders,
// the shipped Iris file dropped on the window and imported with chosen roles, an import that
// fails with its row and column shown, derived inputs, and the view in both themes (axe scan
// and screenshots).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { violations } from './support/axe';
import { savedByButton } from './support/exported-files';

const IRIS = readFile(new URL('../../resources/samples/iris.csv', import.meta.url), 'utf8');
const BAD = readFile(new URL('./fixtures/bad-measurement.csv', import.meta.url), 'utf8');

/** Counts the `export:chart` calls the page sends over its socket from now on. */
function exportChartCalls(page: Page): () => number {
  let count = 0;
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('latin1');
      if (text.includes('"call":"export:chart"')) count++;
    }),
  );
  return () => count;
}

async function openData(page: Page): Promise<void> {
  await page.goto(labUrl());
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Data' })
    .click();
  await expect(page.getByRole('heading', { name: 'Data', level: 2 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toBeVisible();
}

/** Drags a file over the window (the overlay must show), then drops it. */
async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'text/csv' }));
      (window as unknown as { dropped: DataTransfer }).dropped = transfer;
      for (const type of ['dragenter', 'dragover']) {
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    { name, content },
  );
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop to import');
  await page.evaluate(() => {
    const transfer = (window as unknown as { dropped: DataTransfer }).dropped;
    document.body.dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
}

test.describe.configure({ timeout: 60_000 });

watchPageProblems();

test('generates the spiral set: sliders redraw the preview, Use stores and chooses it', async ({
  page,
  electronApp,
}) => {
  // the page's socket opens with the page: listen before
  const chartCalls = electronApp ? null : exportChartCalls(page);
  await openData(page);
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'Spiral' });
  const preview = page.getByTestId('scatter-builtin-preview');
  await expect(preview).toHaveAttribute('data-points', '200');
  const before = await preview.getAttribute('data-checksum');
  expect(before).toMatch(/^[0-9a-f]{8}$/);

  // Noise: the same 200 points move.
  await page.getByRole('slider', { name: 'Noise' }).fill('0.3');
  await expect(page.getByRole('spinbutton', { name: 'Noise value' })).toHaveValue('0.3');
  await expect(preview).toHaveAttribute('data-points', '200');
  await expect(preview).not.toHaveAttribute('data-checksum', before!);
  const noisy = await preview.getAttribute('data-checksum');
  // Count, through the number field: more points.
  await page.getByRole('spinbutton', { name: 'Samples value' }).fill('400');
  await page.getByRole('spinbutton', { name: 'Samples value' }).press('Tab');
  await expect(preview).toHaveAttribute('data-points', '400');
  await expect(preview).not.toHaveAttribute('data-checksum', noisy!);
  await expect(preview).toHaveAttribute(
    'aria-label',
    /^Scatter plot of 400 points, .*: \d+, .*: \d+\.$/,
  );
  await expect(page.getByTestId('builtin-shape')).toContainText('400 rows');
  // The picture saves as SVG with every point, through main's `export:chart` like every other
  // chart (on the local host its answer downloads; the desktop app saves it through its dialog).
  const callsBefore = chartCalls?.() ?? 0;
  const saved = await savedByButton(
    page,
    electronApp,
    page.getByRole('button', { name: 'Save Preview: Spiral chart as SVG' }),
    page.getByTestId('chart-data-builtin-preview-saved'),
  );
  expect(saved.fileName).toBe('data-builtin-preview.svg');
  if (chartCalls) expect(chartCalls() - callsBefore).toBe(1);
  const svg = saved.bytes.toString('utf8');
  expect(svg.match(/<circle /g)).toHaveLength(400);

  // Split: validation up to 20 takes from test; the stored dataset keeps it.
  await page.getByRole('slider', { name: 'Validation' }).fill('20');
  await expect(page.getByTestId('split-train')).toHaveText('70 %');
  await expect(page.getByTestId('split-validation')).toHaveText('20 %');
  await expect(page.getByTestId('split-test')).toHaveText('10 %');

  await page.getByRole('button', { name: 'Use this dataset' }).click();
  await expect(page.getByTestId('data-notice')).toContainText('stored and chosen');
  const name = 'Spiral (count 400, noise 0.3)';
  await expect(page.getByTestId('chosen-name')).toHaveText(name);
  await expect(page.getByTestId('chosen-inputs')).toHaveText('2');
  await expect(page.getByTestId('chosen-classes')).toHaveText('2');
  await expect(page.getByTestId('chosen-dataset')).toContainText('70 / 20 / 10 %');
  await expect(page.getByTestId('scatter-chosen')).toHaveAttribute('data-points', '400');
  const counts = page.getByTestId('class-counts').getByTestId('class-count');
  await expect(counts).toHaveCount(2);
  const perClass = await counts.evaluateAll((rows) =>
    rows.map((r) => Number(r.getAttribute('data-count'))),
  );
  expect(perClass.reduce((a, b) => a + b, 0)).toBe(400);
  const row = page.getByTestId('stored-dataset').filter({ hasText: name });
  await expect(row).toContainText('chosen');
  await expect(row).toContainText('400');
  await expect(row).toContainText('built-in');

  // Input features for 2-D data: each ticked box is one network input, x1 and x2 included.
  const derived = page.getByTestId('derived-inputs');
  await expect(page.getByTestId('network-inputs')).toHaveText('2');
  await derived.getByRole('checkbox', { name: 'x1²' }).check();
  await expect(page.getByTestId('network-inputs')).toHaveText('3');
  await derived.getByRole('checkbox', { name: 'sin(x2)' }).check();
  await expect(page.getByTestId('network-inputs')).toHaveText('4');
  await derived.getByRole('checkbox', { name: 'x1²' }).uncheck();
  await expect(page.getByTestId('network-inputs')).toHaveText('3');
  await derived.getByRole('checkbox', { name: 'x1', exact: true }).uncheck();
  await expect(page.getByTestId('network-inputs')).toHaveText('2');
  await derived.getByRole('checkbox', { name: 'x1', exact: true }).check();
  await expect(page.getByTestId('network-inputs')).toHaveText('3');

  // Deleting the chosen dataset (confirmed) clears the choice.
  await row.getByRole('button', { name: `Delete ${name}` }).click();
  await row.getByRole('button', { name: `Really delete ${name}` }).click();
  await expect(page.getByTestId('stored-dataset').filter({ hasText: name })).toHaveCount(0);
  await expect(page.getByTestId('chosen-dataset')).toContainText('No dataset chosen yet');
});

test('imports the Iris file dropped on the window with chosen roles', async ({ page }) => {
  await openData(page);
  await dropFile(page, 'iris.csv', await IRIS);
  await expect(page.getByTestId('preview-size')).toHaveText('150 rows, 5 columns');
  const table = page.getByTestId('preview-table');
  await expect(table.getByRole('cell', { name: 'setosa' }).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Type of species' })).toHaveValue('categorical');
  await expect(page.getByRole('combobox', { name: 'Type of petal_width' })).toHaveValue('numeric');
  // Last column is the target by default; choose it anyway, and leave sepal width out.
  await expect(page.getByRole('combobox', { name: 'Role of species' })).toHaveValue('target');
  await page.getByRole('combobox', { name: 'Role of species' }).selectOption('target');
  await page.getByRole('combobox', { name: 'Role of sepal_width' }).selectOption('ignored');
  await expect(page.getByText('3 inputs, 1 target, 1 ignored; classification')).toBeVisible();
  // The whole file's class counts, before import.
  await expect(page.getByTestId('class-count')).toHaveCount(3);

  await page.getByRole('textbox', { name: 'Dataset name' }).fill('Iris without sepal width');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('data-notice')).toContainText('(150 rows) and chosen');
  await expect(page.getByTestId('preview-table')).toHaveCount(0);
  await expect(page.getByTestId('chosen-inputs')).toHaveText('3');
  await expect(page.getByTestId('chosen-classes')).toHaveText('3');
  const counts = page.getByTestId('class-counts').getByTestId('class-count');
  await expect(counts).toHaveCount(3);
  expect(
    await counts.evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-class')} ${r.getAttribute('data-count')}`),
    ),
  ).toEqual(['setosa 50', 'versicolor 50', 'virginica 50']);
  // Stats of the three inputs that were kept.
  const stats = page.getByTestId('chosen-dataset').getByTestId('stats-table');
  await expect(stats.locator('tbody tr')).toHaveCount(3);
  await expect(stats.locator('tr[data-column="sepal_width"]')).toHaveCount(0);
  await expect(stats.locator('tr[data-column="petal_length"]')).toContainText('6.9');
  await expect(
    page.getByTestId('stored-dataset').filter({ hasText: 'Iris without sepal width' }),
  ).toContainText('iris.csv');
});

test('a failed import names row and column and highlights the cell', async ({ page }) => {
  await openData(page);
  // A file past the 200 MB limit is refused before it is sent, with its size.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    const mebibyte = new Uint8Array(1024 * 1024);
    const parts = [...Array.from({ length: 200 }, () => mebibyte), new Uint8Array(1)];
    transfer.items.add(new File(parts, 'big.csv'));
    document.body.dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  });
  await expect(page.getByRole('alert').filter({ hasText: 'big.csv is 200 MB' })).toContainText(
    'the lab imports files up to 200 MB',
  );

  await page.getByTestId('file-input').setInputFiles({
    name: 'bad-measurement.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(await BAD),
  });
  await expect(page.getByTestId('preview-size')).toHaveText('8 rows, 3 columns');
  // Reading options preview again: without a header the names become a data row.
  await page.getByRole('checkbox', { name: 'First row is a header' }).uncheck();
  await expect(page.getByTestId('preview-size')).toHaveText('9 rows, 3 columns');
  await expect(page.getByRole('combobox', { name: 'Type of column 1' })).toHaveValue('categorical');
  await page.getByRole('checkbox', { name: 'First row is a header' }).check();
  await expect(page.getByTestId('preview-size')).toHaveText('8 rows, 3 columns');
  // 7 of 8 numbers is under 95%: categories, and the report says why.
  const report = page.getByTestId('import-report');
  await expect(report).toContainText(
    "width: categorical input — 1 of 8 values is text, e.g. row 6 'oops' (numbers in under 95%)",
  );
  await expect(page.getByRole('combobox', { name: 'Type of width' })).toHaveValue('categorical');
  await page.getByRole('combobox', { name: 'Type of width' }).selectOption('numeric');
  // Set to numeric, the odd cell is treated as missing, and its row dropped: said before import.
  await expect(report).toContainText(
    "width: numeric input — numeric as chosen; 1 not a number, treated as missing: row 6 'oops'",
  );
  await expect(page.getByTestId('report-summary')).toHaveText(
    '7 rows of 8 will be imported, 1 row dropped.',
  );
  // Refusing gaps names the cell before anything is imported, and so does the import.
  await page.getByRole('combobox', { name: 'Cells without a value' }).selectOption('error');
  await expect(page.getByTestId('report-error')).toContainText(
    "row 6, column 'width': 'oops' is not a number",
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'is not a number' }).first();
  await expect(alert).toContainText("row 6, column 'width': 'oops' is not a number");
  const cell = page.getByTestId('preview-table').locator('td[data-error="true"]');
  await expect(cell).toHaveCount(1);
  await expect(cell).toHaveText('oops');
  await expect(cell).toHaveClass(/data-preview-error-cell/);
  await expect(page.getByTestId('error-hint')).toHaveText(
    'The cell at row 6, column ‘width’ is highlighted below.',
  );
  // The row number beside it is the one the message names.
  await expect(cell.locator('xpath=..').locator('th')).toHaveText('6');
  await expect(page.getByTestId('preview-table').locator('th[data-column="width"]')).toHaveClass(
    /data-preview-error-column/,
  );
  await page.screenshot({
    path: 'test-results/screens/data-import-error-light.png',
    fullPage: true,
  });
  // Nothing was chosen.
  await expect(page.getByTestId('chosen-dataset')).toContainText('No dataset chosen yet');
});

test('a large file shows the sending and reading progress in percent', async ({ page }) => {
  await openData(page);
  // Every percentage the progress bar shows, recorded as it changes, by what it measures.
  await page.evaluate(() => {
    const seen: Record<string, number[]> = {};
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      if (!bar) return;
      const phase = (bar.getAttribute('aria-label') ?? '').split(' ')[0];
      const now = Number(bar.getAttribute('aria-valuenow'));
      const list = (seen[phase] ??= []);
      if (list[list.length - 1] !== now) list.push(now);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  // About 20 MB: 900,000 rows of two numbers and a class.
  await page.evaluate(() => {
    const lines = ['x,y,class'];
    for (let i = 0; i < 900_000; i++) lines.push(`${(i % 997) / 7},${(i % 991) / 3},c${i % 3}`);
    const transfer = new DataTransfer();
    transfer.items.add(new File([lines.join('\n')], 'large.csv', { type: 'text/csv' }));
    document.body.dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  });
  await expect(page.getByTestId('preview-size')).toHaveText('900,000 rows, 3 columns', {
    timeout: 30_000,
  });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const seen = await page.evaluate(
    () => (window as unknown as { seen: Record<string, number[]> }).seen,
  );
  // Sent in chunks, then read: in each, some steps between nothing and everything, in order.
  expect(Object.keys(seen).sort()).toEqual(['Reading', 'Sending']);
  expect(seen.Sending.filter((p) => p > 0 && p < 100).length).toBeGreaterThan(0);
  expect(seen.Reading.filter((p) => p > 0 && p < 100).length).toBeGreaterThan(2);
  for (const steps of Object.values(seen)) expect([...steps].sort((a, b) => a - b)).toEqual(steps);
});

for (const theme of ['light', 'dark'] as const) {
  test(`reads well and passes axe in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openData(page);
    await page
      .getByRole('combobox', { name: 'Dataset' })
      .selectOption({ label: 'Blobs (k classes)' });
    await expect(page.getByTestId('scatter-builtin-preview')).toHaveAttribute('data-points', '300');
    await page.getByRole('button', { name: 'Open the sample Iris file' }).click();
    await expect(page.getByTestId('preview-size')).toHaveText('150 rows, 5 columns');
    expect(await violations(page)).toEqual([]);
    await page.screenshot({
      path: `test-results/screens/data-preview-${theme}.png`,
      fullPage: true,
    });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('chosen-classes')).toHaveText('3');
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'Moons' });
    await page.getByRole('button', { name: 'Use this dataset' }).click();
    await expect(page.getByTestId('chosen-name')).toHaveText('Moons');
    await expect(page.getByTestId('scatter-chosen')).toHaveAttribute('data-points', '200');
    expect(await violations(page)).toEqual([]);
    await page.screenshot({
      path: `test-results/screens/data-chosen-${theme}.png`,
      fullPage: true,
    });
  });
}
