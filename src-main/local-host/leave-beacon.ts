/**
 * A call a page sends as it goes away (contract/leave-calls.ts), as a beacon: `POST
 * /lab/TOKEN/api` with `{ call, payload }` as JSON text. The browser sends it after the page
 * is gone and never reads the answer, so the answer is for tools and tests: 204 when done,
 * otherwise a status and one line saying what is wrong. Only the page's own origin may send
 * one (a beacon always says where it comes from), only leave calls are taken, and the body
 * is read up to a small limit; nothing a client sends throws out of here.
 */
import type http from 'node:http';
import { dispatch } from '../contract/dispatch';
import type { LabHandlers } from '../contract/handlers';
import { isLeaveCall, LEAVE_CALLS } from '../contract/leave-calls';

/** A leave call's payload is a few ids: far below this. */
export const MAX_BEACON_BYTES = 16 * 1024;

/** The status and the line answered to a beacon. */
export interface BeaconAnswer {
  status: number;
  text: string;
}

/** Why a beacon's sender is refused, or undefined: it must name the page's own origin. */
export function beaconOriginRefusal(request: http.IncomingMessage): BeaconAnswer | undefined {
  const origin = request.headers.origin;
  if (origin === `http://${request.headers.host}`) return undefined;
  return {
    status: 403,
    text: origin === undefined ? 'Forbidden: a beacon must say its origin' : 'Forbidden origin',
  };
}

/** Reads a request's body up to `limit` bytes; undefined when it is longer. */
function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        request.resume(); // drain the rest; the answer says why it was refused
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** What a beacon's body asks for, or the answer refusing it. */
export function readLeaveCall(body: string): { call: string; payload: unknown } | BeaconAnswer {
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    return { status: 400, text: 'Bad request: the body is not JSON ({ call, payload })' };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { status: 400, text: 'Bad request: expected { call, payload }' };
  }
  const { call, payload } = message as { call?: unknown; payload?: unknown };
  if (!isLeaveCall(call)) {
    return {
      status: 403,
      text: `Forbidden: a beacon may only make ${LEAVE_CALLS.join(', ')}`,
    };
  }
  return { call, payload };
}

/** A refusal, also said in the log: the page that sent it is gone and cannot say it. */
function refusedAloud(answer: BeaconAnswer): BeaconAnswer {
  console.error(`local host: a call sent as a page went away was refused: ${answer.text}`);
  return answer;
}

/** Answers one beacon: reads it, makes its call, says how it went. */
export async function answerBeacon(
  request: http.IncomingMessage,
  handlers: LabHandlers,
): Promise<BeaconAnswer> {
  const refused = beaconOriginRefusal(request);
  if (refused) return refusedAloud(refused);
  const tooLarge = {
    status: 413,
    text: `Payload too large: a beacon is at most ${MAX_BEACON_BYTES} bytes`,
  };
  if (Number(request.headers['content-length']) > MAX_BEACON_BYTES) {
    request.resume();
    return refusedAloud(tooLarge);
  }
  const body = await readBody(request, MAX_BEACON_BYTES);
  if (body === undefined) return refusedAloud(tooLarge);
  const asked = readLeaveCall(body.toString('utf8'));
  if ('status' in asked) return refusedAloud(asked);
  const result = await dispatch(handlers, asked.call, asked.payload, { host: 'local' });
  if (result.ok) return { status: 204, text: '' };
  // Already gone is as good as deleted; any other failure is said where it still can be.
  if (result.error.code !== 'not-found') {
    console.error(
      `local host: ${asked.call} sent as a page went away failed: ${result.error.message}`,
    );
  }
  const status =
    result.error.code === 'not-found' ? 404 : result.error.code === 'internal' ? 500 : 400;
  return { status, text: `${result.error.code}: ${result.error.message}` };
}
