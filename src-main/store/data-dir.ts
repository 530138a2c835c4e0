import os from 'node:os';
import path from 'node:path';

/** The database file's name inside the data folder. */
export const DATABASE_FILE = 'neuron-lab.db';

/**
 * The data folder used when no host passes one: `$XDG_DATA_HOME/neuron-lab`, else
 * `~/.local/share/neuron-lab`. The Electron host passes `app.getPath('userData')` instead and
 * the command line `--data-dir`, so this is only the plain-Node fallback.
 * @param env the environment to read (a parameter so tests need not touch `process.env`)
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'neuron-lab');
}
