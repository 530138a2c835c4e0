// Electron runs its own Node ABI, so the better-sqlite3 that npm built for Node cannot load
// in it. Rebuilding it in place would break the tests and the command line, which run on
// Node; so a copy is rebuilt for Electron with @electron/rebuild (a prebuilt binary where one
// can be downloaded, else a compile against Electron's headers) into
// out/native/electron-VERSION/, which the Electron host loads (and `npm run dist` packs).
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build.mjs';

const require = createRequire(import.meta.url);

/** The installed electron package's version (read from its package.json: requiring the
 * package itself would start its binary download). */
export function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/**
 * Where the Electron build of better-sqlite3 lives for an Electron version.
 * @param {string} version
 */
export function electronBindingPath(version) {
  return path.join(ROOT, 'out', 'native', `electron-${version}`, 'better_sqlite3.node');
}

/**
 * Makes sure better-sqlite3 is built for the installed Electron (once per version).
 * @param {(line: string) => void} log
 * @returns {Promise<{ ok: true, path: string } | { ok: false, reason: string }>}
 */
export async function ensureElectronSqlite(log) {
  const version = electronVersion();
  const target = electronBindingPath(version);
  if (existsSync(target)) return { ok: true, path: target };
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  // a one-module project for @electron/rebuild to work in, away from node_modules
  const work = mkdtempSync(path.join(tmpdir(), 'neuron-lab-sqlite-'));
  const copy = path.join(work, 'node_modules', 'better-sqlite3');
  try {
    log(`Building the database module for Electron ${version} with @electron/rebuild (once)…`);
    writeFileSync(
      path.join(work, 'package.json'),
      JSON.stringify({
        name: 'sqlite-for-electron',
        private: true,
        dependencies: { 'better-sqlite3': sqliteVersion },
      }),
    );
    cpSync(source, copy, {
      recursive: true,
      filter: (p) => !p.includes(`${path.sep}build${path.sep}`),
    });
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({
      buildPath: work,
      projectRootPath: work,
      electronVersion: version,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), target);
    return { ok: true, path: target };
  } catch (error) {
    return {
      ok: false,
      reason: `better-sqlite3 could not be built for Electron ${version}: ${error instanceof Error ? error.message : error}`,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
