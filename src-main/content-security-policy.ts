/**
 * The Content-Security-Policy for the lab's pages: everything from the app itself, nothing
 * inline, no eval, no frames, no plugins. 'wasm-unsafe-eval' lets the engine compile its
 * WebAssembly kernels (it allows WebAssembly compilation only, never JavaScript eval). Sent as
 * a header by the local host; the renderer's index.html carries the same policy in a meta tag
 * for Electron, which loads it from a file (test/main/content-security-policy.test.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
