/**
 * What a request asks for, read from its raw target (`GET /lab/TOKEN/assets/a.js HTTP/1.1`)
 * without ever throwing: anything a client sends there — `http://[/`, `//%zz`, a megabyte of
 * slashes — is either a route or a refusal. The page lives under `/lab/TOKEN/`, so its own
 * relative addresses (assets, the API socket) carry the token and no cookie is needed: a
 * cookie would reach every server on 127.0.0.1, whatever its port.
 */
import { sameToken } from './request-checks';

/** Where the page and its files live: `/lab/TOKEN/`. */
export const LAB_PREFIX = '/lab/';

/** The API socket's name, below the page (`/lab/TOKEN/api`) or at the root with `?token=`. */
export const API_NAME = 'api';

/** The longest target looked at; longer ones are refused before they are parsed. */
export const MAX_TARGET_CHARS = 4096;

/** A request's route. */
export type Route =
  /** a file of the built renderer, by its still percent-encoded path below the root */
  | { kind: 'file'; path: string }
  | { kind: 'api' }
  /** the address printed by older versions (`/?token=`): the page is now below /lab/TOKEN/ */
  | { kind: 'redirect'; location: string }
  | { kind: 'forbidden' }
  /** a target that is not an absolute path, or cannot be read as one */
  | { kind: 'bad-target' };

/** The path and query of a request target in origin form (`/path?query`), or undefined. */
export function parseTarget(
  raw: string | undefined,
): { path: string; query: URLSearchParams } | undefined {
  if (raw === undefined || raw.length === 0 || raw.length > MAX_TARGET_CHARS) return undefined;
  // Origin form only: absolute URLs are for proxies, `//host` would name another authority.
  if (raw[0] !== '/' || raw.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(raw, 'http://127.0.0.1');
  } catch {
    return undefined;
  }
  if (url.host !== '127.0.0.1') return undefined;
  return { path: url.pathname, query: url.searchParams };
}

/**
 * The route of a request target for a host with this token.
 * `/lab/TOKEN/…`: the page and its files, `/lab/TOKEN/api`: the API socket; with `?token=`
 * (for tools that cannot put it in the path): `/api` is the socket, `/` sends the browser to
 * `/lab/TOKEN/`, and any other path is a file. Everything else is forbidden.
 */
export function routeOf(raw: string | undefined, token: string): Route {
  const target = parseTarget(raw);
  if (!target) return { kind: 'bad-target' };
  const { path, query } = target;
  if (path.startsWith(LAB_PREFIX)) {
    const rest = path.slice(LAB_PREFIX.length);
    const slash = rest.indexOf('/');
    const candidate = slash < 0 ? rest : rest.slice(0, slash);
    if (!sameToken(candidate, token)) return { kind: 'forbidden' };
    // `/lab/TOKEN` without its slash would resolve the page's relative addresses one up.
    if (slash < 0) return { kind: 'redirect', location: `${LAB_PREFIX}${token}/` };
    const below = rest.slice(slash);
    return below === `/${API_NAME}` ? { kind: 'api' } : { kind: 'file', path: below };
  }
  if (!sameToken(query.get('token'), token)) return { kind: 'forbidden' };
  if (path === `/${API_NAME}`) return { kind: 'api' };
  if (path === '/' || path === '/index.html') {
    return { kind: 'redirect', location: `${LAB_PREFIX}${token}/` };
  }
  return { kind: 'file', path };
}
