import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { mimeTypeOf, resolveStaticPath } from './static-files';

/** Where and what the local host serves. */
export interface LocalHostOptions {
  /** Folder with the built renderer (index.html and its assets). */
  rendererDir: string;
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Access token; a fresh random one per start by default. */
  token?: string;
}

/** A running local host. */
export interface LocalHost {
  /** The page's address, token included: open this in a browser. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/** Headers sent with every response. */
const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

/** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
function sameToken(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header. */
function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function reply(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}

/**
 * Starts the local host: an HTTP server on 127.0.0.1 that serves the built renderer to
 * requests carrying the per-start token, either as `?token=` (the printed address) or as the
 * cookie set on that first request (so the page's own assets load without it).
 * Requests without the token get 403, other hosts than 127.0.0.1/localhost get 403 (against
 * DNS rebinding), paths leaving the folder get 404, methods other than GET/HEAD get 405.
 * @throws if the port is taken.
 */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  let cookieName = '';

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    const hostHeader = request.headers.host ?? '';
    if (hostHeader !== `${HOST}:${port}` && hostHeader !== `localhost:${port}`) {
      return reply(response, 403, 'Forbidden host');
    }
    const queryToken = url.searchParams.get('token') ?? undefined;
    const hasQueryToken = sameToken(queryToken, token);
    if (!hasQueryToken && !sameToken(readCookie(request.headers.cookie, cookieName), token)) {
      return reply(
        response,
        403,
        'Forbidden: open the address printed by the lab (it has a token)',
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return reply(response, 405, 'Method not allowed');
    }
    const file = resolveStaticPath(options.rendererDir, url.pathname);
    if (!file) return reply(response, 404, 'Not found');

    stat(file).then(
      (info) => {
        if (!info.isFile()) return reply(response, 404, 'Not found');
        response.writeHead(200, {
          ...COMMON_HEADERS,
          'Content-Type': mimeTypeOf(file),
          'Content-Length': info.size,
          ...(hasQueryToken && {
            'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          }),
        });
        if (request.method === 'HEAD') return response.end();
        createReadStream(file)
          .on('error', () => response.destroy())
          .pipe(response);
      },
      () => reply(response, 404, 'Not found'),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  // Cookies are shared by all ports of a host, so the name carries the port.
  cookieName = `neuron-lab-token-${port}`;

  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
