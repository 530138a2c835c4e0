/** What the services implement (one async handler per call) and how they send events. */
import type { CallResponse, ValidRequest } from './calls';
import { CALL_NAMES, type CallName, type EventName } from './names';
import { fail, type Result } from './result';
import type { EventPayloads } from './types';

/** Who is calling, for handlers that care. */
export interface CallContext {
  /** which transport carried the call */
  host: 'electron' | 'local';
  /** aborted when the caller goes away (socket closed, window gone): stop long work */
  signal?: AbortSignal;
}

/** The handler of one call: gets a validated request, answers a result. It may throw; the
 * host then answers 'internal' with the error's message. */
export type Handler<K extends CallName> = (
  request: ValidRequest<K>,
  context: CallContext,
) => Promise<Result<CallResponse<K>>>;

/** One handler per call of the contract. */
export type LabHandlers = { [K in CallName]: Handler<K> };

/** Where services send events; each host forwards them to its windows or sockets. */
export interface LabEvents {
  emit<K extends EventName>(name: K, payload: EventPayloads[K]): void;
}

/** Any event with its payload, as listeners get them. */
export type LabEvent = { [K in EventName]: { name: K; payload: EventPayloads[K] } }[EventName];

/** Where hosts receive the services' events from. */
export interface LabEventSource {
  /** @returns a function that stops the listener */
  subscribe(listener: (event: LabEvent) => void): () => void;
}

/**
 * The events' meeting point: services emit into it, hosts subscribe to it. A listener that
 * throws is reported on the console and does not stop the others.
 */
export function createEventHub(): LabEvents & LabEventSource {
  const listeners = new Set<(event: LabEvent) => void>();
  return {
    emit(name, payload) {
      const event = { name, payload } as LabEvent;
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          console.error(`lab event ${name}: a listener failed:`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Completes a partial set of handlers: the missing calls answer 'not-implemented'. For wiring
 * a host before every service exists, and for tests.
 */
export function withNotImplemented(partial: Partial<LabHandlers>): LabHandlers {
  const complete: Partial<Record<CallName, unknown>> = {};
  for (const name of CALL_NAMES) {
    complete[name] =
      partial[name] ??
      (async () => fail('not-implemented', `${name}: not available in this version yet`));
  }
  return complete as LabHandlers;
}
