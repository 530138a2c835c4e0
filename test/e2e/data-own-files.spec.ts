// One's own files in the Data view, made here: the report shown before Import is the one the
// command line prints for the same file and choices, word for word; the missing-value policy
// and the task are chosen in the view; Excel, ARFF and Windows-1252 files are read and the
// report says how. Screenshots of the report in both themes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { violations } from './support/axe';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** 60 rows: x with one odd cell (row 38), w with two NA and an empty cell, a digit 0–9. */
function digitsFile(): string {
  const rows = ['x,w,digit'];
  for (let i = 0; i < 60; i++) {
    const x = i === 36 ? '1e309' : (i / 10).toFixed(1);
    const w = i === 3 || i === 4 ? 'NA' : i === 9 ? '' : ((i % 7) / 4).toFixed(2);
    rows.push(`${x},${w},${i % 10}`);
  }
  return `${rows.join('\n')}\n`;
}

/** The report lines `neuron-lab train` prints for a file (run from the built app). */
function cliReport(file: string, ...args: string[]): string[] {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-e2e-cli-'));
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'out/main/cli.js'),
      'train',
      '--data',
      file,
      ...args,
      '--epochs',
      '1',
      '--json',
      '--data-dir',
      dataDir,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { import: { lines: string[] } }).import.lines;
}

async function openData(page: Page): Promise<void> {
  await page.goto(labUrl());
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Data' })
    .click();
  await expect(page.getByRole('heading', { name: 'Data', level: 2 })).toBeVisible();
}

async function pick(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** The report's lines as shown (the view trims the command line's indentation). */
async function shownReport(page: Page): Promise<string[]> {
  return page
    .getByTestId('report-line')
    .allTextContents()
    .then((l) => l.map((t) => t.trim()));
}

test.describe.configure({ timeout: 90_000 });
watchPageProblems();

test('the report before Import is the command line’s; policy and task are chosen in the view', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-e2e-own-'));
  const file = join(dir, 'digits.csv');
  writeFileSync(file, digitsFile());
  await openData(page);
  await pick(page, 'digits.csv', Buffer.from(digitsFile()));
  await expect(page.getByTestId('preview-size')).toHaveText('60 rows, 3 columns');
  const report = page.getByTestId('import-report');
  // By default: drop, and the numbers 0–9 are a regression target, with a hint.
  await expect(page.getByTestId('report-summary')).toHaveText(
    '56 rows of 60 will be imported, 4 rows dropped.',
  );
  await expect(report).toContainText(
    "x: numeric input — 59 of 60 values are numbers (at least 95%); 1 not a number, treated as missing: row 38 '1e309'",
  );
  await expect(report).toContainText('may be classes: choose classification');
  expect(await shownReport(page)).toEqual(cliReport(file).map((l) => l.trim()));

  // Median fills and classification, chosen in the view: the same words as the flags give.
  await page.getByRole('combobox', { name: 'Cells without a value' }).selectOption('median');
  await page.getByRole('combobox', { name: 'Task' }).selectOption('classification');
  await expect(report).toContainText("task: classification of 'digit' into 10 classes");
  await expect(page.getByTestId('preview-task')).toHaveText('classification');
  await expect(page.getByTestId('report-summary')).toHaveText(
    '60 rows of 60 will be imported, 4 cells filled.',
  );
  const cli = cliReport(file, '--missing', 'median', '--task', 'classification');
  expect(await shownReport(page)).toEqual(
    cli.map((l) => l.trim().replace('asked for by --task classification', 'as chosen')),
  );
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await report.screenshot({ path: `test-results/screens/data-report-${theme}.png` });
  }
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('data-notice')).toContainText(
    'digits is imported (60 rows) and chosen',
  );
  await expect(page.getByTestId('chosen-classes')).toHaveText('10');
});

test('Excel, ARFF and Windows-1252 files are read, and the report says how', async ({ page }) => {
  await openData(page);
  const book = new ExcelJS.Workbook();
  const plants = book.addWorksheet('Plants');
  plants.addRow(['height', 'kind']);
  for (let i = 0; i < 12; i++) plants.addRow([i / 2, i % 2 ? 'tall' : 'short']);
  const more = book.addWorksheet('More');
  more.addRow(['height', 'kind']);
  for (let i = 0; i < 5; i++) more.addRow([i, i % 2 ? 'tall' : 'short']);
  await pick(page, 'plants.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
  await expect(page.getByTestId('preview-size')).toHaveText('12 rows, 2 columns');
  await expect(page.getByTestId('report-line').first()).toHaveText(
    "plants.xlsx: read 12 rows, 2 columns (Excel workbook, sheet 'Plants')",
  );
  await expect(page.getByTestId('report-line').nth(1)).toHaveText(
    "note: the workbook has 2 sheets: 'Plants', 'More'",
  );
  // another sheet, chosen in the view
  await page.getByRole('combobox', { name: 'Sheet' }).selectOption('More');
  await expect(page.getByTestId('preview-size')).toHaveText('5 rows, 2 columns');
  await expect(page.getByTestId('report-line').first()).toContainText("sheet 'More'");

  const arff =
    '@relation r\n@attribute size numeric\n@attribute ok {0, 1}\n@data\n1,0\n2,1\n3,0\n4,1\n';
  await pick(page, 'sizes.arff', Buffer.from(arff));
  await expect(page.getByTestId('import-report')).toContainText(
    'ok: categorical target — nominal attribute; 2 classes',
  );
  await expect(page.getByTestId('preview-task')).toHaveText('classification');

  const latin = Buffer.concat([
    Buffer.from('name;value;y\n'),
    Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    Buffer.from(';1,5;a\nthe;2,5;b\n'),
  ]);
  await pick(page, 'cafe.csv', latin);
  await expect(page.getByTestId('import-report')).toContainText(
    'note: not UTF-8 (byte 0xE9 at offset 16), so read as Windows-1252',
  );
  await expect(page.getByTestId('preview-table').getByRole('cell', { name: 'café' })).toBeVisible();
});
