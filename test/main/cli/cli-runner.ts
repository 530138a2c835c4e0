// The command line as a person runs it: `neuron-lab ARGS --data-dir DIR` in a process of its
// own (the build `npm test` made, or the sources through tsx: cli-entry.ts), its exit code and
// what it printed.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { CLI_ENTRY } from './cli-entry';

const ROOT = resolve(__dirname, '../../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  /** without npm's own warnings */
  stderr: string;
}

/** A runner of the command line on the data folder `dataDir`. */
export function cliOn(dataDir: string): (...args: string[]) => CliResult {
  return (...args) => {
    const result = spawnSync(process.execPath, [...CLI_ENTRY, ...args, '--data-dir', dataDir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
    });
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr.replace(/^npm warn.*\n/gm, ''),
    };
  };
}
