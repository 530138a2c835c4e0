// Issue 13, "100 damaged databases": each starts the lab with the original set aside, or is
// refused with a message naming the file and what to do; never a hang, never a foreign
// database migrated in place, never a sound database's rows lost.
import { expect, it } from 'vitest';
import { attackDatabases } from './damaged-databases';

it('opens or refuses 100 damaged databases, naming the file and keeping the original', () => {
  const result = attackDatabases(100, 13);
  for (const note of result.notes ?? []) console.log(`damaged databases: ${note}`);
  expect(result.failures).toEqual([]);
  expect(result.dataLost).toBe(0);
  expect(result.tried).toBeGreaterThanOrEqual(88);
}, 120_000);
