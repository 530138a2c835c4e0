// Builds the lab and starts the local host on a free port for the browser tests; the page's
// address (with its token) reaches the tests as process.env.LAB_URL.
// LAB_SKIP_BUILD=1 reuses an existing out/ (npm test builds once beforehand).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build, ROOT } from '../../scripts/lib/build.mjs';
import { CHROMIUM_HINT, findChromium } from '../../scripts/lib/chromium.mjs';

const START_TIMEOUT_MS = 15_000;

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!findChromium()) throw new Error(CHROMIUM_HINT);
  if (process.env.LAB_SKIP_BUILD !== '1') build();

  // A fresh data folder per run: every run starts from an empty lab, whatever earlier runs
  // stored (progress, experiments, designs), and the user's own data is never touched.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-e2e-'));
  const args = [path.join(ROOT, 'out/main/local-host.js'), '--port', '0', '--data-dir', dataDir];
  const host = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The local host did not print its address in time')),
      START_TIMEOUT_MS,
    );
    host.once('exit', (code) => reject(new Error(`The local host exited with code ${code}`)));
    createInterface({ input: host.stdout }).on('line', (line) => {
      const match = /https?:\/\/\S+/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
  });
  process.env.LAB_URL = url;

  return async () => {
    if (host.exitCode === null) {
      const exited = new Promise((resolve) => host.once('exit', resolve));
      host.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
