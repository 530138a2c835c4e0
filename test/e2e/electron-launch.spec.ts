// Launches the real desktop app where an Electron binary is installed; elsewhere (CI
// containers, machines without the binary) it is skipped and says why.
import { _electron as electron, expect, test } from '@playwright/test';
import { ROOT } from '../../scripts/lib/build.mjs';
import type { LabApi } from '../../src-main/contract/lab-api';
import { findElectronBinary } from '../../scripts/lib/electron-binary.mjs';

const binary = findElectronBinary();

test('the Electron app opens a hardened window titled Neuron Lab', async () => {
  if (binary.path === undefined) {
    const reason = `Electron launch test not run: ${binary.reason}`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  const app = await electron.launch({ executablePath: binary.path, args: [ROOT], cwd: ROOT });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Neuron Lab');
    await expect(page.getByTestId('softmax-output')).toHaveText(['0.53', '0.19', '0.28']);

    // The preload exposes named functions and values only, and the page has no Node.
    const exposed = await page.evaluate(async () => {
      const lab = (globalThis as { lab?: LabApi }).lab;
      return {
        lab: Object.keys(lab ?? {}).sort(),
        version: lab?.version,
        info: await lab?.app.info(),
        hasRequire: 'require' in globalThis,
        hasProcess: 'process' in globalThis,
      };
    });
    expect(exposed).toEqual({
      lab: ['app', 'datasets', 'designs', 'experiments', 'on', 'runs', 'version'],
      version: expect.any(String),
      info: { ok: true, value: expect.objectContaining({ host: 'electron' }) },
      hasRequire: false,
      hasProcess: false,
    });

    // Navigation away and new windows are refused.
    const url = page.url();
    const opened = await page.evaluate(() => window.open('https://example.com') !== null);
    expect(opened).toBe(false);
    await page.evaluate(() => {
      window.location.href = 'https://example.com';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(url);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});
