import path from 'node:path';
import { createLocalHost } from '../local-host/server';
import type { StartedServices } from '../services/start-services';
import type { ParsedArgs } from './parse-args';
import { intOption, stringOption } from './parse-args';

/** `neuron-lab serve [--port N] [--renderer-dir DIR]` (and `npm start` where Electron cannot
 * start): the lab on 127.0.0.1; the first line printed has its address with the token. Runs
 * until Ctrl+C or SIGTERM, then closes the host and the services. */
export async function serveCommand(
  args: ParsedArgs,
  started: StartedServices,
  out: (line: string) => void,
  defaults: { rendererDir: string },
): Promise<number> {
  const port = intOption(args, 'port', 0, 0, 65535);
  const staticDir = path.resolve(stringOption(args, 'renderer-dir') ?? defaults.rendererDir);
  const { handlers, events, services } = started;
  const host = await createLocalHost({ handlers, events, staticDir, port });
  out(`Neuron Lab is running at ${host.url}  (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await host.close();
  services.close();
  return 0;
}
