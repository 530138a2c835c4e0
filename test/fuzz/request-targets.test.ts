// Issue 13, item 1: no request target — malformed URL, encoding, length, the token misused —
// takes the local host down or gets past it; each is answered 4xx and the page still loads.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withNotImplemented } from '../../src-main/contract/handlers';
import { createLocalHost, type LocalHost } from '../../src-main/local-host/server';
import { attackRequestTargets, KNOWN_KILLERS, rawRequest } from './request-targets';

let dir: string;
let host: LocalHost;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'neuron-lab-targets-'));
  await writeFile(path.join(dir, 'index.html'), '<title>Neuron Lab</title>');
  host = await createLocalHost({ handlers: withNotImplemented({}), staticDir: dir });
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

it.each(KNOWN_KILLERS)('answers %s with 400, as a request and as an upgrade', async (target) => {
  expect(await rawRequest(host.port, target)).toBe(400);
  expect(await rawRequest(host.port, target, { upgrade: true })).toBe(400);
});

it('answers 2,000 generated request targets 4xx and keeps serving the page', async () => {
  const result = await attackRequestTargets(host.port, host.token, 2_000, 13);
  expect(result.failures).toEqual([]);
  expect(result.tried).toBeGreaterThanOrEqual(2_000);
  expect(await rawRequest(host.port, `/lab/${host.token}/`)).toBe(200);
}, 60_000);
