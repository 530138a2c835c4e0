import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import type { LabEventSource, LabHandlers } from '../contract/handlers';
import type { Duplex } from 'node:stream';
import { createApiSocket, refuseUpgrade } from './api-socket';
import { answerBeacon, type BeaconAnswer } from './leave-beacon';
import { isOwnHost, isOwnOrigin } from './request-checks';
import { LAB_PREFIX, routeOf } from './request-target';
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

/** Answers a beacon: 204 without a body, or the status and its line. */
function replyBeacon(response: http.ServerResponse, answered: BeaconAnswer): void {
  if (answered.status !== 204) return reply(response, answered.status, answered.text);
  response.writeHead(204, COMMON_HEADERS);
  response.end();
}

/** Sends one file of the renderer, or 404. */
function serveFile(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  staticDir: string,
  urlPath: string,
): void {
  const file = resolveStaticPath(staticDir, urlPath);
  if (!file) return reply(response, 404, 'Not found');
  stat(file).then(
    (info) => {
      if (!info.isFile()) return reply(response, 404, 'Not found');
      response.writeHead(200, {
        ...COMMON_HEADERS,
        'Content-Type': mimeTypeOf(file),
        'Content-Length': info.size,
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
    },
    () => reply(response, 404, 'Not found'),
  );
}

/** Answers one HTTP request; a request it cannot read gets 400, never an exception. */
function answer(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  options: { port: number; token: string; staticDir: string; handlers: LabHandlers },
): void {
  if (!isOwnHost(request.headers.host, options.port)) {
    return reply(response, 403, 'Forbidden host');
  }
  const route = routeOf(request.url, options.token);
  if (route.kind === 'bad-target') return reply(response, 400, 'Bad request target');
  if (route.kind === 'forbidden') return reply(response, 403, NO_TOKEN);
  if (route.kind === 'api' && request.method === 'POST') {
    void answerBeacon(request, options.handlers).then(
      (answered) => replyBeacon(response, answered),
      (error: unknown) => {
        console.error('local host: a beacon could not be read:', error);
        if (!response.headersSent) reply(response, 400, 'Bad request: the body could not be read');
      },
    );
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return reply(response, 405, 'Method not allowed');
  }
  if (route.kind === 'redirect') {
    response.writeHead(303, { ...COMMON_HEADERS, Location: route.location });
    response.end();
    return;
  }
  // the socket is reached by an upgrade; a plain request for it has nothing to get
  if (route.kind === 'api') return reply(response, 426, 'Upgrade required');
  serveFile(request, response, options.staticDir, route.path);
}

/**
 * Starts the local host on 127.0.0.1: the built renderer over HTTP below `/lab/TOKEN/` and
 * the contract over a WebSocket at `/lab/TOKEN/api`, the per-start token in the path, so the
 * page's relative addresses carry it (tools may use `?token=` instead; see request-target.ts).
 * Refused with 403: requests without the token, other hosts than 127.0.0.1/localhost (against
 * DNS rebinding), sockets opened from another origin. A page going away sends its last calls
 * as a beacon, `POST /lab/TOKEN/api` (leave-beacon.ts). Targets that are not a plain absolute
 * path get 400, paths leaving the folder 404, methods other than GET/HEAD (and POST to the
 * API) 405. Nothing a client sends throws out of the server.
 * @throws if the port is taken
 */
export async function createLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;

  const api = createApiSocket({ handlers: options.handlers, events: options.events });

  const server = http.createServer((request, response) => {
    try {
      answer(request, response, {
        port,
        token,
        staticDir: options.staticDir,
        handlers: options.handlers,
      });
    } catch (error) {
      console.error('local host: a request could not be answered:', error);
      if (!response.headersSent) reply(response, 500, 'Internal error');
      else response.destroy();
    }
  });
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      const refusal = upgradeRefusal(request, port, token);
      if (refusal) return refuseUpgrade(socket, refusal[0], refusal[1]);
      api.handleUpgrade(request, socket, head);
    } catch (error) {
      console.error('local host: an upgrade could not be handled:', error);
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}${LAB_PREFIX}${token}/`,
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

/** Why an upgrade to the API socket is refused, as [status line, text], or undefined. */
function upgradeRefusal(
  request: http.IncomingMessage,
  port: number,
  token: string,
): [string, string] | undefined {
  if (!isOwnHost(request.headers.host, port)) return ['403 Forbidden', 'Forbidden host'];
  if (!isOwnOrigin(request)) return ['403 Forbidden', 'Forbidden origin'];
  const route = routeOf(request.url, token);
  if (route.kind === 'bad-target') return ['400 Bad Request', 'Bad request target'];
  if (route.kind === 'forbidden') return ['403 Forbidden', NO_TOKEN];
  if (route.kind !== 'api') return ['404 Not Found', 'Not found'];
  return undefined;
}
