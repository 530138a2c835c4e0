/**
 * The `app://lab/…` protocol the window loads the renderer from, in place of `file://`: a
 * page on `file://` may read any file the user can, and every file URL shares one origin.
 * Each request is mapped to a file inside the built renderer's folder by the same path check
 * the local host uses (no `..`, no encoded escapes, no other host), or answered 404. Imports
 * no electron (main.ts registers it), so tests call the handler directly.
 */
import { stat, readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { mimeTypeOf, resolveStaticPath } from '../local-host/static-files';

export const APP_SCHEME = 'app';
/** The one host the protocol serves. */
export const APP_HOST = 'lab';
/** The page the window opens. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What `protocol.registerSchemesAsPrivileged` is given, before the app is ready: a standard,
 * secure scheme (relative URLs, 'self' in the CSP) with nothing else granted. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** The file a request of the page maps to, or undefined (another host, a path leaving the
 * folder, a malformed address). */
export function resolveAppRequest(url: string, rendererDir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  return resolveStaticPath(rendererDir, parsed.pathname);
}

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

/** The protocol's handler (for `protocol.handle`): the renderer's files, nothing else. */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppRequest(request.url, rendererDir);
    if (!file) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      return new Response(await readFile(file), {
        status: 200,
        headers: {
          'Content-Type': mimeTypeOf(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}
