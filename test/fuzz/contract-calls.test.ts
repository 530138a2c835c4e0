// Issue 13, item 6 and "every contract call fuzzed": generated payloads for every call over
// the real API socket against the real services; hostile messages and broken binary frames.
// Each reply carries its request's id (never `id: null`, never an exception), or the socket
// closes with a code and a reason.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CALL_NAMES } from '../../src-main/contract/names';
import { attackContract } from './contract-calls';
import { openFuzzLab, type FuzzLab } from './fuzz-lab';

const PER_CALL = Number(process.env.FUZZ_PER_CALL ?? 1_000);

let fuzz: FuzzLab;

beforeAll(async () => {
  fuzz = await openFuzzLab();
});

afterAll(async () => {
  await fuzz?.close();
});

it(`answers ${PER_CALL} generated payloads for each call with their id, and closes with a reason on broken messages`, async () => {
  const result = await attackContract(fuzz.host.port, fuzz.host.token, {
    perCall: PER_CALL,
    messages: 500,
    seed: 13,
  });
  expect(result.failures).toEqual([]);
  // the payloads reached the handlers, not only the schemas
  const answered = /ok (\d+)/.exec(result.notes?.[0] ?? '');
  expect(Number(answered?.[1])).toBeGreaterThan(CALL_NAMES.length * PER_CALL * 0.05);
  expect(result.tried).toBeGreaterThanOrEqual(CALL_NAMES.length * PER_CALL * 0.95 + 500);
  expect(fuzz.lab.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
}, 600_000);
