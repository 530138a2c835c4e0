/**
 * Who may talk to the local host: requests to 127.0.0.1:PORT or localhost:PORT (a page on
 * another name resolving to 127.0.0.1 — DNS rebinding — is refused), from the same origin
 * when the browser says where it comes from, carrying the per-start token in their path
 * (`/lab/TOKEN/…`) or as `?token=` (see request-target.ts). No cookie carries it: cookies
 * ignore ports, so every other server on 127.0.0.1 would receive it.
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
