/**
 * Serves the contract over Electron's IPC: one `ipcMain.handle` channel per call
 * (`lab:datasets:list`), each refusing senders other than the lab's own window and page, and
 * the services' events sent to that window. Imports electron's types only, so tests drive it
 * with fakes.
 */
import type { BrowserWindow, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { dispatch } from '../contract/dispatch';
import type { LabEventSource, LabHandlers } from '../contract/handlers';
import { CALL_NAMES, EVENT_CHANNEL, callChannel, type CallName } from '../contract/names';
import { fail, type Result } from '../contract/result';

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

/** The window parts used here. */
export type LabWindow = Pick<BrowserWindow, 'webContents' | 'isDestroyed' | 'once'>;

export interface RegisterIpcOptions {
  ipcMain: IpcMainLike;
  /** whether a page address is the lab's own (its file, or the dev server in development) */
  isAppUrl: (url: string) => boolean;
  /** where the services' events come from; forwarded to the window */
  events?: LabEventSource;
}

/**
 * Whether an IPC message comes from the main frame of our window showing our page: not from
 * another window, a subframe, or a page the window was somehow navigated to.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: LabWindow,
  isAppUrl: (url: string) => boolean,
): boolean {
  if (window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame: WebFrameMain | null = event.senderFrame;
  const main = window.webContents.mainFrame;
  if (!frame || frame !== main) return false;
  return typeof frame.url === 'string' && isAppUrl(frame.url);
}

/**
 * A checker for the lab's page addresses.
 * @param appUrl the address the window loads: `app://lab/index.html`, or (development only)
 *   the dev server's `http://localhost:5173/`
 */
export function appUrlChecker(appUrl: string): (url: string) => boolean {
  const app = new URL(appUrl);
  return (url) => {
    let page: URL;
    try {
      page = new URL(url);
    } catch {
      return false;
    }
    // a custom scheme has no origin of its own in URL's eyes: compare scheme and host
    if (app.protocol !== 'http:' && app.protocol !== 'https:') {
      return page.protocol === app.protocol && page.host === app.host && app.host !== '';
    }
    return page.origin === app.origin;
  };
}

/**
 * Registers every call of the contract and forwards events to the window.
 * @returns a function that removes the handlers and stops the events (also done when the
 *   window closes)
 */
export function registerIpc(
  handlers: LabHandlers,
  window: LabWindow,
  { ipcMain, isAppUrl, events }: RegisterIpcOptions,
): () => void {
  const closed = new AbortController();
  const context = { host: 'electron' as const, signal: closed.signal };

  for (const name of CALL_NAMES) {
    ipcMain.handle(callChannel(name), async (event, payload): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, window, isAppUrl)) {
        return fail('forbidden', `${name}: refused: the call did not come from the lab's window`);
      }
      return dispatch(handlers, name satisfies CallName, payload, context);
    });
  }

  const unsubscribe = events?.subscribe(({ name, payload }) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
  });

  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    closed.abort();
    unsubscribe?.();
    for (const name of CALL_NAMES) ipcMain.removeHandler(callChannel(name));
  };
  window.once('closed', dispose);
  return dispose;
}
