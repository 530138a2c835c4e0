// Browser tests against the built lab: every journey runs against the local host
// (test/e2e/global-setup.ts) in the system's Chromium (found automatically or $CHROMIUM_PATH;
// never downloaded), and again in the desktop app wherever an Electron binary is installed
// (project `electron`, test/e2e/support/lab-test.ts). Where there is none, one line says so.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.mjs';
import { electronAvailability, electronSkipLine } from './test/e2e/support/electron-host';
import type { LabHostOptions } from './test/e2e/support/lab-test';

/** The measurements, run alone after everything else (see `projects`). */
const MEASUREMENTS = /(long-tasks|live-view)\.spec\.ts/;
/** Specs about the local host itself (its token, its socket), and the launch spec, which
 * starts its own app; every other journey also runs in the desktop window. */
const NOT_IN_ELECTRON = [
  MEASUREMENTS,
  /(home|local-api|electron-launch)\.spec\.ts/,
  // It starts local hosts of its own (the theme and language are stored on the host).
  /settings-language\.spec\.ts/,
];

const electron = electronAvailability();
// The config is also read by every worker: only the runner prints.
if (electron.binary === undefined && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(electronSkipLine(electron.reason));
}
const withElectron = electron.binary !== undefined;

export default defineConfig<LabHostOptions>({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  globalSetup: [
    './test/e2e/global-setup.ts',
    ...(withElectron ? ['./test/e2e/support/electron-setup.ts'] : []),
  ],
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  // The measurements (long tasks, the live view's timings) run alone, one after the other and
  // after everything else, so that another spec's training on the same 2 cores cannot be
  // mistaken for the renderer freezing or a control acting late.
  projects: [
    { name: 'lab', testIgnore: MEASUREMENTS },
    ...(withElectron
      ? [{ name: 'electron', testIgnore: NOT_IN_ELECTRON, use: { labHost: 'electron' as const } }]
      : []),
    {
      name: 'long-tasks',
      testMatch: /long-tasks\.spec\.ts/,
      dependencies: ['lab', ...(withElectron ? ['electron'] : [])],
    },
    { name: 'live-view', testMatch: /live-view\.spec\.ts/, dependencies: ['long-tasks'] },
  ],
  use: {
    labHost: 'local',
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
