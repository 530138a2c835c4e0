/**
 * A renderer that crashes or hangs gets a native message box saying what happened, with
 * Reload and Quit (and Wait, for a hang) — never a blank window — and a line in the log.
 */
import type { BrowserWindow, Dialog, RenderProcessGoneDetails } from 'electron';
import type { Logger } from '../logging/file-logger';
import type { Translate } from './main-messages';

export interface CrashHandlerOptions {
  dialog: Pick<Dialog, 'showMessageBox'>;
  log: Pick<Logger, 'error' | 'warn' | 'info' | 'file'>;
  t: Translate;
  quit: () => void;
}

type Watched = Pick<BrowserWindow, 'on' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'reload'>;
};

/** Watches a window's page; returns nothing (the listeners live as long as the window). */
export function watchRenderer(window: Watched, options: CrashHandlerOptions): void {
  const { dialog, log, t, quit } = options;
  let asking = false;

  const ask = async (message: string, buttons: string[]) => {
    asking = true;
    try {
      const { response } = await dialog.showMessageBox(window as BrowserWindow, {
        type: 'error',
        title: t('crashTitle'),
        message,
        detail: t('logsHint', { file: log.file }),
        buttons,
        defaultId: 0,
        noLink: true,
      });
      return buttons[response];
    } finally {
      asking = false;
    }
  };

  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    log.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    void ask(t('crashGone', { reason: details.reason }), [t('reloadWindow'), t('quitApp')]).then(
      (choice) => {
        if (choice === t('quitApp')) quit();
        else if (!window.isDestroyed()) window.webContents.reload();
      },
    );
  });

  window.on('unresponsive', () => {
    log.warn('renderer not responding');
    if (asking) return;
    void ask(t('crashHung'), [t('wait'), t('reloadWindow'), t('quitApp')]).then((choice) => {
      if (choice === t('quitApp')) quit();
      else if (choice === t('reloadWindow') && !window.isDestroyed()) window.webContents.reload();
    });
  });
  window.on('responsive', () => log.info('renderer responding again'));
}
