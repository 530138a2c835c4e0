import path from 'node:path';
import type { LabEvents, LabEventSource } from '../contract/handlers';
import { labHandlers } from '../services/handlers/lab-handlers';
import type { Services } from '../services/services';
import { createLocalHost } from '../local-host/server';
import type { ParsedArgs } from './parse-args';
import { intOption } from './parse-args';

/** `neuron-lab serve`: the lab on 127.0.0.1; the first line printed is its address with the
 * token. Runs until Ctrl+C. */
export async function serveCommand(
  args: ParsedArgs,
  services: Services,
  out: (line: string) => void,
  context: { events: LabEvents & LabEventSource; dataDir: string; version: string },
): Promise<number> {
  const port = intOption(args, 'port', 0, 0, 65535);
  // Built layout: out/main/cli.js beside out/renderer.
  const staticDir = path.resolve(import.meta.dirname, '..', 'renderer');
  const handlers = labHandlers(services, context.events, {
    version: context.version,
    dataDir: context.dataDir,
    host: 'local',
  });
  const host = await createLocalHost({ handlers, events: context.events, staticDir, port });
  out(host.url);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await host.close();
  services.close();
  return 0;
}
