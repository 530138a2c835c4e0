// registerIpc with fake ipcMain, window and IPC events (Electron cannot run here).
import { describe, expect, it, vi } from 'vitest';
import { createEventHub, withNotImplemented } from '../../../src-main/contract/handlers';
import { CALL_NAMES, EVENT_CHANNEL } from '../../../src-main/contract/names';
import { ok } from '../../../src-main/contract/result';
import {
  appUrlChecker,
  registerIpc,
  type IpcMainLike,
  type LabWindow,
} from '../../../src-main/electron/register-ipc';

const APP_URL = 'app://lab/index.html';

type Listener = (event: never, ...args: unknown[]) => Promise<unknown>;

function fakes() {
  const channels = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (channels.has(channel)) throw new Error(`second handler for ${channel}`);
      channels.set(channel, listener as Listener);
    },
    removeHandler: (channel) => void channels.delete(channel),
  };
  const mainFrame = { url: APP_URL };
  const onClosed: (() => void)[] = [];
  const webContents = { mainFrame, send: vi.fn() };
  const window = {
    webContents,
    isDestroyed: () => false,
    once: (name: string, listener: () => void) => {
      if (name === 'closed') onClosed.push(listener);
      return window;
    },
  } as unknown as LabWindow;
  const events = createEventHub();
  const handlers = withNotImplemented({
    'app:info': async (_request, context) =>
      ok({ version: '1', dataDir: '/d', host: context.host }),
  });
  const dispose = registerIpc(handlers, window, {
    ipcMain,
    isAppUrl: appUrlChecker(APP_URL),
    events,
  });
  const invoke = (channel: string, sender: unknown, senderFrame: unknown, payload?: unknown) =>
    channels.get(channel)!({ sender, senderFrame } as never, payload);
  return { channels, webContents, mainFrame, window, events, dispose, invoke, onClosed };
}

describe('registerIpc', () => {
  it('registers one channel per call of the contract', () => {
    const { channels } = fakes();
    expect([...channels.keys()]).toEqual(CALL_NAMES.map((name) => `lab:${name}`));
  });

  it('answers calls from the main frame of its window showing the app', async () => {
    const { invoke, webContents, mainFrame } = fakes();
    expect(await invoke('lab:app:info', webContents, mainFrame, {})).toEqual(
      ok({ version: '1', dataDir: '/d', host: 'electron' }),
    );
    expect(await invoke('lab:datasets:get', webContents, mainFrame, { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('refuses other senders: another window, a subframe, another page, a gone frame', async () => {
    const { invoke, webContents, mainFrame } = fakes();
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    const otherContents = { mainFrame: { url: APP_URL } };
    expect(await invoke('lab:app:info', otherContents, otherContents.mainFrame)).toMatchObject(
      forbidden,
    );
    expect(await invoke('lab:app:info', webContents, { url: APP_URL })).toMatchObject(forbidden);
    expect(await invoke('lab:app:info', webContents, null)).toMatchObject(forbidden);
    mainFrame.url = 'https://evil.example/';
    expect(await invoke('lab:app:info', webContents, mainFrame)).toMatchObject(forbidden);
    mainFrame.url = 'file:///tmp/other.html';
    expect(await invoke('lab:app:info', webContents, mainFrame)).toMatchObject(forbidden);
  });

  it('forwards events to the window, and stops when the window closes', () => {
    const { events, webContents, channels, onClosed } = fakes();
    events.emit('runs:progress', { experimentId: 1, epochs: [], batch: null, at: 5 });
    expect(webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'runs:progress', {
      experimentId: 1,
      epochs: [],
      batch: null,
      at: 5,
    });
    for (const listener of onClosed) listener();
    events.emit('runs:status', { experimentId: 1, status: 'done' });
    expect(webContents.send).toHaveBeenCalledTimes(1);
    expect(channels.size).toBe(0);
  });
});

describe('appUrlChecker', () => {
  it('accepts the app’s own pages on app://lab or the dev server’s origin only', () => {
    const app = appUrlChecker(APP_URL);
    expect(app(`${APP_URL}#/runs`)).toBe(true);
    expect(app('app://lab/other.html')).toBe(true);
    expect(app('app://evil/index.html')).toBe(false);
    expect(app('file:///opt/neuron-lab/out/renderer/index.html')).toBe(false);
    expect(app('http://localhost:5173/')).toBe(false);
    expect(app('not a url')).toBe(false);
    const dev = appUrlChecker('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html?x=1')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev(APP_URL)).toBe(false);
    // a file URL has no host: it never stands for the app
    expect(appUrlChecker('file:///opt/x/index.html')('file:///opt/x/index.html')).toBe(false);
  });
});
