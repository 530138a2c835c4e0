import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/content-security-policy';

// Electron loads index.html from a file and sees only its meta tag; the local host sends the
// header. Both must say the same, bar frame-ancestors, which browsers ignore in a meta tag.
describe('the Content-Security-Policy', () => {
  const html = readFileSync(path.join(__dirname, '../../src-renderer/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

  it("is the same in index.html's meta tag as in the local host's header", () => {
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-'));
    expect(meta?.split('; ')).toEqual(header);
  });

  it('allows WebAssembly compilation for the engine, and no JavaScript eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  });
});
