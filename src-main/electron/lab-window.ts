/**
 * Opens the lab's window: hardened options (window-options.ts) at the remembered size and
 * place (window-state.ts, saved again on close), the contract served to it (register-ipc.ts),
 * its crashes and hangs answered (crash-handler.ts), and opened files held until its page
 * is ready (open-files.ts).
 */
import { BrowserWindow, dialog, ipcMain, screen } from 'electron';
import type { LabEventSource, LabHandlers } from '../contract/handlers';
import type { Logger } from '../logging/file-logger';
import { watchRenderer } from './crash-handler';
import type { Translate } from './main-messages';
import type { FileOpener } from './open-files';
import { appUrlChecker, registerIpc } from './register-ipc';
import { labWindowOptions } from './window-options';
import { loadWindowState, saveWindowState, visibleWindowState } from './window-state';

export interface LabWindowOptions {
  /** the built main process's folder (out/main) */
  mainDir: string;
  dataDir: string;
  url: string;
  handlers: LabHandlers;
  events: LabEventSource;
  opener: FileOpener;
  log: Logger;
  t: Translate;
  quit: () => void;
}

export function openLabWindow(options: LabWindowOptions): BrowserWindow {
  const { dataDir, log, opener } = options;
  const remembered = loadWindowState(dataDir, log);
  const state = visibleWindowState(
    remembered,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
    log,
  );
  const { maximized, ...bounds } = state;
  const window = new BrowserWindow({ ...labWindowOptions(options.mainDir), ...bounds });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    saveWindowState(dataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() }, log);
  });

  registerIpc(options.handlers, window, {
    ipcMain,
    isAppUrl: appUrlChecker(options.url),
    events: options.events,
  });
  watchRenderer(window, { dialog, log, t: options.t, quit: options.quit });
  window.webContents.on('did-start-loading', () => opener.pageGone());
  window.webContents.on('did-finish-load', () => void opener.pageReady());
  window.webContents.on('render-process-gone', () => opener.pageGone());
  void window.loadURL(options.url);
  return window;
}
