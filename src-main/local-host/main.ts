// Entry of the local host (built to out/main/local-host.js, runs in plain Node):
//   node out/main/local-host.js [--port N] [--renderer-dir DIR] [--data-dir DIR]
// It is `neuron-lab serve`: same options, same start-up (startServices), same output.
import { runCommandLine } from '../cli/run-command-line';

await runCommandLine(['serve', ...process.argv.slice(2)], import.meta.url);
