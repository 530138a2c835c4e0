/**
 * Request targets against a running local host, sent as raw bytes (an HTTP client would
 * refuse or normalise most of them): malformed absolute URLs (`http://[/`), bad and
 * overlong percent escapes, odd authorities, backslashes, dot segments, lengths up to past
 * the server's limit, the token's place misused — as plain requests and as WebSocket
 * upgrades. Each must be answered 4xx (never 2xx or 3xx without the token), and the host
 * must still serve its page afterwards.
 */
import net from 'node:net';
import { Tally, type FamilyResult } from './family';
import { SeededRandom } from './seeded-random';

/** The targets that took the host down before (issue 13), always tried first. */
export const KNOWN_KILLERS = [
  'http://[/',
  'http://%zz/',
  'http://a:b:c/',
  'http://[::1/',
  'http://[/api',
  '//[',
  '//%zz/api',
  '/\\\\evil.example/',
  '*',
];

const ALPHABET = "/[]:@%?#.\\-_~!$&'()*+,;=azAZ09%é€\u202e\u0000\t";
const SCHEMES = ['http://', 'https://', 'ws://', 'file://', 'javascript:', '//', '', '/'];
const HOSTS = ['[', '[::1', '%zz', 'a:b:c', '127.0.0.1:0', 'localhost:99999', '@', '[::]:x', ''];

/** One generated target; `token` is the host's, used in ways that must still be refused. */
export function generateTarget(random: SeededRandom, token: string): string {
  switch (random.int(0, 7)) {
    case 0:
      return `${random.pick(SCHEMES)}${random.pick(HOSTS)}/${random.text(ALPHABET, random.size(40))}`;
    case 1: // percent escapes, broken or encoding what must not be there
      return `/${Array.from({ length: random.int(1, 12) }, () =>
        random.pick(['%', '%z', '%zz', '%2e', '%2e%2e', '%2f', '%5c', '%00', '%ff', '%c0%af']),
      ).join(random.pick(['', '/']))}`;
    case 2: // long
      return `/${'a/'.repeat(random.int(1000, 5000))}`;
    case 3: // the token in the wrong place, or almost the token
      return random.pick([
        `/lab/${token.slice(1)}/`,
        `/lab/${token}x/`,
        `/lab//${token}/`,
        `/LAB/${token}/`,
        `/lab/${encodeURIComponent(`${token}/`)}`,
        `/lab/${token.toUpperCase()}/`,
        `/api?token=${token.slice(0, -1)}`,
        `/?token=${token}%00`,
        `/?token=&token=${token}`,
        `/lab/${token}/../../x`,
        `/lab/%2e%2e/${token}/`,
      ]);
    case 4: // dot segments and separators
      return `/${Array.from({ length: random.int(1, 8) }, () =>
        random.pick(['..', '.', '', '\\..', '..\\', '%2e.', '.%2e']),
      ).join('/')}/secret.txt`;
    case 5: // an absolute URL naming this very host, with the token as a query
      return `http://127.0.0.1/${random.text(ALPHABET, random.size(20))}?token=${token.slice(2)}`;
    case 6: // random characters
      return random.text(ALPHABET, random.int(1, 200));
    default: // queries and fragments
      return `/?${random.text(ALPHABET, random.size(100))}#${random.text(ALPHABET, random.size(10))}`;
  }
}

/** Sends one raw request; resolves with the status code (0 if the connection closed first). */
export function rawRequest(
  port: number,
  target: string,
  { upgrade = false, timeoutMs = 5000 } = {},
): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(-1);
    }, timeoutMs);
    const done = (status: number) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(status);
    };
    socket.on('error', () => done(0));
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      const line = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (line) done(Number(line[1]));
    });
    socket.on('end', () => done(0));
    const headers = upgrade
      ? 'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n'
      : '';
    socket.write(
      Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}\r\n`, 'utf8'),
    );
  });
}

/**
 * Tries the known killers and `count` generated targets (both as requests and upgrades)
 * against a host at `port` with `token`, checking after every `every` targets that the page
 * is still served.
 */
export async function attackRequestTargets(
  port: number,
  token: string,
  count: number,
  seed: number,
): Promise<FamilyResult> {
  const tally = new Tally('request targets');
  const random = new SeededRandom(seed);
  const targets = [...KNOWN_KILLERS];
  while (targets.length < count) targets.push(generateTarget(random, token));
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    const upgrade = i % 2 === 1;
    const status = await rawRequest(port, target, { upgrade });
    const shown = JSON.stringify(target.length > 80 ? `${target.slice(0, 80)}…` : target);
    tally.check(
      status >= 400 && status < 500
        ? undefined
        : `${shown}${upgrade ? ' (upgrade)' : ''} (seed ${seed}, case ${i}): answered ${status === -1 ? 'nothing within 5 s' : status === 0 ? 'by closing the connection' : status}`,
    );
    if (i % 100 === 99 || i === targets.length - 1) {
      const page = await rawRequest(port, `/lab/${token}/`);
      if (page !== 200) tally.fail(`after ${i + 1} targets the page answered ${page}: host down`);
    }
  }
  return tally.result();
}
