/**
 * Builds `window.lab` for the preload from the contract's list of names: one named function
 * per call (`lab.datasets.list(request)` → the `lab:datasets:list` IPC channel) and `on` for
 * the declared events. Nothing else crosses: neither `ipcRenderer` nor its event objects.
 * Imports no electron and no zod (the preload bundle stays small), so tests give it fakes.
 */
import type { LabApi } from '../contract/lab-api';
import {
  CALL_NAMES,
  EVENT_CHANNEL,
  callChannel,
  isEventName,
  type EventName,
} from '../contract/names';
import { fail } from '../contract/result';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * @param ipc Electron's ipcRenderer (or a fake)
 * @param version the app's version
 * @returns the frozen `window.lab` object
 */
export function buildLabApi(ipc: IpcRendererLike, version: string): LabApi {
  const domains: Record<string, Record<string, unknown>> = {};
  for (const name of CALL_NAMES) {
    const [domain, verb] = name.split(':');
    const channel = callChannel(name);
    domains[domain] ??= {};
    domains[domain][verb] = async (request: unknown = {}) => {
      try {
        return await ipc.invoke(channel, request);
      } catch (error) {
        // invoke throws when the request cannot be cloned (a function, a DOM node, …).
        return fail('invalid-request', `${name}: ${messageOf(error)}`);
      }
    };
  }

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  ipc.on(EVENT_CHANNEL, (_event, name, payload) => {
    if (!isEventName(name)) return;
    for (const listener of listeners.get(name) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`lab event ${name}: a listener failed:`, error);
      }
    }
  });

  const on = (event: unknown, listener: unknown): (() => void) => {
    if (!isEventName(event)) throw new Error(`unknown lab event '${String(event)}'`);
    if (typeof listener !== 'function') throw new Error('lab.on: the listener must be a function');
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = (payload: unknown) => (listener as (payload: unknown) => void)(payload);
    set.add(wrapped);
    return () => void set.delete(wrapped);
  };

  for (const domain of Object.values(domains)) Object.freeze(domain);
  return Object.freeze({ ...domains, version, on }) as unknown as LabApi;
}
