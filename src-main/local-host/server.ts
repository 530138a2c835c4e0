import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import type { LabEventSource, LabHandlers } from '../contract/handlers';
import { createApiSocket } from './api-socket';
import { isOwnHost, isOwnOrigin, tokenCookieName, tokenSource } from './request-checks';
import { mimeTypeOf, resolveStaticPath } from './static-files';

/** What the local host serves and where. */
export interface LocalHostOptions {
  /** the services: one handler per call of the contract */
  handlers: LabHandlers;
  /** the services' events, pushed to every connected page */
  events?: LabEventSource;
  /** folder with the built renderer (index.html and its assets) */
  staticDir: string;
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one */
  port?: number;
  /** access token; a fresh random one per start by default */
  token?: string;
}

/** A running local host. */
export interface LocalHost {
  /** the page's address, token included: open this in a browser */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** stops accepting connections and closes open ones, sockets included */
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

const NO_TOKEN = 'Forbidden: open the address printed by the lab (it has a token)';

function reply(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}

/**
 * Starts the local host on 127.0.0.1: the built renderer over HTTP and the contract over a
 * WebSocket at `/api`, both only to requests carrying the per-start token, either as
 * `?token=` (the printed address) or as the cookie set on that first request (so the page's
 * own assets and its socket work without it).
 * Refused with 403: requests without the token, other hosts than 127.0.0.1/localhost (against
 * DNS rebinding), sockets opened from another origin. Paths leaving the folder get 404,
 * methods other than GET/HEAD get 405.
 * @throws if the port is taken
 */
export async function createLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;

  const api = createApiSocket({
    handlers: options.handlers,
    events: options.events,
    refuse(request) {
      if (!isOwnHost(request.headers.host, port)) return 'Forbidden host';
      if (!isOwnOrigin(request)) return 'Forbidden origin';
      const url = new URL(request.url ?? '/', `http://${HOST}`);
      if (!tokenSource(request, url, token, port)) return NO_TOKEN;
      return undefined;
    },
  });

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    if (!isOwnHost(request.headers.host, port)) return reply(response, 403, 'Forbidden host');
    const source = tokenSource(request, url, token, port);
    if (!source) return reply(response, 403, NO_TOKEN);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return reply(response, 405, 'Method not allowed');
    }
    const file = resolveStaticPath(options.staticDir, url.pathname);
    if (!file) return reply(response, 404, 'Not found');

    stat(file).then(
      (info) => {
        if (!info.isFile()) return reply(response, 404, 'Not found');
        response.writeHead(200, {
          ...COMMON_HEADERS,
          'Content-Type': mimeTypeOf(file),
          'Content-Length': info.size,
          ...(source === 'query' && {
            'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
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
  server.on('upgrade', (request, socket, head) => api.handleUpgrade(request, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      await api.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
