import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import { createLocalHost, type LocalHost } from '../../../src-main/local-host/server';

const handlers = withNotImplemented({});

let dir: string;
let host: LocalHost;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Sends the request path exactly as given (fetch would normalize `..` and `%2e%2e` away).
 * The path goes below `/lab/TOKEN` unless `withToken` is false.
 */
function request(
  rawPath: string,
  { method = 'GET', headers = {}, withToken = true } = {},
): Promise<RawResponse> {
  const fullPath = withToken ? `/lab/${host.token}${rawPath}` : rawPath;
  return new Promise((resolve, reject) => {
    http
      .request(
        { host: '127.0.0.1', port: host.port, path: fullPath, method, headers },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        },
      )
      .on('error', reject)
      .end();
  });
}

const cookie = (value: string) => ({ cookie: `other=1; neuron-lab-token-${host.port}=${value}` });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'neuron-lab-host-'));
  await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'renderer', 'index.html'), '<title>Neuron Lab</title>');
  await writeFile(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1);');
  await writeFile(path.join(dir, 'secret.txt'), 'secret');
  host = await createLocalHost({ handlers, staticDir: path.join(dir, 'renderer') });
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('local host', () => {
  it('listens on 127.0.0.1 on a random port; its URL carries a fresh token in its path', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[\w-]{32}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/lab/${host.token}/`);
  });

  it('serves the page at its URL with its type and a CSP, and sets no cookie', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'wasm-unsafe-eval';",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // a cookie would reach every other server on 127.0.0.1, whatever its port
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toBe('<title>Neuron Lab</title>');
  });

  it('serves the page’s assets at their relative addresses, below the token', async () => {
    const response = await request('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body).toBe('console.log(1);');
  });

  it('sends the older address (?token=) and the folder without its slash to the page', async () => {
    for (const old of [`/?token=${host.token}`, `/lab/${host.token}`]) {
      const response = await request(old, { withToken: false });
      expect(response.status, old).toBe(303);
      expect(response.headers.location).toBe(`/lab/${host.token}/`);
    }
  });

  it('refuses requests without the token, or with a wrong one, or a cookie (403)', async () => {
    expect((await request('/', { withToken: false })).status).toBe(403);
    expect((await request('/assets/app.js', { withToken: false })).status).toBe(403);
    expect((await request('/', { withToken: false, headers: cookie(host.token) })).status).toBe(
      403,
    );
    // the token with its first character changed (a token may itself start with 'x')
    const wrong = `${host.token.startsWith('x') ? 'y' : 'x'}${host.token.slice(1)}`;
    expect(wrong).not.toBe(host.token);
    expect((await request(`/?token=${wrong}`, { withToken: false })).status).toBe(403);
    expect((await request(`/lab/${wrong}/`, { withToken: false })).status).toBe(403);
    expect((await request(`/lab/${host.token}x/`, { withToken: false })).status).toBe(403);
    expect((await request(`/lab/`, { withToken: false })).status).toBe(403);
  });

  it('answers a plain request for the API socket 426 (it is reached by an upgrade)', async () => {
    expect((await request('/api')).status).toBe(426);
  });

  it('refuses other Host headers, against DNS rebinding (403)', async () => {
    const response = await request('/', { headers: { host: `evil.example:${host.port}` } });
    expect(response.status).toBe(403);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00',
  ])('does not serve %s (404, or 403 once it climbs out of /lab/TOKEN/)', async (rawPath) => {
    const response = await request(rawPath);
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain('secret');
  });

  it('answers 404 for missing files and for folders', async () => {
    expect((await request('/missing.js')).status).toBe(404);
    expect((await request('/assets')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods (405)', async () => {
    const head = await request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('25');
    expect(head.body).toBe('');
    const post = await request('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('serves on a requested port', async () => {
    const first = await createLocalHost({ handlers, staticDir: dir, port: 0 });
    const port = first.port;
    await first.close();
    const second = await createLocalHost({ handlers, staticDir: dir, port });
    try {
      expect(second.port).toBe(port);
      expect(second.url).toContain(`http://127.0.0.1:${port}/`);
    } finally {
      await second.close();
    }
  });
});
