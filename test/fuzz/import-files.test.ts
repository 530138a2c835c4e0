// Issue 13, "10,000 generated CSV/TSV/JSON files imported": 0 crashes, 0 hangs, and every
// change to the data reported (rows read, kept and dropped; cells without a number counted
// per column; numbers arriving unchanged wherever the report says nothing).
import { expect, it } from 'vitest';
import { attackImports } from './import-files';

const COUNT = Number(process.env.FUZZ_IMPORTS ?? 10_000);

it(`imports ${COUNT} generated files without a crash, a hang or an unreported change`, async () => {
  const result = await attackImports(COUNT, 13);
  expect(result.failures).toEqual([]);
  expect(result.dataLost).toBe(0);
  expect(result.tried).toBe(COUNT);
  const compared = Number(/(\d+) numbers compared/.exec(result.notes?.[0] ?? '')?.[1]);
  expect(compared).toBeGreaterThan(COUNT * 3);
}, 600_000);
