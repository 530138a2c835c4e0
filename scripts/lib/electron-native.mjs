// Electron runs its own Node ABI, so the better-sqlite3 that npm built for Node cannot load
// in it. Rather than rebuilding it in place (which would break the tests and the command
// line, which run on Node), a second copy is built for Electron into
// out/native/electron-VERSION/ and the Electron host loads that one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build.mjs';

/**
 * Where the Electron build of better-sqlite3 lives for an Electron version.
 * @param {string} version
 */
export function electronBindingPath(version) {
  return path.join(ROOT, 'out', 'native', `electron-${version}`, 'better_sqlite3.node');
}

/**
 * Makes sure better-sqlite3 is built for the installed Electron: a prebuilt binary where
 * one can be downloaded, else a compile against Electron's headers.
 * @param {(line: string) => void} log
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function ensureElectronSqlite(log) {
  const require = createRequire(import.meta.url);
  const version = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  const target = electronBindingPath(version);
  if (existsSync(target)) return { ok: true, path: target };
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(path.join(tmpdir(), 'neuron-lab-sqlite-'));
  try {
    log(`Building the database module for Electron ${version} (once)…`);
    cpSync(source, work, {
      recursive: true,
      filter: (p) => !p.includes(`${path.sep}build${path.sep}`),
    });
    const prebuilt = spawnSync(
      process.execPath,
      [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version],
      { cwd: work, stdio: 'ignore' },
    );
    if (prebuilt.status !== 0) {
      const gyp = path.join(
        path.dirname(process.execPath),
        '..',
        'lib',
        'node_modules',
        'npm',
        'node_modules',
        'node-gyp',
        'bin',
        'node-gyp.js',
      );
      const compiled = spawnSync(
        process.execPath,
        [
          gyp,
          'rebuild',
          '--release',
          `--target=${version}`,
          '--runtime=electron',
          '--dist-url=https://electronjs.org/headers',
        ],
        { cwd: work, stdio: 'ignore' },
      );
      if (compiled.status !== 0)
        return {
          ok: false,
          reason: `better-sqlite3 could not be built for Electron ${version} (no prebuilt binary and no compiler or headers)`,
        };
    }
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
    return { ok: true, path: target };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
