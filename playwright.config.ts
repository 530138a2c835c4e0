// Browser tests against the built lab served by the local host (test/e2e/global-setup.ts).
// Uses the system's Chromium (found automatically or $CHROMIUM_PATH); never downloads one.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  // The measurements (long tasks, the live view's timings) run alone, one after the other and
  // after everything else, so that another spec's training on the same 2 cores cannot be
  // mistaken for the renderer freezing or a control acting late.
  projects: [
    { name: 'lab', testIgnore: /(long-tasks|live-view)\.spec\.ts/ },
    { name: 'long-tasks', testMatch: /long-tasks\.spec\.ts/, dependencies: ['lab'] },
    { name: 'live-view', testMatch: /live-view\.spec\.ts/, dependencies: ['long-tasks'] },
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
