/**
 * The renderer's way to main: `useLab().call('datasets:list')`. Picks Electron's `window.lab`
 * when the preload set it, else the local host's WebSocket beside the page: the page lives at
 * `/lab/TOKEN/`, so `api` relative to it carries the token (no cookie does).
 */
import type { LabApi } from '../../src-main/contract/lab-api';
import { createIpcClient } from './ipc-client';
import type { LabClient } from './lab-client';
import { createSocketClient } from './socket-client';

export type { LabClient } from './lab-client';
export { createIpcClient } from './ipc-client';
export { createSocketClient, type SocketClientOptions } from './socket-client';

/** The API socket's address for a page at `location`: `api` beside the page, over ws(s). */
export function apiSocketUrl(location: Pick<Location, 'href'>): string {
  const url = new URL('api', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Where the local host takes a page's last calls as a beacon: `api` beside the page. */
export function apiBeaconUrl(location: Pick<Location, 'href'>): string {
  const url = new URL('api', location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A client for this page: window.lab inside Electron, else the local host's socket. */
export function createLabClient(): LabClient {
  // Read without the global declaration (env.d.ts), so tests can type-check this file.
  const lab = (window as { lab?: LabApi }).lab;
  if (lab) return createIpcClient(lab);
  return createSocketClient({
    url: apiSocketUrl(window.location),
    beaconUrl: apiBeaconUrl(window.location),
  });
}

let client: LabClient | undefined;

/** The page's one client, created on first use. */
export function useLab(): LabClient {
  client ??= createLabClient();
  return client;
}
