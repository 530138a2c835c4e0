// The renderer's WebSocket client against a real local host (with the `ws` package standing
// in for the browser's WebSocket, which Node 20 lacks).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEventHub, withNotImplemented } from '../../../src-main/contract/handlers';
import { ok } from '../../../src-main/contract/result';
import { createLocalHost, type LocalHost } from '../../../src-main/local-host/server';
import { apiBeaconUrl, apiSocketUrl } from '../../../src-renderer/api/index';
import { createSocketClient, type WebSocketLike } from '../../../src-renderer/api/socket-client';
import type { LabClient } from '../../../src-renderer/api/lab-client';

let dir: string;
let host: LocalHost;
let client: LabClient;
const events = createEventHub();
let release: () => void = () => undefined;
const deletedBySocket: number[] = [];

const handlers = withNotImplemented({
  'app:info': async () => ok({ version: '1', dataDir: '/d', host: 'local' }),
  'experiments:get': async ({ id }) =>
    ok({ experiment: { id } as never, curves: { loss: new Float64Array([1, 0.5, NaN]) } as never }),
  // Never answers until released: a call in flight when the connection drops.
  'experiments:delete': async ({ id }) => {
    deletedBySocket.push(id);
    return ok(null);
  },
  'runs:rerun': () =>
    new Promise((resolve) => {
      release = () => resolve(ok({ experimentId: 2 }));
    }),
});

/** The client's current socket, to send what the client itself never would. */
let raw: WebSocket | undefined;

const connect = (port: number, token: string) =>
  createSocketClient({
    url: `ws://127.0.0.1:${port}/lab/${token}/api`,
    createSocket: (url) => (raw = new WebSocket(url)) as unknown as WebSocketLike,
    minDelayMs: 20,
    maxDelayMs: 100,
  });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'neuron-lab-client-'));
  host = await createLocalHost({ handlers, events, staticDir: dir });
  client = connect(host.port, host.token);
});

afterEach(async () => {
  client.close();
  release();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('socket client', () => {
  it('builds the socket address beside the page, so it carries the page’s token', () => {
    expect(apiSocketUrl({ href: 'http://127.0.0.1:5000/lab/a-b_c/' })).toBe(
      'ws://127.0.0.1:5000/lab/a-b_c/api',
    );
    expect(apiSocketUrl({ href: 'http://localhost:5/lab/t/index.html?x=1#top' })).toBe(
      'ws://localhost:5/lab/t/api',
    );
    expect(apiSocketUrl({ href: 'https://127.0.0.1:5/lab/t/' })).toBe(
      'wss://127.0.0.1:5/lab/t/api',
    );
  });

  it('calls (queued until the socket opens) and gets typed arrays back', async () => {
    expect(await client.call('app:info')).toEqual(
      ok({ version: '1', dataDir: '/d', host: 'local' }),
    );
    const result = await client.call('experiments:get', { id: 4 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.curves.loss).toBeInstanceOf(Float64Array);
    expect(Array.from(result.value.curves.loss)).toEqual([1, 0.5, NaN]);
  });

  it('returns errors as results', async () => {
    expect(await client.call('datasets:get', { id: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'datasets:get: id: expected a positive integer' },
    });
    expect(await client.call('runs:resume', { experimentId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-implemented' },
    });
  });

  it('receives events until it stops listening', async () => {
    await client.call('app:info');
    const seen: unknown[] = [];
    const stop = client.on('runs:status', (payload) => seen.push(payload));
    const arrived = new Promise<void>((resolve) => client.on('runs:status', () => resolve()));
    events.emit('runs:status', { experimentId: 1, status: 'running' });
    await arrived;
    stop();
    expect(seen).toEqual([{ experimentId: 1, status: 'running' }]);
  });

  it('fails calls in flight when the connection drops, then reconnects', async () => {
    await client.call('app:info');
    const inFlight = client.call('runs:rerun', { experimentId: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { port, token } = host;
    await host.close();
    expect(await inFlight).toMatchObject({
      ok: false,
      error: {
        code: 'disconnected',
        message: expect.stringMatching(/^runs:rerun: the connection/),
      },
    });
    host = await createLocalHost({ handlers, events, staticDir: dir, port, token });
    let result = await client.call('app:info');
    for (let i = 0; i < 20 && !result.ok; i++) result = await client.call('app:info');
    expect(result.ok).toBe(true);
  });

  it('fails calls in flight with the lab’s reason when it closes the socket', async () => {
    await client.call('app:info');
    const inFlight = client.call('runs:rerun', { experimentId: 1 });
    raw!.send('{"call": "app:info"}'); // no id: cannot be answered
    expect(await inFlight).toMatchObject({
      ok: false,
      error: {
        code: 'disconnected',
        message:
          'runs:rerun: the lab closed the connection (not a request: id must be a number or short text); try again',
      },
    });
  });

  it('answers at once after close', async () => {
    client.close();
    expect(await client.call('app:info')).toMatchObject({
      ok: false,
      error: { code: 'disconnected' },
    });
  });

  it('sends a call made as the page goes away as a beacon beside the page, and on the socket', async () => {
    expect(apiBeaconUrl({ href: 'http://127.0.0.1:5/lab/t/index.html?x=1#top' })).toBe(
      'http://127.0.0.1:5/lab/t/api',
    );
    deletedBySocket.length = 0;
    const beacons: [string, string][] = [];
    const leaving = createSocketClient({
      url: `ws://127.0.0.1:${host.port}/lab/${host.token}/api`,
      createSocket: (url) => new WebSocket(url) as unknown as WebSocketLike,
      beaconUrl: 'http://127.0.0.1:5/lab/t/api',
      sendBeacon: (url, body) => beacons.push([url, body]) > 0,
    });
    leaving.sendOnLeave('experiments:delete', { id: 3 });
    expect(beacons).toEqual([
      ['http://127.0.0.1:5/lab/t/api', '{"call":"experiments:delete","payload":{"id":3}}'],
    ]);
    await expect.poll(() => deletedBySocket).toEqual([3]);
    leaving.close();
  });

  it('sends it on the socket when the browser cannot queue a beacon', async () => {
    deletedBySocket.length = 0;
    const leaving = createSocketClient({
      url: `ws://127.0.0.1:${host.port}/lab/${host.token}/api`,
      createSocket: (url) => new WebSocket(url) as unknown as WebSocketLike,
      beaconUrl: `http://127.0.0.1:${host.port}/lab/${host.token}/api`,
      sendBeacon: () => false,
    });
    leaving.sendOnLeave('experiments:delete', { id: 8 });
    await expect.poll(() => deletedBySocket).toEqual([8]);
    leaving.close();
  });
});
