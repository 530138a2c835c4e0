// The `test` and `expect` every journey spec imports: its `page` is the lab on the host the
// project names (`labHost`), so one set of specs drives both.
// - local (project `lab`): a fresh Chromium page per test; the spec opens labUrl(), the local
//   host's address from the global setup.
// - electron (project `electron`, added by playwright.config.ts where the binary exists): the
//   window of a desktop app started for this test with an empty data folder of its own; labUrl()
//   is the app's own page (app://lab/index.html), so `page.goto(labUrl())` reloads it as a
//   browser test loads the local host's.
// Chromium is started only for the local host; asking an Electron test for `browser` fails
// with a message rather than silently opening a second, unrelated browser.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Browser, type ElectronApplication } from '@playwright/test';
import { APP_INDEX_URL } from '../../../src-main/electron/app-protocol';
import { electronAvailability, launchElectron } from './electron-host';
import { setLabUrl } from './lab-url';

export { expect } from '@playwright/test';

/** Which host serves the lab to a project's tests. */
export type LabHost = 'local' | 'electron';

export interface LabHostOptions {
  labHost: LabHost;
}

interface HostFixtures {
  /** the desktop app of this test (Electron host only) */
  electronApp: ElectronApplication | undefined;
}

/** Stands in for `browser` in an Electron test: any use says why there is none. */
function noBrowser(): Browser {
  return new Proxy({} as Browser, {
    get(_target, key) {
      throw new Error(
        `An Electron test has no \`browser\` (asked for browser.${String(key)}): its page is the app's window.`,
      );
    },
  });
}

export const test = base.extend<HostFixtures, LabHostOptions>({
  labHost: ['local', { scope: 'worker', option: true }],

  browser: [
    async ({ labHost, playwright, headless, launchOptions }, use) => {
      if (labHost === 'electron') {
        await use(noBrowser());
        return;
      }
      const browser = await playwright.chromium.launch({ headless, ...launchOptions });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 0 },
  ],

  electronApp: async ({ labHost }, use) => {
    if (labHost !== 'electron') {
      await use(undefined);
      return;
    }
    const found = electronAvailability();
    // the config adds the electron project only where the binary exists
    if (found.binary === undefined) throw new Error(`No Electron to test: ${found.reason}`);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-e2e-electron-'));
    const app = await launchElectron(found.binary, dataDir);
    try {
      await use(app);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },

  context: async ({ browser, electronApp }, use) => {
    if (electronApp) {
      await use(electronApp.context());
      return;
    }
    const context = await browser.newContext();
    await use(context);
    await context.close();
  },

  page: async ({ context, electronApp }, use) => {
    if (!electronApp) {
      await use(await context.newPage());
      return;
    }
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    setLabUrl(APP_INDEX_URL);
    await use(page);
  },
});
