// `npm start`: builds if out/ is missing or stale, then opens the lab in Electron; where
// Electron cannot start, serves the same lab on the local host (http://127.0.0.1) instead.
// Options are the local host's (`neuron-lab serve`: --port N, --data-dir DIR), passed to it
// as they are and checked there; Electron takes none. Runs until Ctrl+C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ROOT } from './lib/build.mjs';
import { findElectronBinary } from './lib/electron-binary.mjs';
import { ensureElectronSqlite } from './lib/electron-native.mjs';

/** An Electron that dies this soon with an error counts as "cannot start". */
const EARLY_EXIT_MS = 3000;

/** What the person typed after `npm start --`: the local host's options. */
const HOST_ARGS = process.argv.slice(2);

/**
 * Runs a child process with the terminal attached until it exits; Ctrl+C reaches it
 * directly (same process group), other termination signals are passed on.
 * @param {string} command
 * @param {string[]} args
 * @returns {import('node:child_process').ChildProcess}
 */
function runAttached(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      if (signal !== 'SIGINT') child.kill(signal);
    });
  }
  return child;
}

/** @param {string} reason why Electron is not used (printed). */
function serveOnLocalHost(reason) {
  console.log(`Electron cannot start here (${reason}); serving the lab on the local host instead.`);
  const child = runAttached(process.execPath, [
    path.join(ROOT, 'out', 'main', 'local-host.js'),
    ...HOST_ARGS,
  ]);
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 0 : 1)));
}

/**
 * Starts Electron; falls back to the local host if it fails to start or dies at once.
 * @param {string} binary the Electron executable
 */
function startElectron(binary) {
  if (HOST_ARGS.length > 0) {
    console.log(`Electron takes no options; ${HOST_ARGS.join(' ')} applies to the local host only`);
  }
  const startedAt = Date.now();
  const child = runAttached(binary, ['.']);
  let fellBack = false;
  /** @param {string} reason */
  const fallBack = (reason) => {
    if (fellBack) return;
    fellBack = true;
    serveOnLocalHost(reason);
  };
  child.on('error', (error) => fallBack(`Electron failed to launch: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (fellBack) return;
    const early = Date.now() - startedAt < EARLY_EXIT_MS;
    if (early && code !== 0 && signal !== 'SIGINT') {
      fallBack(`Electron exited at once with ${signal ?? `code ${code}`}`);
    } else {
      process.exit(code ?? 0);
    }
  });
}

try {
  ensureBuilt();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const electron = findElectronBinary();
if (electron.path === undefined) serveOnLocalHost(electron.reason);
else {
  const sqlite = await ensureElectronSqlite(console.log);
  if (sqlite.ok) startElectron(electron.path);
  else serveOnLocalHost(sqlite.reason);
}
