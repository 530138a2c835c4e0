// Starts the built lab's local host on a free port with a data folder of its own, and stops
// it: the suite's shared host (global-setup.ts), and specs that change what every page of a
// host shares (the settings: a Spanish interface must not reach another spec's page).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../../../scripts/lib/build.mjs';

const START_TIMEOUT_MS = 15_000;

export interface LocalHost {
  /** the page's address with its token */
  url: string;
  dataDir: string;
  /** stops the host and removes its data folder */
  stop(): Promise<void>;
}

/** @param dataDir the folder to use; default: a fresh temporary one (removed by stop) */
export async function startLocalHost(dataDir?: string): Promise<LocalHost> {
  const dir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-e2e-'));
  const args = [path.join(ROOT, 'out/main/local-host.js'), '--port', '0', '--data-dir', dir];
  const host = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
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
  return {
    url,
    dataDir: dir,
    async stop() {
      if (host.exitCode === null) {
        const exited = new Promise((resolve) => host.once('exit', resolve));
        host.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
