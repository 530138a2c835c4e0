/** The client over Electron's `window.lab` (built by the preload from the contract). */
import type { CallName } from '../../src-main/contract/names';
import type { LabApi } from '../../src-main/contract/lab-api';
import type { LabClient } from './lab-client';

type AnyCall = (request?: unknown) => Promise<never>;

/** Wraps `window.lab`: `call('datasets:list')` runs `lab.datasets.list()`. */
export function createIpcClient(lab: LabApi): LabClient {
  const client: LabClient = {
    transport: 'electron',
    call(name: CallName, ...args: unknown[]) {
      const [domain, verb] = name.split(':') as [keyof LabApi, string];
      const fn = (lab[domain] as unknown as Record<string, AnyCall> | undefined)?.[verb];
      if (typeof fn !== 'function') {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown-call', message: `unknown call '${name}'` },
        }) as never;
      }
      return fn(args[0]);
    },
    // Electron's IPC takes the message before the page is gone: a plain call arrives.
    sendOnLeave: (name, ...args) => void client.call(name, ...args),
    on: (event, listener) => lab.on(event, listener),
    close: () => undefined,
  };
  return client;
}
