/**
 * The one way the renderer talks to main, whatever carries it: Electron's `window.lab` or
 * the local host's WebSocket. Typed from the contract, which the renderer imports types of.
 */
import type { CallArgs } from '../../src-main/contract/lab-api';
import type { CallName, EventName } from '../../src-main/contract/names';
import type { CallResponse } from '../../src-main/contract/calls';
import type { Result } from '../../src-main/contract/result';
import type { EventPayloads } from '../../src-main/contract/types';
import type { LeaveCall } from '../../src-main/contract/leave-calls';

export interface LabClient {
  /** which transport this client uses */
  readonly transport: 'electron' | 'socket';
  /**
   * Makes one call. Never rejects: failures (invalid request, lost connection, …) come back
   * as `{ ok: false, error: { code, message } }`.
   */
  call<K extends CallName>(name: K, ...args: CallArgs<K>): Promise<Result<CallResponse<K>>>;
  /**
   * Makes a call as the page goes away (pagehide), so that it arrives although nobody waits
   * for its reply (contract/leave-calls.ts).
   */
  sendOnLeave<K extends LeaveCall>(name: K, ...args: CallArgs<K>): void;
  /** Listens to one event. @returns a function that stops listening */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Stops the client (closes the socket; a no-op in Electron). */
  close(): void;
}
