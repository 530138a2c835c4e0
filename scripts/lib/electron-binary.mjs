// Finds the Electron executable without triggering the electron package's download.
// `require('electron')` downloads the binary on first use, which hangs or fails offline,
// so this reads the package's path.txt and checks the dist folder directly.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Locates the Electron binary installed by the `electron` npm package.
 * @returns {{ path: string } | { path: undefined, reason: string }}
 *   the executable's path, or why there is none (one sentence).
 */
export function findElectronBinary() {
  let packageDir;
  try {
    const require = createRequire(import.meta.url);
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: undefined, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) {
    return {
      path: undefined,
      reason: 'no Electron binary is installed: node_modules/electron/path.txt is missing',
    };
  }
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const fullPath = override
    ? path.join(override, executable)
    : path.join(packageDir, 'dist', executable);
  if (!existsSync(fullPath)) {
    return { path: undefined, reason: `the Electron binary is missing at ${fullPath}` };
  }
  return { path: fullPath };
}
