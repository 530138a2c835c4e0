// The Data view imports a file far past one message's size: 1,000,000 rows × 20 columns
// (~146 MB), sent in chunks with its progress, read by the same streaming importer as the
// command line, imported; and a second send cancelled half-way. The limit is stated in the view.
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { goToView, labUrl, watchPageProblems } from './support/lab-page';

// one worker for both (the file is written once, and read by one page at a time)
test.describe.configure({ mode: 'serial', timeout: 120_000 });
watchPageProblems();

const ROWS = 1_000_000;
const FILE = join('test-results', 'large', 'million-rows.csv');

/** 19 inputs of 4 decimals and a class, written in blocks: ~150 MB. */
async function writeLargeCsv(file: string): Promise<number> {
  await mkdir(join('test-results', 'large'), { recursive: true });
  const out = createWriteStream(file);
  const header = [...Array.from({ length: 19 }, (_, c) => `x${c + 1}`), 'class'].join(',');
  out.write(`${header}\n`);
  // every value formatted once: writing the file takes a few seconds, not a minute
  const values = Array.from({ length: 100_003 }, (_, k) => `${(k / 1000).toFixed(4)},`);
  let block = '';
  for (let r = 0; r < ROWS; r++) {
    let line = '';
    for (let c = 0; c < 19; c++) line += values[(r * (c + 7)) % 100_003];
    block += `${line}c${r % 4}\n`;
    if (r % 20_000 === 19_999) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  out.end(block);
  await once(out, 'finish');
  return (await stat(file)).size;
}

let size = 0;
test.beforeAll(async () => {
  size = await writeLargeCsv(FILE);
});
test.afterAll(async () => {
  await rm(FILE, { force: true });
});

async function openData(page: Page): Promise<void> {
  await page.goto(labUrl());
  await goToView(page, 'Data');
}

test('a 1,000,000 × 20 CSV is sent in chunks, read and imported, with progress', async ({
  page,
}) => {
  expect(size).toBeGreaterThan(140 * 1024 * 1024);
  await openData(page);
  await expect(page.getByText('files up to 200 MB')).toBeVisible();
  await page.getByTestId('file-input').setInputFiles(FILE);
  const progress = page.getByTestId('import-progress-text');
  await expect(progress).toContainText(
    /Sending million-rows\.csv… \d+ %\s+\([\d.]+ MB of 14\d MB\)/,
  );
  await page.screenshot({ path: 'test-results/screens/data-large-sending-light.png' });
  await expect(progress).toContainText('Reading million-rows.csv', { timeout: 60_000 });
  await expect(page.getByTestId('preview-size')).toHaveText('1,000,000 rows, 20 columns', {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('data-notice')).toContainText(
    'million-rows is imported (1,000,000 rows) and chosen.',
    { timeout: 60_000 },
  );
});

test('sending a large file can be cancelled, and the view says so', async ({ page }) => {
  await openData(page);
  await page.getByTestId('file-input').setInputFiles(FILE);
  const progress = page.getByTestId('import-progress-text');
  await expect(progress).toContainText('Sending million-rows.csv');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('data-notice')).toHaveText(
    'million-rows.csv was not imported: cancelled.',
  );
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('preview-size')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/data-large-cancelled-light.png' });
});
