// The import benchmark: a generated CSV of 1,000,000 rows × 20 columns (19 numbers and a
// class), read and turned into a dataset as the lab imports files, timed in its own process.
// Target: at least 40 MB/s (see the issue on importing one's own data).
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset, readTable } from '../src-main/datasets';
import type { ImportBenchResult } from './import-report';

const ROWS = 1_000_000;
const COLUMNS = 20;

/** Writes the file: numbers with four decimals, as exported measurements often are. */
async function writeFile(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${Array.from({ length: COLUMNS - 1 }, (_, c) => `x${c + 1}`).join(',')},y\n`);
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let start = 0; start < ROWS; start += 10_000) {
    let block = '';
    for (let r = start; r < start + 10_000; r++) {
      for (let c = 0; c < COLUMNS - 1; c++) block += `${(next() * 20 - 10).toFixed(4)},`;
      block += `c${r % 3}\n`;
    }
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-bench-import-'));
  try {
    const file = join(dir, 'million.csv');
    await writeFile(file);
    const bytes = statSync(file).size;
    const runs: number[] = [];
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const table = await readTable(file);
      const imported = buildDataset(table);
      runs.push((performance.now() - started) / 1000);
      rows = imported.dataset.m;
    }
    const best = Math.min(...runs);
    const result: ImportBenchResult = { rows, columns: COLUMNS, bytes, seconds: best, runs };
    if (process.send) process.send(result);
    else console.log(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
