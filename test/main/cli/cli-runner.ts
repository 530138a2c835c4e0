// The command line as a person runs it: `neuron-lab ARGS --data-dir DIR` in a process of its
// own (through tsx, from the sources), its exit code and what it printed.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

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
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src-main/cli/main.ts'), ...args, '--data-dir', dataDir],
      { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
    );
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr.replace(/^npm warn.*\n/gm, ''),
    };
  };
}
