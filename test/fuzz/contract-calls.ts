/**
 * Every call of the contract over a real API socket, against the real services, with
 * generated payloads (random values and valid requests changed in a few places), then
 * hostile messages and binary frames ("NLB1") broken on purpose. Each reply must carry its
 * request's id and an answer ('internal' — a handler that threw by surprise — and messages
 * that say `undefined` or `[object Object]` count as failures); a message whose id cannot be
 * read must close the socket with a code and a reason. Nothing may go unanswered.
 */
import WebSocket from 'ws';
import { CALL_NAMES, type CallName } from '../../src-main/contract/names';
import { decodeMessage, encodeMessage } from '../../src-main/contract/wire-codec';
import { VALID } from '../main/contract/valid-requests';
import { Tally, type FamilyResult } from './family';
import { mutate, randomValue } from './random-values';
import { SeededRandom } from './seeded-random';

const REPLY_TIMEOUT_MS = 15_000;

/** Waits for the first reply, whatever its id. */
const ANY = Symbol('any reply');

type Outcome =
  | { kind: 'reply'; id: unknown; result: unknown }
  | { kind: 'closed'; code: number; reason: string }
  | { kind: 'silent' };

/** A socket to the API that hands out replies by id and reports how it closed. */
class Client {
  private readonly waiting = new Map<unknown, (outcome: Outcome) => void>();
  private closedWith: Outcome | undefined;
  readonly opened: Promise<void>;
  /** replies whose id no request had (must never happen) */
  readonly strays: unknown[] = [];

  constructor(private readonly socket: WebSocket) {
    this.opened = new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    this.opened.catch(() => undefined);
    socket.on('error', () => undefined);
    socket.on('message', (data, isBinary) => {
      const message = decodeMessage(isBinary ? new Uint8Array(data as Buffer) : String(data)) as {
        id?: unknown;
        event?: unknown;
        result?: unknown;
      };
      if (message.event !== undefined) return;
      // a broken message's id may have been broken too: its reply answers whatever was sent
      const key = this.waiting.has(message.id) ? message.id : ANY;
      const resolve = this.waiting.get(key);
      if (!resolve) return void this.strays.push(message);
      this.waiting.delete(key);
      resolve({ kind: 'reply', id: message.id, result: message.result });
    });
    socket.on('close', (code, reason) => {
      this.closedWith = { kind: 'closed', code, reason: reason.toString() };
      for (const resolve of this.waiting.values()) resolve(this.closedWith);
      this.waiting.clear();
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Sends raw data; resolves with the reply to `id`, the close, or silence after a while. */
  send(data: string | Uint8Array, id: unknown): Promise<Outcome> {
    if (this.closedWith) return Promise.resolve(this.closedWith);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve({ kind: 'silent' });
      }, REPLY_TIMEOUT_MS);
      this.waiting.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      this.socket.send(data);
    });
  }

  close(): void {
    this.socket.close();
  }
}

function connect(port: number, token: string): Client {
  return new Client(new WebSocket(`ws://127.0.0.1:${port}/lab/${token}/api`));
}

/** What is wrong with one reply to a request with `id`, or undefined. */
function replyProblem(outcome: Outcome, id: unknown): string | undefined {
  if (outcome.kind === 'silent') return `no answer within ${REPLY_TIMEOUT_MS / 1000} s`;
  if (outcome.kind === 'closed') return `the socket closed (${outcome.code} ${outcome.reason})`;
  if (outcome.id !== id) return `a reply with id ${JSON.stringify(outcome.id)}`;
  const result = outcome.result as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (result?.ok === true) return undefined;
  if (result?.ok !== false || typeof result.error?.message !== 'string') {
    return `a malformed result ${JSON.stringify(result).slice(0, 100)}`;
  }
  const { code, message } = result.error;
  if (code === 'internal') return `an exception: ${message.slice(0, 200)}`;
  if (/\bundefined\b|\[object Object\]/.test(message)) {
    return `a message that says nothing: ${message.slice(0, 200)}`;
  }
  return undefined;
}

/** Sends `perCall` generated payloads to every call. */
async function fuzzCalls(
  client: () => Promise<Client>,
  tally: Tally,
  perCall: number,
  seed: number,
): Promise<void> {
  const answers = new Map<string, number>();
  const random = new SeededRandom(seed);
  let id = 0;
  for (const name of CALL_NAMES) {
    for (let i = 0; i < perCall; i++) {
      const payload = random.chance(0.7)
        ? mutate(random, VALID[name as CallName])
        : randomValue(random);
      const requestId = random.chance(0.5) ? ++id : `r-${++id}`;
      let data: string | Uint8Array;
      try {
        data = encodeMessage({ id: requestId, call: name, payload });
      } catch {
        continue; // a value the client itself cannot send
      }
      const outcome = await (await client()).send(data, requestId);
      const problem = replyProblem(outcome, requestId);
      if (outcome.kind === 'reply') {
        const result = outcome.result as { ok: boolean; error?: { code: string } };
        const code = result.ok ? 'ok' : (result.error?.code ?? '?');
        answers.set(code, (answers.get(code) ?? 0) + 1);
      }
      tally.check(problem && `${name} (seed ${seed}, case ${i}): ${problem}`);
    }
  }
  // how deep the payloads reached: refused by the schema, or answered by a handler
  tally.notes.push(
    `answers: ${[...answers]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ')}`,
  );
}

const HOSTILE_TEXT = [
  '',
  '{',
  'null',
  '[1,2]',
  '"x"',
  '{"id":null,"call":"app:info"}',
  '{"id":1e400,"call":"app:info"}',
  '{"id":"' + 'x'.repeat(200) + '","call":"app:info"}',
  '{"id":{"$num":"NaN"},"call":"app:info"}',
  '{"__proto__":{"id":1},"call":"app:info"}',
];

/** Broken messages: text that is not a request, and frames corrupted byte by byte. */
async function fuzzMessages(
  fresh: () => Client,
  tally: Tally,
  count: number,
  seed: number,
): Promise<void> {
  const random = new SeededRandom(seed ^ 0x5a5a);
  for (let i = 0; i < count; i++) {
    const client = fresh();
    await client.opened;
    const id = 900_000 + i;
    let data: string | Uint8Array;
    if (i < HOSTILE_TEXT.length) data = HOSTILE_TEXT[i];
    else if (random.chance(0.3)) data = brokenText(random, id);
    else data = brokenFrame(random, id);
    const outcome = await client.send(data, ANY);
    let problem: string | undefined;
    if (outcome.kind === 'closed') {
      if (![1007, 1008, 1009].includes(outcome.code) || outcome.reason === '') {
        problem = `closed without a reason (${outcome.code})`;
      }
    } else if (outcome.kind === 'silent') problem = replyProblem(outcome, id);
    else if (typeof outcome.id !== 'number' && typeof outcome.id !== 'string') {
      problem = `a reply with id ${JSON.stringify(outcome.id)}`;
    } else problem = replyProblem(outcome, outcome.id);
    client.close();
    tally.check(problem && `message (seed ${seed}, case ${i}): ${problem}`);
  }
}

function brokenText(random: SeededRandom, id: number): string {
  const text = JSON.stringify({ id, call: random.pick(CALL_NAMES), payload: randomValue(random) });
  const at = random.int(0, text.length);
  return random.chance(0.5)
    ? text.slice(0, at)
    : `${text.slice(0, at)}${random.text('{}[]",:\\', random.int(1, 4))}${text.slice(at)}`;
}

function brokenFrame(random: SeededRandom, id: number): Uint8Array {
  const payload = {
    fileName: 'a.csv',
    bytes: new Uint8Array(random.int(0, 64)).fill(65),
    weights: new Float32Array(random.int(0, 16)),
  };
  const frame = encodeMessage({ id, call: 'datasets:preview', payload }) as Uint8Array;
  const out = random.chance(0.2) ? frame.slice(0, random.int(0, frame.length)) : frame.slice();
  for (let n = random.int(1, 6); n > 0 && out.length > 0; n--) {
    const at = random.chance(0.5)
      ? random.int(0, Math.min(out.length - 1, 64))
      : random.int(0, out.length - 1);
    out[at] = random.int(0, 255);
  }
  if (random.chance(0.2) && out.length >= 8) {
    new DataView(out.buffer).setUint32(4, random.pick([0, 1, 0xffffffff, out.length]), true);
  }
  return out;
}

/**
 * Attacks the API socket of a host at `port`: `perCall` payloads for every call, then
 * `messages` broken messages (each on a socket of its own, as the socket may close).
 */
export async function attackContract(
  port: number,
  token: string,
  { perCall, messages, seed }: { perCall: number; messages: number; seed: number },
): Promise<FamilyResult> {
  const tally = new Tally('contract calls');
  let current = connect(port, token);
  await current.opened;
  // a call that closed its socket (it must not) is counted, and the rest go on a new one
  const client = async () => {
    if (!current.isOpen) {
      current = connect(port, token);
      await current.opened;
    }
    return current;
  };
  await fuzzCalls(client, tally, perCall, seed);
  if (current.strays.length) tally.fail(`${current.strays.length} replies without their id`);
  current.close();
  const messageTally = new Tally('socket messages');
  await fuzzMessages(() => connect(port, token), messageTally, messages, seed);
  const result = tally.result();
  const other = messageTally.result();
  return {
    ...result,
    notes: [...(result.notes ?? []), `${other.tried} broken messages and frames`],
    tried: result.tried + other.tried,
    failed: result.failed + other.failed,
    failures: [...result.failures, ...other.failures].slice(0, 20),
  };
}
