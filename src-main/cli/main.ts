// Entry of the `neuron-lab` command (built to out/main/cli.js; bin/neuron-lab.mjs runs it).
import { runCommandLine } from './run-command-line';

await runCommandLine(process.argv.slice(2), import.meta.url);
