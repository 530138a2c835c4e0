/**
 * The client over the local host's WebSocket (`/api`): requests `{ id, call, payload }`,
 * replies `{ id, result }`, events `{ event, payload }`: JSON text, or binary frames when typed
 * arrays travel (the contract's wire codec). Reconnects after a lost connection with growing delays (0.25 s
 * doubling up to 5 s); calls in flight when the connection drops answer 'disconnected'.
 */
import type { CallName, EventName } from '../../src-main/contract/names';
import type { Result } from '../../src-main/contract/result';
import {
  MAX_MESSAGE_BYTES,
  decodeMessage,
  encodeMessage,
  messageSize,
} from '../../src-main/contract/wire-codec';
import type { LabClient } from './lab-client';

/** The parts of the browser's WebSocket used here (the `ws` package's matches, for tests). */
export interface WebSocketLike {
  readonly readyState: number;
  binaryType: string;
  send(data: string | Uint8Array): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface SocketClientOptions {
  /** ws://127.0.0.1:PORT/lab/TOKEN/api */
  url: string;
  /** the WebSocket constructor (the browser's by default) */
  createSocket?: (url: string) => WebSocketLike;
  /** http://127.0.0.1:PORT/lab/TOKEN/api, where calls made as the page goes away are sent
   * as a beacon (a message on the socket may be dropped with the page) */
  beaconUrl?: string;
  /** the browser's navigator.sendBeacon by default; false when it could not be queued */
  sendBeacon?: (url: string, body: string) => boolean;
  /** first and longest wait before reconnecting, in ms */
  minDelayMs?: number;
  maxDelayMs?: number;
}

const OPEN = 1;

interface Pending {
  name: string;
  resolve: (result: Result<unknown>) => void;
}

const failure = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Creates the client and connects at once. */
export function createSocketClient(options: SocketClientOptions): LabClient {
  const createSocket = options.createSocket ?? ((url) => new WebSocket(url) as WebSocketLike);
  const minDelay = options.minDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 5000;

  let socket: WebSocketLike | undefined;
  let delay = minDelay;
  let closed = false;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  /** sent, waiting for their reply */
  const pending = new Map<number, Pending>();
  /** made while not connected: sent once the socket opens */
  const waiting: { id: number; message: string | Uint8Array }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function failAll(message: string): void {
    const lost = [...pending.values()];
    pending.clear();
    waiting.length = 0;
    for (const call of lost) call.resolve(failure('disconnected', `${call.name}: ${message}`));
  }

  function onMessage(data: unknown): void {
    if (typeof data !== 'string' && !(data instanceof ArrayBuffer)) return;
    let message: { id?: unknown; result?: Result<unknown>; event?: unknown; payload?: unknown };
    try {
      message = decodeMessage(data) as typeof message;
    } catch (error) {
      console.error('lab: a malformed message from the local host:', error);
      return;
    }
    if (typeof message.event === 'string') {
      for (const listener of listeners.get(message.event) ?? []) {
        try {
          listener(message.payload);
        } catch (error) {
          console.error(`lab event ${message.event}: a listener failed:`, error);
        }
      }
      return;
    }
    if (typeof message.id !== 'number') {
      if (message.result && !message.result.ok) console.error('lab:', message.result.error);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    call.resolve(message.result ?? failure('internal', `${call.name}: an empty reply`));
  }

  function connect(): void {
    reconnectTimer = undefined;
    if (closed) return;
    const current = createSocket(options.url);
    socket = current;
    current.binaryType = 'arraybuffer';
    current.onopen = () => {
      delay = minDelay;
      for (const { message } of waiting.splice(0)) current.send(message);
    };
    current.onmessage = (event) => onMessage(event.data);
    current.onerror = () => undefined; // a close event follows
    current.onclose = (event) => {
      if (socket !== current) return;
      socket = undefined;
      // the lab closes a socket with a reason when a message could not be answered
      const reason = (event as { reason?: unknown } | null)?.reason;
      failAll(
        typeof reason === 'string' && reason !== ''
          ? `the lab closed the connection (${reason}); try again`
          : 'the connection to the lab was lost; try again',
      );
      if (closed) return;
      reconnectTimer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, maxDelay);
    };
  }

  function send<T>(name: CallName, request: unknown): Promise<Result<T>> {
    if (closed) return Promise.resolve(failure('disconnected', `${name}: the client is closed`));
    let message: string | Uint8Array;
    const id = nextId++;
    try {
      message = encodeMessage({ id, call: name, payload: request ?? {} });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return Promise.resolve(failure('invalid-request', `${name}: ${reason}`));
    }
    // Each character is at least one byte: a longer text cannot fit.
    if (messageSize(message) > MAX_MESSAGE_BYTES) {
      return Promise.resolve(failure('too-large', `${name}: the request is too large to send`));
    }
    return new Promise<Result<T>>((resolve) => {
      pending.set(id, { name, resolve: resolve as (result: Result<unknown>) => void });
      if (socket?.readyState === OPEN) socket.send(message);
      else {
        waiting.push({ id, message });
        if (!socket && reconnectTimer === undefined) connect();
      }
    });
  }

  const sendBeacon =
    options.sendBeacon ??
    (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function'
      ? (url: string, body: string) => navigator.sendBeacon(url, body)
      : undefined);

  connect();

  return {
    transport: 'socket',
    call: (name, ...args) => send(name, args[0]),
    sendOnLeave(name, ...args) {
      const body = JSON.stringify({ call: name, payload: args[0] ?? {} });
      if (options.beaconUrl) sendBeacon?.(options.beaconUrl, body);
      // Both ways, as neither is certain while a page unloads (a beacon was seen lost once in
      // the browser tests, a socket message more often); the second to arrive finds the work
      // done, which leave calls take as done (contract/leave-calls.ts).
      void send(name, args[0]);
    },
    on(event: EventName, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => void set.delete(wrapped);
    },
    close() {
      closed = true;
      if (reconnectTimer !== undefined) clearTimeout(reconnectTimer);
      const current = socket;
      socket = undefined;
      failAll('the client was closed');
      current?.close();
    },
  };
}
