// Command-line entry of the local host (built to out/main/local-host.js, runs in plain Node):
//   node out/main/local-host.js [--port N] [--renderer-dir DIR] [--data-dir DIR]
// Prints one line with the lab's address and serves until Ctrl+C.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEventHub } from '../contract/handlers';
import { labHandlers } from '../services/handlers/lab-handlers';
import { openServices, type Services } from '../services/services';
import { defaultDataDir } from '../store/data-dir';
import { localTrainerLauncher } from '../training/trainer-location';
import { createLocalHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'renderer-dir': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got ${values.port}`);
  process.exit(2);
}
// Built layout: out/main/local-host.js serves out/renderer.
const staticDir = path.resolve(
  values['renderer-dir'] ?? path.join(import.meta.dirname, '..', 'renderer'),
);

const events = createEventHub();
const dataDir = values['data-dir'] ?? defaultDataDir();
let services: Services;
try {
  services = openServices({
    dataDir,
    launcher: localTrainerLauncher(import.meta.url),
    events,
    appVersion: __APP_VERSION__,
  });
} catch (error) {
  // a database that cannot be used says which file and what to do: that, not a stack trace
  console.error(
    `Neuron Lab cannot start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
const handlers = labHandlers(services, events, {
  version: __APP_VERSION__,
  dataDir,
  host: 'local',
});
const host = await createLocalHost({ handlers, events, staticDir, port });
console.log(`Neuron Lab is running at ${host.url}  (Ctrl+C to stop)`);
if (services.notice) console.log(`Note: ${services.notice}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().finally(() => {
      services.close();
      process.exit(0);
    });
  });
}
