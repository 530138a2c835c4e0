// Command-line entry of the local host (built to out/main/local-host.js, runs in plain Node):
//   node out/main/local-host.js [--port N] [--renderer-dir DIR]
// Prints one line with the lab's address and serves until Ctrl+C.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'renderer-dir': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got ${values.port}`);
  process.exit(2);
}
// Built layout: out/main/local-host.js serves out/renderer.
const rendererDir = path.resolve(
  values['renderer-dir'] ?? path.join(import.meta.dirname, '..', 'renderer'),
);

const host = await startLocalHost({ rendererDir, port });
console.log(`Neuron Lab is running at ${host.url}  (Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().finally(() => process.exit(0));
  });
}
