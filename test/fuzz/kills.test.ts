// Issue 13, "trainer kills and host kills at random points": the database stays intact, each
// killed run is `crashed` with a checkpoint no later than its stored epochs, no trainer
// outlives its host, and a run finished before is untouched. npm test kills a few of each;
// `npm run fuzz` kills 200 trainers and 50 hosts.
import { expect, it } from 'vitest';
import { killHosts, killTrainers } from './kills';

const TRAINERS = Number(process.env.FUZZ_TRAINER_KILLS ?? 12);
const HOSTS = Number(process.env.FUZZ_HOST_KILLS ?? 4);

it(`survives ${TRAINERS} trainers killed mid-run`, async () => {
  const result = await killTrainers(TRAINERS, 13);
  expect(result.failures).toEqual([]);
  expect(result.tried).toBe(TRAINERS);
}, 300_000);

it(`survives ${HOSTS} hosts killed while their run trains`, async () => {
  const result = await killHosts(HOSTS, 13);
  expect(result.failures).toEqual([]);
  expect(result.tried).toBe(HOSTS);
}, 300_000);
