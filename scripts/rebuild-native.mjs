// `npm run rebuild:electron`: builds better-sqlite3 for the installed Electron (see
// lib/electron-native.mjs). Without an Electron binary (this machine, CI) there is nothing
// to build for: one line says so and the script succeeds — unless `--required` (`npm run
// dist`), which cannot package the app without it.
import { findElectronBinary } from './lib/electron-binary.mjs';
import { ensureElectronSqlite } from './lib/electron-native.mjs';

const required = process.argv.includes('--required');
const electron = findElectronBinary();
if (electron.path === undefined) {
  console.log(`Rebuild for Electron skipped: ${electron.reason}.`);
  process.exit(required ? 1 : 0);
}
const result = await ensureElectronSqlite(console.log);
if (!result.ok) {
  console.error(result.reason);
  process.exit(1);
}
console.log(`better-sqlite3 for Electron: ${result.path}`);
