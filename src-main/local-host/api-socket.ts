/**
 * The contract over a WebSocket (`/lab/TOKEN/api`): a client sends `{ id, call, payload }` and
 * gets `{ id, result }`; events reach every connected client as `{ event, payload }`. Messages
 * are JSON text, or binary frames when they carry typed arrays (contract/wire-codec.ts).
 * Every reply carries its request's id: a request that is wrong (unknown call, invalid
 * payload) gets an error reply and the socket stays open; a message without a readable id
 * (not JSON, a broken frame, nested too deep, no id) cannot be answered, so the socket is
 * closed with the reason, and the client's waiting calls fail at once instead of never.
 * Nothing a client sends can throw out of here. A client that falls behind misses live
 * snapshots (only the newest matters), never a reply or another event.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { dispatch } from '../contract/dispatch';
import type { LabEventSource, LabHandlers } from '../contract/handlers';
import { fail, type Result } from '../contract/result';
import { LATEST_ONLY_EVENTS } from '../contract/names';
import { MAX_MESSAGE_BYTES, decodeMessage, encodeMessage } from '../contract/wire-codec';

/** Bytes waiting to go to a client beyond which its live snapshots are dropped. */
export const BACKLOG_LIMIT = 256 * 1024;

/** Whether an event goes to a client with `backlog` bytes still waiting to be sent: replies
 * and most events always; a live snapshot only to a client that keeps up. */
export function forwards(event: string, backlog: number): boolean {
  return backlog <= BACKLOG_LIMIT || !LATEST_ONLY_EVENTS.has(event);
}

/** A request's id: a number or a short string, echoed in the reply. */
type RequestId = number | string;

/** Close codes (RFC 6455): a message that is not a valid one, or not a request. */
export const CLOSE_MALFORMED = 1007;
export const CLOSE_NOT_A_REQUEST = 1008;

export interface ApiSocketOptions {
  handlers: LabHandlers;
  events?: LabEventSource;
}

export interface ApiSocket {
  /** for the HTTP server's 'upgrade' event, once the request has been checked */
  handleUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  /** closes every client and stops forwarding events */
  close(): Promise<void>;
}

/** Answers an upgrade that is refused with an HTTP status and ends the connection. */
export function refuseUpgrade(socket: Duplex, status: string, text: string): void {
  const body = `${text}\n`;
  socket.end(
    `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.destroy();
}

function validId(id: unknown): id is number | string {
  return (
    (typeof id === 'number' && Number.isSafeInteger(id)) ||
    (typeof id === 'string' && id.length <= 100)
  );
}

/** Sends one reply; a result that cannot be encoded becomes an 'internal' error. */
function reply(ws: WebSocket, id: RequestId, result: Result<unknown>): void {
  if (ws.readyState !== ws.OPEN) return;
  let message: string | Uint8Array;
  try {
    message = encodeMessage({ id, result });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    message = encodeMessage({
      id,
      result: fail('internal', `the answer cannot be sent: ${reason}`),
    });
  }
  ws.send(message);
}

/** A received message as the codec takes it. */
function messageData(data: RawData, isBinary: boolean): string | Uint8Array {
  if (!isBinary) return data.toString();
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A close frame's reason is at most 123 bytes of UTF-8. */
export function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > 123) reason = `${reason.slice(0, reason.length - 2)}…`;
  return reason;
}

/** Closes a socket whose message cannot be answered, saying why. */
function closeWith(ws: WebSocket, code: number, reason: string): void {
  if (ws.readyState === ws.OPEN) ws.close(code, closeReason(reason));
}

/** The id of a message that could not be decoded, when its JSON (or a frame's JSON header)
 * still parses and names one. */
function readableId(raw: string | Uint8Array): RequestId | undefined {
  try {
    let text: string;
    if (typeof raw === 'string') text = raw;
    else {
      if (raw.byteLength < 8) return undefined;
      const length = new DataView(raw.buffer, raw.byteOffset, 8).getUint32(4, true);
      if (8 + length > raw.byteLength) return undefined;
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw.subarray(8, 8 + length));
    }
    const id = (JSON.parse(text) as { id?: unknown } | null)?.id;
    return validId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one client message and answers it, or closes the socket when it has no id. */
function onMessage(
  ws: WebSocket,
  data: RawData,
  isBinary: boolean,
  options: ApiSocketOptions,
  signal: AbortSignal,
): void {
  let message: unknown;
  const raw = messageData(data, isBinary);
  try {
    message = decodeMessage(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // a message too deep to revive may still say who it is (plain parsing is not recursive)
    const id = readableId(raw);
    if (id !== undefined) {
      return reply(ws, id, fail('invalid-request', `malformed message: ${reason.slice(0, 200)}`));
    }
    return closeWith(ws, CLOSE_MALFORMED, `malformed message: ${reason}`);
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return closeWith(ws, CLOSE_NOT_A_REQUEST, 'not a request: expected { id, call, payload }');
  }
  const { id, call, payload } = message as { id?: unknown; call?: unknown; payload?: unknown };
  if (!validId(id)) {
    return closeWith(ws, CLOSE_NOT_A_REQUEST, 'not a request: id must be a number or short text');
  }
  void dispatch(options.handlers, call, payload, { host: 'local', signal }).then((result) =>
    reply(ws, id, result),
  );
}

/** Creates the API socket server (not listening by itself: feed it the HTTP upgrades). */
export function createApiSocket(options: ApiSocketOptions): ApiSocket {
  const server = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
  });

  server.on('connection', (ws: WebSocket) => {
    const gone = new AbortController();
    ws.on('message', (data, isBinary) => {
      try {
        onMessage(ws, data, isBinary, options, gone.signal);
      } catch (error) {
        console.error('local host: a message could not be handled:', error);
        closeWith(ws, 1011, 'the message could not be handled');
      }
    });
    // A message past maxPayload, a broken frame: ws closes the socket; log, never crash.
    ws.on('error', (error) => console.error(`local host: socket error: ${error.message}`));
    ws.on('close', () => gone.abort());
  });

  const unsubscribe = options.events?.subscribe((event) => {
    const ready = [...server.clients].filter(
      (c) => c.readyState === c.OPEN && forwards(event.name, c.bufferedAmount),
    );
    if (ready.length === 0) return;
    let message: string | Uint8Array;
    try {
      message = encodeMessage({ event: event.name, payload: event.payload });
    } catch (error) {
      console.error(`local host: event ${event.name} cannot be sent:`, error);
      return;
    }
    for (const client of ready) client.send(message);
  });

  return {
    handleUpgrade(request, socket, head) {
      server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
    },
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe?.();
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
