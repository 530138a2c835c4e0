// How the tests start the command line: the bundle `npm test` has just built
// (NEURON_LAB_TEST_BUILT=1; what `neuron-lab` runs, and it starts in a third of the time),
// otherwise the sources through tsx, so that a test run alone needs no build.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const BUILT = join(ROOT, 'out/main/cli.js');

/** Node's arguments that run the command line, before the command's own. */
export const CLI_ENTRY: readonly string[] =
  process.env.NEURON_LAB_TEST_BUILT === '1' && existsSync(BUILT)
    ? [BUILT]
    : ['--import', 'tsx', join(ROOT, 'src-main/cli/main.ts')];
