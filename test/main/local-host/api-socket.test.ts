// The contract over the local host's WebSocket, against a real server and real sockets.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createEventHub, withNotImplemented } from '../../../src-main/contract/handlers';
import { fail, ok } from '../../../src-main/contract/result';
import { decodeMessage, encodeMessage } from '../../../src-main/contract/wire-codec';
import { createLocalHost, type LocalHost } from '../../../src-main/local-host/server';
import { BACKLOG_LIMIT, forwards } from '../../../src-main/local-host/api-socket';

let dir: string;
let host: LocalHost;
const events = createEventHub();

const handlers = withNotImplemented({
  'app:info': async (_request, context) =>
    ok({ version: '1.2.3', dataDir: '/data', host: context.host }),
  // Answers with typed arrays, as datasets:get does.
  'datasets:get': async ({ id }) =>
    ok({
      dataset: { id } as never,
      inputs: 2,
      outputs: 1,
      firstRows: {
        rows: 2,
        x: new Float32Array([0.5, -1.25, 3e-7, 1e30]),
        y: new Float32Array([1, NaN]),
        labels: new Int32Array([1, -7]),
        parts: new Uint8Array([0, 2]),
      },
    }),
  'datasets:preview': async ({ bytes }) =>
    ok({ length: bytes?.length, first: bytes?.[0] } as never),
  'datasets:list': async () => {
    throw new Error('the store is closed');
  },
});

interface Options {
  token?: string | null;
  headers?: Record<string, string>;
  pathName?: string;
}

/** Opens a socket; resolves with it once open, or with the refused status code. */
function connect({ token, headers = {}, pathName = '/api' }: Options = {}): Promise<
  { socket: WebSocket; status?: undefined } | { status: number; body: string; socket?: undefined }
> {
  const query = token === null ? '' : `?token=${token ?? host.token}`;
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}${pathName}${query}`, { headers });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', reject);
  });
}

async function open(options?: Options): Promise<WebSocket> {
  const result = await connect(options);
  if (!result.socket) throw new Error(`refused: ${result.status}`);
  return result.socket;
}

/** The next message of a socket, decoded. */
function next(socket: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) =>
    socket.once('message', (data, isBinary) =>
      resolve(
        decodeMessage(isBinary ? new Uint8Array(data as Buffer) : String(data)) as Record<
          string,
          unknown
        >,
      ),
    ),
  );
}

async function call(socket: WebSocket, message: unknown): Promise<Record<string, unknown>> {
  const reply = next(socket);
  socket.send(typeof message === 'string' ? message : encodeMessage(message));
  return reply;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'neuron-lab-api-'));
  await writeFile(path.join(dir, 'index.html'), '<title>Neuron Lab</title>');
  host = await createLocalHost({ handlers, events, staticDir: dir });
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the API socket refuses', () => {
  it('a socket without the token, or with a wrong one (403)', async () => {
    expect(await connect({ token: null })).toMatchObject({ status: 403 });
    expect(await connect({ token: 'wrong' })).toMatchObject({ status: 403 });
  });

  it('another Host, against DNS rebinding (403)', async () => {
    const result = await connect({ headers: { host: `evil.example:${host.port}` } });
    expect(result).toMatchObject({ status: 403, body: 'Forbidden host\n' });
  });

  it('a page of another origin (403), but accepts its own', async () => {
    const foreign = await connect({ headers: { origin: 'http://evil.example' } });
    expect(foreign).toMatchObject({ status: 403, body: 'Forbidden origin\n' });
    const otherPort = await connect({ headers: { origin: `http://127.0.0.1:${host.port + 1}` } });
    expect(otherPort).toMatchObject({ status: 403 });
    const own = await open({ headers: { origin: `http://127.0.0.1:${host.port}` } });
    own.close();
  });

  it('other paths (404)', async () => {
    expect(await connect({ pathName: '/socket' })).toMatchObject({ status: 404 });
  });

  it('a cookie in place of the token (403), but takes the token in the path', async () => {
    const byCookie = await connect({
      token: null,
      headers: { cookie: `neuron-lab-token-${host.port}=${host.token}` },
    });
    expect(byCookie).toMatchObject({ status: 403 });
    const socket = await open({ token: null, pathName: `/lab/${host.token}/api` });
    expect((await call(socket, { id: 1, call: 'app:info' })).result).toMatchObject({ ok: true });
    socket.close();
    const wrong = await connect({ token: null, pathName: `/lab/x${host.token.slice(1)}/api` });
    expect(wrong).toMatchObject({ status: 403 });
  });
});

describe('the API socket', () => {
  it('answers a call with its id', async () => {
    const socket = await open();
    expect(await call(socket, { id: 'a', call: 'app:info', payload: {} })).toEqual({
      id: 'a',
      result: ok({ version: '1.2.3', dataDir: '/data', host: 'local' }),
    });
    socket.close();
  });

  it('round-trips typed arrays and NaN intact, both ways', async () => {
    const socket = await open();
    const reply = await call(socket, { id: 2, call: 'datasets:get', payload: { id: 5 } });
    const rows = (reply.result as { value: { firstRows: Record<string, Float32Array> } }).value
      .firstRows;
    expect(rows.x).toEqual(new Float32Array([0.5, -1.25, 3e-7, 1e30]));
    expect(rows.y).toBeInstanceOf(Float32Array);
    expect(rows.y[1]).toBeNaN();
    expect(rows.labels).toEqual(new Int32Array([1, -7]));
    expect(rows.parts).toEqual(new Uint8Array([0, 2]));
    const bytes = await call(socket, {
      id: 3,
      call: 'datasets:preview',
      payload: { fileName: 'a.csv', bytes: new Uint8Array([97, 44, 98]) },
    });
    expect(bytes.result).toEqual(ok({ length: 3, first: 97 }));
    socket.close();
  });

  it('answers errors: invalid request, unknown call, a handler that throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const socket = await open();
    expect(await call(socket, { id: 4, call: 'datasets:get', payload: { id: -1 } })).toEqual({
      id: 4,
      result: fail('invalid-request', 'datasets:get: id: expected a positive integer', {
        key: 'request.invalid',
        params: { call: 'datasets:get', more: 0 },
        parts: [
          {
            key: 'request.positiveInteger',
            params: { field: 'id', missing: 0 },
            message: 'id: expected a positive integer',
          },
        ],
      }),
    });
    expect((await call(socket, { id: 5, call: 'nope' })).result).toMatchObject({
      error: { code: 'unknown-call' },
    });
    expect((await call(socket, { id: 6, call: 'datasets:list' })).result).toEqual(
      fail('internal', 'datasets:list: the store is closed'),
    );
    socket.close();
    vi.restoreAllMocks();
  });

  it.each([
    ['{not json', 1007, /^malformed message: /],
    ['[]', 1008, 'not a request: expected { id, call, payload }'],
    ['42', 1008, 'not a request: expected { id, call, payload }'],
    ['{"call": "app:info"}', 1008, 'not a request: id must be a number or short text'],
    ['{"id": {}, "call": "x"}', 1008, 'not a request: id must be a number or short text'],
    [`{"payload": ${'['.repeat(5000)}${']'.repeat(5000)}}`, 1007, /nested deeper/],
    [Buffer.from([1, 2, 3]), 1007, 'malformed message: not a Neuron Lab binary message'],
  ] as const)(
    'closes the socket with the reason when a message has no id to answer: %#',
    async (bad, code, reason) => {
      const socket = await open();
      const closed = new Promise<[number, string]>((resolve) =>
        socket.once('close', (c, r) => resolve([c, r.toString()])),
      );
      const replies: unknown[] = [];
      socket.on('message', (data) => replies.push(data));
      socket.send(bad);
      const [gotCode, gotReason] = await closed;
      expect(gotCode).toBe(code);
      expect(gotReason).toMatch(reason);
      expect(replies).toEqual([]); // never a reply with `id: null`
    },
  );

  it('answers a message nested too deep with its id when it has one (issue 13: id null)', async () => {
    const socket = await open();
    const deep = `{"id": 77, "call": "app:info", "payload": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await call(socket, deep)).toEqual({
      id: 77,
      result: fail('invalid-request', 'malformed message: nested deeper than 128 levels'),
    });
    socket.close();
  });

  it('answers a deep but well-formed payload with its id, and keeps serving', async () => {
    const socket = await open();
    const deep = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`);
    const reply = await call(socket, { id: 8, call: 'datasets:get', payload: { id: deep } });
    expect(reply).toMatchObject({
      id: 8,
      result: { ok: false, error: { code: 'invalid-request' } },
    });
    expect(await call(socket, { id: 9, call: 'app:info' })).toMatchObject({
      id: 9,
      result: { ok: true },
    });
    socket.close();
  });

  it('pushes events to every connected socket', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    const received = Promise.all([next(a), next(b)]);
    events.emit('runs:status', { experimentId: 3, status: 'done' });
    const expected = { event: 'runs:status', payload: { experimentId: 3, status: 'done' } };
    expect(await received).toEqual([expected, expected]);
    a.close();
    b.close();
  });

  it('closes every socket when the host closes', async () => {
    const other = await createLocalHost({ handlers, events, staticDir: dir });
    const socket = new WebSocket(`ws://127.0.0.1:${other.port}/api?token=${other.token}`);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await other.close();
    await closed;
  });
});

describe('a client that falls behind', () => {
  it('misses live snapshots, never progress, statuses or replies', () => {
    expect(forwards('runs:snapshot', 0)).toBe(true);
    expect(forwards('runs:snapshot', BACKLOG_LIMIT + 1)).toBe(false);
    for (const event of ['runs:progress', 'runs:status', 'runs:settings']) {
      expect(forwards(event, 50 * BACKLOG_LIMIT)).toBe(true);
    }
  });
});
