/**
 * Where the window's page comes from: the built renderer on `app://lab/`, or — in development
 * only, from a checkout (`electron-vite dev`) — the dev server named by ELECTRON_RENDERER_URL.
 * A packaged app ignores that variable: anyone who can set it could otherwise point the
 * window at a page of theirs, which the IPC checks would then trust as the lab's.
 */
import { APP_INDEX_URL } from './app-protocol';

export interface RendererSource {
  url: string;
  /** the dev server: dev tools and reload in the menu */
  isDev: boolean;
}

/** A dev server runs on this machine, over http. */
function isLocalDevServer(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
    );
  } catch {
    return false;
  }
}

export function rendererSource(options: {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
}): RendererSource {
  const dev = options.env.ELECTRON_RENDERER_URL;
  if (!options.isPackaged && dev !== undefined && isLocalDevServer(dev)) {
    return { url: dev, isDev: true };
  }
  return { url: APP_INDEX_URL, isDev: false };
}
