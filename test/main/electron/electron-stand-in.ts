/**
 * A recording stand-in for the `electron` module (the binary cannot run here): app, windows,
 * ipcMain, menus, dialogs, shell, protocol, session, screen and utilityProcess keep what the
 * main process asked of them, and emit the events a test fires. Used with
 * `vi.mock('electron', () => electronStandIn)`.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

class FakeWebContents extends EventEmitter {
  readonly mainFrame = { url: '' };
  readonly send = vi.fn();
  readonly reload = vi.fn();
  readonly undo = vi.fn();
  readonly redo = vi.fn();
  windowOpenHandler: (() => { action: string }) | undefined;
  setWindowOpenHandler(handler: () => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly windows: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.windows.filter((w) => !w.destroyed);
  readonly webContents = new FakeWebContents();
  destroyed = false;
  maximized = false;
  readonly maximize = vi.fn(() => (this.maximized = true));
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.windows.push(this);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  isMaximized = () => this.maximized;
  getNormalBounds = () => ({
    x: (this.options.x as number) ?? 10,
    y: (this.options.y as number) ?? 20,
    width: this.options.width as number,
    height: this.options.height as number,
  });
  destroy() {
    this.destroyed = true;
    this.emit('closed');
  }
}

const userData = mkdtempSync(join(tmpdir(), 'neuron-electron-'));

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly quit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAboutPanelOptions = vi.fn();
  readonly showAboutPanel = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(() => Promise.resolve());
  getPath = (name: string) => (name === 'userData' ? userData : join(userData, name));
  getAppPath = () => userData;
}

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

export const electronStandIn = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    channels: new Map<string, Listener>(),
    handle: vi.fn(function (this: void, channel: string, listener: Listener) {
      electronStandIn.ipcMain.channels.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => electronStandIn.ipcMain.channels.delete(channel)),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  dialog: {
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
  },
  shell: { openPath: vi.fn(async () => '') },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    fromPartition: vi.fn(),
  },
  screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
  utilityProcess: { fork: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn() },
};

export const USER_DATA = userData;
