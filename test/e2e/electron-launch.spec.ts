// Launches the real desktop app where an Electron binary is installed and checks what only a
// desktop window has: the preload's window.lab (exactly the contract's calls), an isolated,
// sandboxed page without Node, the CSP, and no way to navigate away or open windows. Elsewhere
// (CI containers, machines without the binary) it is skipped and prints why.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src-main/content-security-policy';
import { CALL_NAMES } from '../../src-main/contract/names';
import { electronAvailability, electronSkipLine, launchElectron } from './support/electron-host';

const electron = electronAvailability();

/** What window.lab must hold: each domain of the contract with its verbs, `on` and `version`. */
function expectedLabShape(): Record<string, string[] | string> {
  const shape: Record<string, string[] | string> = { on: 'function', version: 'string' };
  for (const name of CALL_NAMES) {
    const [domain, verb] = name.split(':');
    shape[domain] = [...((shape[domain] as string[] | undefined) ?? []), verb].sort();
  }
  return shape;
}

test('the Electron app opens a hardened window showing the lab', async () => {
  if (electron.binary === undefined) {
    const reason = electronSkipLine(electron.reason);
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-e2e-launch-'));
  const app = await launchElectron(electron.binary, dataDir);
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Neuron Lab');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();

    // The preload exposes the contract's calls as named functions, and the page has no Node.
    const exposed = await page.evaluate(async () => {
      const lab = (globalThis as { lab?: Record<string, unknown> }).lab ?? {};
      const shape = Object.fromEntries(
        Object.entries(lab).map(([key, value]) => [
          key,
          value !== null && typeof value === 'object' ? Object.keys(value).sort() : typeof value,
        ]),
      );
      const app = lab.app as { info(): Promise<unknown> } | undefined;
      return {
        shape,
        info: await app?.info(),
        hasRequire: 'require' in globalThis,
        hasProcess: 'process' in globalThis,
      };
    });
    expect(exposed).toEqual({
      shape: expectedLabShape(),
      info: { ok: true, value: expect.objectContaining({ host: 'electron' }) },
      hasRequire: false,
      hasProcess: false,
    });

    // Every renderer sandboxed: app.enableSandbox() puts --enable-sandbox on the command line
    // that renderers inherit (and takes --no-sandbox off it).
    const sandbox = await app.evaluate(({ app }) => ({
      enabled: app.commandLine.hasSwitch('enable-sandbox'),
      disabled: app.commandLine.hasSwitch('no-sandbox'),
    }));
    expect(sandbox).toEqual({ enabled: true, disabled: false });

    // The page's policy: app:// sends it as a header, index.html carries it in a meta tag.
    const policy = await page.evaluate(async () => ({
      header: (await fetch('index.html')).headers.get('content-security-policy'),
      meta: document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content'),
    }));
    expect(policy.header).toBe(CONTENT_SECURITY_POLICY);
    expect(policy.meta).toContain("default-src 'self'");

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
    rmSync(dataDir, { recursive: true, force: true });
  }
});
