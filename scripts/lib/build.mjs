// Builds the app (main, preload, renderer) with electron-vite when the output is missing or
// older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files the build produces; if one is missing the build is stale. */
export const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/main/local-host.js',
  'out/main/trainer.js',
  'out/main/cli.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

/** Folders and files whose changes make the build stale. */
const BUILD_INPUTS = [
  'src-main',
  'src-renderer',
  'src-engine',
  'src-wasm',
  'resources',
  'electron.vite.config.ts',
  'vite.renderer.config.ts',
  'package.json',
];

/**
 * Newest modification time (ms) of a file or anything inside a folder; 0 if it does not exist.
 * @param {string} entry
 * @returns {number}
 */
function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/**
 * Tells whether `out/` must be rebuilt.
 * @returns {string | undefined} why the build is stale, or undefined if it is up to date.
 */
export function staleReason() {
  const outputs = BUILD_OUTPUTS.map((file) => path.join(ROOT, file));
  const missing = outputs.find((file) => !existsSync(file));
  if (missing) return `${path.relative(ROOT, missing)} is missing`;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const newestInput = Math.max(...BUILD_INPUTS.map((entry) => newestMtime(path.join(ROOT, entry))));
  return newestInput > oldestOutput ? 'sources changed since the last build' : undefined;
}

/**
 * Runs `electron-vite build` in the repository root, showing its output (on stderr when
 * `toStderr`, so that a command's own output stays clean).
 * @param {{ toStderr?: boolean }} [options]
 * @throws {Error} if the build fails.
 */
export function build({ toStderr = false } = {}) {
  const require = createRequire(import.meta.url);
  const cli = path.join(
    path.dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = toStderr ? ['ignore', process.stderr, process.stderr] : 'inherit';
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${result.status})`);
}

/**
 * Builds unless `out/` is up to date.
 * @param {{ force?: boolean, log?: (line: string) => void, toStderr?: boolean }} [options]
 */
export function ensureBuilt({ force = false, log = console.log, toStderr = false } = {}) {
  const reason = force ? 'a fresh build was requested' : staleReason();
  if (!reason) return;
  log(`Building Neuron Lab (${reason})…`);
  build({ toStderr });
}
