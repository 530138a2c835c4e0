/**
 * The lab window's options, apart from main.ts so that a test can read them (Electron cannot
 * start here): a sandboxed renderer with context isolation, no Node, web security on, no
 * webview, and only the preload's `window.lab` between the page and main.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import path from 'node:path';

/** @param mainDir the built main process's folder (out/main) */
export function labWindowOptions(mainDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    show: false,
    title: 'Neuron Lab',
    icon: path.join(mainDir, '..', '..', 'resources', 'icon.png'),
    webPreferences: {
      preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
