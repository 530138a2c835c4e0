import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import { fail, ok } from '../../../src-main/contract/result';
import { MAX_BEACON_BYTES } from '../../../src-main/local-host/leave-beacon';
import { createLocalHost, type LocalHost } from '../../../src-main/local-host/server';

/** Runs the handler "deleted"; id 404 is one that does not exist. */
const deleted: number[] = [];
const handlers = withNotImplemented({
  'experiments:delete': async ({ id }) => {
    if (id === 404) return fail('not-found', `experiment ${id} not found`);
    deleted.push(id);
    return ok(null);
  },
});

let dir: string;
let host: LocalHost;

function post(
  body: string,
  { headers = {} as Record<string, string>, target = '' } = {},
): Promise<{ status: number; body: string }> {
  const ownOrigin = { origin: `http://127.0.0.1:${host.port}` };
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: target || `/lab/${host.token}/api`,
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', ...ownOrigin, ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const leave = (payload: unknown, call = 'experiments:delete') => JSON.stringify({ call, payload });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'neuron-lab-beacon-'));
  await writeFile(path.join(dir, 'index.html'), '<title>Neuron Lab</title>');
  host = await createLocalHost({ handlers, staticDir: dir });
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => void (deleted.length = 0));

describe('calls sent as a page goes away (POST /lab/TOKEN/api)', () => {
  it('makes a leave call from the page’s own origin and answers 204', async () => {
    const answer = await post(leave({ id: 7 }));
    expect(answer).toEqual({ status: 204, body: '' });
    expect(deleted).toEqual([7]);
  });

  it('says 404 for a run already gone (as good as deleted, nothing logged as failed)', async () => {
    const answer = await post(leave({ id: 404 }));
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('experiment 404 not found');
  });

  it('refuses another call than a leave call, and does not make it', async () => {
    const answer = await post(leave({ name: 'xor', params: {} }, 'datasets:generate'));
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('a beacon may only make experiments:delete');
  });

  it('refuses a payload the contract refuses, saying what is wrong', async () => {
    const answer = await post(leave({ id: 'seven' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/^invalid-request: .*id/);
    expect(deleted).toEqual([]);
  });

  it('refuses a sender without an origin or from another one', async () => {
    expect(
      (await post(leave({ id: 1 }), { headers: { origin: 'http://evil.example' } })).status,
    ).toBe(403);
    const none = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: host.port, path: `/lab/${host.token}/api`, method: 'POST' },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end(leave({ id: 1 }));
    });
    expect(none).toBe(403);
    expect(deleted).toEqual([]);
  });

  it('refuses a beacon without the token', async () => {
    const answer = await post(leave({ id: 1 }), { target: '/lab/not-the-token/api' });
    expect(answer.status).toBe(403);
    expect(deleted).toEqual([]);
  });

  it('refuses a body that is not JSON, not an object, or too large', async () => {
    expect((await post('{"call":')).status).toBe(400);
    expect((await post('[1,2]')).status).toBe(400);
    const big = leave({ id: 1, pad: 'x'.repeat(MAX_BEACON_BYTES) });
    const answer = await post(big);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain(`at most ${MAX_BEACON_BYTES} bytes`);
    expect(deleted).toEqual([]);
  });

  it('still serves the page afterwards', async () => {
    await post('not json');
    const page = await fetch(`${host.url}index.html`);
    expect(page.status).toBe(200);
  });
});
