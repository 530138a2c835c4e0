// The desktop app as the end-to-end tests start it: whether it can start on this machine, and
// one launch with a data folder of its own. Shared by playwright.config.ts (which adds the
// `electron` project only where the binary exists), the host fixture (lab-test.ts) and the
// launch spec.
import { _electron, type ElectronApplication } from '@playwright/test';
import { ROOT } from '../../../scripts/lib/build.mjs';
import { findElectronBinary } from '../../../scripts/lib/electron-binary.mjs';

/** Where the Electron journeys stand here: the binary to run, or why they are not run. */
export type ElectronAvailability = { binary: string } | { binary: undefined; reason: string };

/** How a machine gets the binary (the electron package fetches it on first use, online). */
export const ELECTRON_BINARY_HINT =
  'to run them, `npm install` on a machine with internet and run `npx electron --version` once ' +
  '(the electron package fetches its binary on first use)';

/** Finds the Electron binary without triggering the electron package's download. */
export function electronAvailability(): ElectronAvailability {
  const found = findElectronBinary();
  return found.path === undefined
    ? { binary: undefined, reason: found.reason }
    : { binary: found.path };
}

/** The one line saying the Electron journeys are not run here, and how to run them. */
export function electronSkipLine(reason: string): string {
  return `Electron journeys not run: ${reason}; ${ELECTRON_BINARY_HINT}.`;
}

/**
 * Starts the built app (package.json's main, out/main/index.js) from the repository root, so
 * that app.getAppPath() finds out/native's database module as `npm start` does. Its data
 * (database, settings, browser storage) lives in `dataDir` (Electron's `--user-data-dir`),
 * never in the user's own folder. A dev server named by ELECTRON_RENDERER_URL is not used.
 */
export async function launchElectron(
  binary: string,
  dataDir: string,
): Promise<ElectronApplication> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  return _electron.launch({
    executablePath: binary,
    args: [ROOT, `--user-data-dir=${dataDir}`],
    cwd: ROOT,
    env,
  });
}
