// Finds a Chromium for the browser tests. Playwright never downloads one in this project.
import { existsSync } from 'node:fs';

/** Where Debian (and most Linux distributions) put Chromium, best first. */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/** Launch arguments that work in containers and CI (see docs/machine.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The one line printed when no Chromium is found. */
export const CHROMIUM_HINT =
  'No Chromium found for the browser tests: run `apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium executable.';

/**
 * Returns the path of a Chromium executable: $CHROMIUM_PATH if it exists, else the first of
 * CHROMIUM_CANDIDATES that exists, else undefined.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}
