/**
 * Who may talk to the local host: requests to 127.0.0.1:PORT or localhost:PORT (a page on
 * another name resolving to 127.0.0.1 — DNS rebinding — is refused), from the same origin
 * when the browser says where it comes from, carrying the per-start token as `?token=` or
 * as the cookie the first page load set.
 */
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
export function sameToken(candidate: string | undefined | null, token: string): boolean {
  if (candidate == null) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The cookie carrying the token; cookies are shared by all ports of a host, so the name
 * carries the port. */
export const tokenCookieName = (port: number): string => `neuron-lab-token-${port}`;

/** Whether the Host header names this server (127.0.0.1:PORT or localhost:PORT). */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/**
 * Whether the Origin header, when there is one, is the page's own origin (the same host
 * and port as the request, over http).
 */
export function isOwnOrigin(request: http.IncomingMessage): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host}`;
}

/** Where the request's token is: 'query', 'cookie', or undefined when it has none. */
export function tokenSource(
  request: http.IncomingMessage,
  url: URL,
  token: string,
  port: number,
): 'query' | 'cookie' | undefined {
  if (sameToken(url.searchParams.get('token'), token)) return 'query';
  if (sameToken(readCookie(request.headers.cookie, tokenCookieName(port)), token)) {
    return 'cookie';
  }
  return undefined;
}
