// Global setup added by playwright.config.ts only where an Electron binary exists: the desktop
// app loads better-sqlite3 built for Electron's own Node ABI (out/native/, as `npm start`
// makes it), so the Electron journeys build it once before any window opens.
import { ensureElectronSqlite } from '../../../scripts/lib/electron-native.mjs';

export default async function electronSetup(): Promise<void> {
  const sqlite = await ensureElectronSqlite(console.log);
  if (!sqlite.ok) {
    throw new Error(
      `The Electron journeys cannot run: ${sqlite.reason}. Run \`npx playwright test --project lab\` to test the local host only.`,
    );
  }
}
