/**
 * The renderer's way to main: `useLab().call('datasets:list')`. Picks Electron's `window.lab`
 * when the preload set it, else the local host's WebSocket on the page's own origin (with the
 * page's token from its address; the token cookie covers a page opened without it).
 */
import type { LabApi } from '../../src-main/contract/lab-api';
import { createIpcClient } from './ipc-client';
import type { LabClient } from './lab-client';
import { createSocketClient } from './socket-client';

export type { LabClient } from './lab-client';
export { createIpcClient } from './ipc-client';
export { createSocketClient, type SocketClientOptions } from './socket-client';

/** The API socket's address for a page at `location`. */
export function apiSocketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const token = new URLSearchParams(location.search).get('token');
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return `${scheme}://${location.host}/api${query}`;
}

/** A client for this page: window.lab inside Electron, else the local host's socket. */
export function createLabClient(): LabClient {
  // Read without the global declaration (env.d.ts), so tests can type-check this file.
  const lab = (window as { lab?: LabApi }).lab;
  if (lab) return createIpcClient(lab);
  return createSocketClient({ url: apiSocketUrl(window.location) });
}

let client: LabClient | undefined;

/** The page's one client, created on first use. */
export function useLab(): LabClient {
  client ??= createLabClient();
  return client;
}
