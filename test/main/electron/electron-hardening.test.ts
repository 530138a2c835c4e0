// Issue 13, item 8, asserted over the main process's own options and the packaging config
// (Electron cannot be launched here): pages come from app://lab through a path check, the
// dev server's address is honoured only unpackaged, and the window is sandboxed (the packaged
// binary's fuses: packaging-config.test.ts).
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  appProtocolHandler,
  resolveAppRequest,
} from '../../../src-main/electron/app-protocol';
import { rendererSource } from '../../../src-main/electron/renderer-source';
import { labWindowOptions } from '../../../src-main/electron/window-options';

const ROOT = resolve(__dirname, '../../..');
const root = mkdtempSync(join(tmpdir(), 'neuron-app-protocol-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<title>Neuron Lab</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
writeFileSync(join(root, 'secret.txt'), 'secret');

describe('the app:// protocol', () => {
  const handler = appProtocolHandler(rendererDir);
  const get = (url: string) => handler(new Request(url));

  it('serves the renderer’s files with their type and the CSP', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toBe('<title>Neuron Lab</title>');
    expect(await (await get('app://lab/assets/app.js')).text()).toBe('console.log(1);');
  });

  it.each([
    'app://lab/../secret.txt',
    'app://lab/%2e%2e/secret.txt',
    'app://lab/assets/..%2f..%2fsecret.txt',
    'app://lab/..%5csecret.txt',
    'app://other/index.html',
    'app://lab/assets',
    'app://lab/missing.js',
  ])('answers %s with 404, never a file outside the renderer', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('maps only its own host and folder', () => {
    expect(resolveAppRequest('app://lab/index.html', rendererDir)).toBe(
      join(rendererDir, 'index.html'),
    );
    expect(resolveAppRequest('file:///etc/passwd', rendererDir)).toBeUndefined();
    // dot segments are resolved within the address: what is left stays inside the folder
    expect(resolveAppRequest('app://lab/../../etc/passwd', rendererDir)).toBe(
      join(rendererDir, 'etc', 'passwd'),
    );
    for (const url of ['app://lab/%2e%2e/%2e%2e/etc/passwd', 'app://lab/a/%2E%2E%2F%2E%2E%2Fx']) {
      const file = resolveAppRequest(url, rendererDir);
      expect(file === undefined || file.startsWith(`${rendererDir}/`), url).toBe(true);
    }
  });

  it('is a standard, secure scheme and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('is what main.ts registers and loads: no file:// page anywhere', () => {
    const main = readFileSync(join(ROOT, 'src-main/electron/main.ts'), 'utf8');
    expect(main).toContain('protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])');
    expect(main).toContain('protocol.handle(APP_SCHEME, appProtocolHandler(RENDERER_DIR))');
    expect(main).not.toMatch(/loadFile|pathToFileURL|file:\/\//);
  });
});

describe('the renderer’s source', () => {
  it('is app://lab when packaged, whatever ELECTRON_RENDERER_URL says', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(rendererSource({ isPackaged: true, env })).toEqual({ url: APP_INDEX_URL, isDev: false });
    expect(rendererSource({ isPackaged: false, env: {} })).toEqual({
      url: APP_INDEX_URL,
      isDev: false,
    });
  });

  it('is the dev server only unpackaged, and only one on this machine over http', () => {
    const dev = (url: string) =>
      rendererSource({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url } });
    expect(dev('http://localhost:5173/')).toEqual({ url: 'http://localhost:5173/', isDev: true });
    expect(dev('http://127.0.0.1:5173/')).toMatchObject({ isDev: true });
    for (const foreign of [
      'https://evil.example/',
      'http://evil.example:5173/',
      'file:///tmp/x.html',
      'javascript:alert(1)',
    ])
      expect(dev(foreign), foreign).toEqual({ url: APP_INDEX_URL, isDev: false });
  });
});

describe('the window', () => {
  it('is sandboxed, isolated, without Node, with web security', () => {
    const { webPreferences } = labWindowOptions('/opt/neuron-lab/out/main');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/neuron-lab/out/preload/index.cjs',
    });
  });
});
