// The Electron main process as a whole, with the `electron` module replaced by a recording
// stand-in (electron-stand-in.ts): what it registers, the window it opens, how it answers
// foreign frames, navigation, opened lessons, crashes, and what it remembers.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, EVENT_CHANNEL, callChannel } from '../../../src-main/contract/names';
import { APP_SCHEME_PRIVILEGES } from '../../../src-main/electron/app-protocol';
import { electronStandIn, FakeBrowserWindow, USER_DATA } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

const { app, ipcMain, dialog, Menu, protocol, session } = electronStandIn;
const processHandlers = new Map<string, (...args: unknown[]) => void>();
let window: FakeBrowserWindow;

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));
/** a state file, once main has written it (atomic writes sync to disk: slow under load) */
const written = (name: string) =>
  vi.waitFor(() => JSON.parse(readFileSync(join(USER_DATA, name), 'utf8')), { timeout: 5000 });

beforeAll(async () => {
  vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
  // keep the host's process-wide handlers out of the test runner, but record them
  const realOn = process.on.bind(process);
  vi.spyOn(process, 'on').mockImplementation(((event: string, listener: never) => {
    if (event === 'uncaughtException' || event === 'unhandledRejection') {
      processHandlers.set(event, listener);
      return process;
    }
    return realOn(event, listener);
  }) as typeof process.on);
  await import('../../../src-main/electron/main');
  await flush();
  window = FakeBrowserWindow.windows[0];
}, 60_000); // the first import compiles the whole main process

afterAll(() => {
  app.emit('will-quit');
  vi.restoreAllMocks();
});

const invoke = (name: (typeof CALL_NAMES)[number], sender: unknown, frame: unknown) =>
  ipcMain.channels.get(callChannel(name))!({ sender, senderFrame: frame } as never, {} as never);

describe('the Electron main process', () => {
  it('takes the single-instance lock, sandboxes every renderer and registers app://', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('registers every call of the contract on ipcMain, and nothing else', () => {
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(CALL_NAMES.map(callChannel).sort());
  });

  it('answers its own window’s page and refuses a foreign frame', async () => {
    const own = await invoke('app:info', window.webContents, window.webContents.mainFrame);
    expect(own).toMatchObject({ ok: true, value: { host: 'electron', dataDir: USER_DATA } });
    const subframe = { url: 'app://lab/index.html' };
    expect(await invoke('app:info', window.webContents, subframe)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const stranger = { mainFrame: { url: 'https://evil.example/' } };
    expect(await invoke('app:info', stranger, stranger.mainFrame)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('opens one hardened window on app://lab at the remembered size', () => {
    expect(FakeBrowserWindow.windows).toHaveLength(1);
    expect(window.options).toMatchObject({
      width: 1280,
      height: 820,
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://lab/index.html');
  });

  it('refuses every permission, navigation, redirect, webview and new window', () => {
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0][0] as (
      ...a: unknown[]
    ) => void;
    const answer = vi.fn();
    request({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    const contents = new FakeBrowserWindow({}).webContents;
    FakeBrowserWindow.windows.pop();
    app.emit('web-contents-created', {}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      contents.emit(event, e);
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('sets the menu with File, Edit, View, Window and Help', () => {
    const [{ template }] = Menu.setApplicationMenu.mock.calls.at(-1) as [
      { template: { label: string }[] },
    ];
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it('rebuilds the menu in Spanish when settings.json says so', async () => {
    writeFileSync(join(USER_DATA, 'settings.json'), JSON.stringify({ language: 'es' }));
    await vi.waitFor(() => {
      const [{ template }] = Menu.setApplicationMenu.mock.calls.at(-1) as [
        { template: { label: string }[] },
      ];
      expect(template[0].label).toBe('&Archivo');
    });
    writeFileSync(join(USER_DATA, 'settings.json'), JSON.stringify({ language: 'en' }));
    await vi.waitFor(() => {
      const [{ template }] = Menu.setApplicationMenu.mock.calls.at(-1) as [
        { template: { label: string }[] },
      ];
      expect(template[0].label).toBe('&File');
    });
  });

  it('opens a lesson a second start was given, once the page is ready, and remembers it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neuron-lesson-'));
    writeFileSync(join(folder, 'intro.nnlab'), '{"format":"x"}');
    window.webContents.emit('did-finish-load');
    await flush();
    app.emit('second-instance', {}, ['/usr/bin/neuron-lab', '--flag', 'intro.nnlab'], folder);
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalled());
    expect(window.focus).toHaveBeenCalled();
    const sent = window.webContents.send.mock.calls.filter(([, name]) => name === 'app:command');
    expect(sent.at(-1)).toEqual([
      EVENT_CHANNEL,
      'app:command',
      {
        command: 'open-lesson',
        fileName: 'intro.nnlab',
        bytes: new Uint8Array(Buffer.from('{"format":"x"}')),
      },
    ]);
    const recent = await written('recent-files.json');
    expect(recent[0]).toMatchObject({ path: join(folder, 'intro.nnlab'), kind: 'lesson' });
  });

  it('opens a lesson macOS sends with open-file, and reports a missing one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neuron-lesson-'));
    writeFileSync(join(folder, 'b.nnlab'), '{}');
    const event = { preventDefault: vi.fn() };
    const sentBefore = window.webContents.send.mock.calls.length;
    app.emit('open-file', event, join(folder, 'b.nnlab'));
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledTimes(sentBefore + 1));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send.mock.calls.at(-1)?.[2]).toMatchObject({ fileName: 'b.nnlab' });
    dialog.showMessageBox.mockClear();
    app.emit('open-file', event, join(folder, 'gone.nnlab'));
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(dialog.showMessageBox.mock.calls[0])).toContain(
      'gone.nnlab is no longer there',
    );
  });

  it('opens a lesson through the native dialog for the Labs view, remembering its path', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'neuron-lesson-')), 'week-4.nnlab');
    writeFileSync(file, '{}');
    const channel = ipcMain.channels.get(callChannel('lessons:openDialog'))!;
    const own = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    dialog.showOpenDialog.mockClear();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await channel(own as never, {} as never)).toEqual({ ok: true, value: { opened: file } });
    expect(JSON.stringify(dialog.showOpenDialog.mock.calls[0])).toContain('"nnlab"');
    expect(window.webContents.send.mock.calls.at(-1)?.[2]).toMatchObject({
      command: 'open-lesson',
      fileName: 'week-4.nnlab',
    });
    await vi.waitFor(async () =>
      expect((await written('recent-files.json'))[0]).toMatchObject({ path: file, kind: 'lesson' }),
    );
    // cancelled, a malformed request, a foreign frame: nothing opens
    expect(await channel(own as never, {} as never)).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await channel(own as never, { path: '/etc/passwd' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const stranger = { mainFrame: { url: 'https://evil.example/' } };
    const foreign = { sender: stranger, senderFrame: stranger.mainFrame };
    expect(await channel(foreign as never, {} as never)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledTimes(2);
  });

  it('answers a renderer crash with a message, a reload, and a line in the log', async () => {
    dialog.showMessageBox.mockClear();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalled());
    const [, options] = dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      { buttons: string[]; message: string },
    ];
    expect(options.buttons).toEqual(['Reload', 'Quit']);
    expect(options.message).toContain('crashed');
    expect(window.webContents.reload).toHaveBeenCalled();
    const log = readFileSync(join(USER_DATA, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('[error] renderer gone: crashed (exit code 11)');
  });

  it('saves an export through the native save dialog and answers with the path', async () => {
    const frame = window.webContents.mainFrame;
    const call = (name: string, request: unknown) =>
      ipcMain.channels.get(`lab:${name}`)!(
        { sender: window.webContents, senderFrame: frame } as never,
        request as never,
      ) as Promise<{ ok: boolean; value: { id: number; files: unknown[]; saved: unknown } }>;
    const made = await call('datasets:generate', { name: 'circle', params: { count: 50 } });
    expect(made.ok).toBe(true);
    const target = join(mkdtempSync(join(tmpdir(), 'neuron-export-')), 'circle.csv');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const answer = await call('export:dataset', { id: made.value.id });
    expect(answer).toEqual({ ok: true, value: { files: [], saved: { saved: [target] } } });
    expect(readFileSync(target, 'utf8').split('\n').length).toBeGreaterThan(50);
    expect(await call('export:dataset', { id: made.value.id })).toEqual({
      ok: true,
      value: { files: [], saved: { cancelled: true } },
    });
  });

  it('saves the lesson file and the progress report through the native dialogs', async () => {
    const call = (name: string, request: unknown) =>
      ipcMain.channels.get(`lab:${name}`)!(
        { sender: window.webContents, senderFrame: window.webContents.mainFrame } as never,
        request as never,
      ) as Promise<{ ok: boolean; value: Record<string, unknown> & { id: number } }>;
    const folder = mkdtempSync(join(tmpdir(), 'neuron-lesson-'));
    const made = await call('datasets:generate', { name: 'xor', params: {} });
    const lessonPath = join(folder, 'week-3.nnlab');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: lessonPath });
    const request = { title: 'Week 3', labIds: [], datasetIds: [made.value.id], designIds: [] };
    expect(await call('lessons:export', request)).toEqual({
      ok: true,
      value: { files: [], saved: { saved: [lessonPath] } },
    });
    expect(JSON.parse(readFileSync(lessonPath, 'utf8'))).toMatchObject({ title: 'Week 3' });

    // the report's HTML and Markdown go into one chosen folder
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const report = await call('progress:report', { studentName: 'Ana' });
    expect(report.value).toMatchObject({ done: 0, total: 0, files: [] });
    const saved = (report.value.saved as { saved: string[] }).saved;
    expect(saved.map((p) => p.slice(folder.length + 1))).toEqual([
      expect.stringMatching(/^lab-report-\d{4}-\d{2}-\d{2}-ana\.html$/),
      expect.stringMatching(/^lab-report-\d{4}-\d{2}-\d{2}-ana\.md$/),
    ]);
    expect(readFileSync(saved[0], 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('saves a chart picture through the native save dialog, for its own window only', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const request = { name: 'loss', format: 'png', bytes: png };
    const channel = ipcMain.channels.get('lab:export:chart')!;
    const target = join(mkdtempSync(join(tmpdir(), 'neuron-chart-')), 'my-loss.png');
    dialog.showSaveDialog.mockClear();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const own = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await channel(own as never, request as never)).toEqual({
      ok: true,
      value: { files: [], saved: { saved: [target] } },
    });
    const [, options] = dialog.showSaveDialog.mock.calls[0] as unknown as [
      unknown,
      { defaultPath: string; filters: { extensions: string[] }[] },
    ];
    expect(options.defaultPath).toMatch(/loss\.png$/);
    expect(options.filters[0].extensions).toEqual(['png']);
    expect(new Uint8Array(readFileSync(target))).toEqual(png);
    // what was saved joins File ▸ Open Recent
    await vi.waitFor(async () =>
      expect((await written('recent-files.json'))[0]).toMatchObject({
        path: target,
        kind: 'saved',
      }),
    );
    const stranger = { mainFrame: { url: 'https://evil.example/' } };
    expect(
      await channel(
        { sender: stranger, senderFrame: stranger.mainFrame } as never,
        request as never,
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('logs an uncaught error and trainers that did not end cleanly', () => {
    processHandlers.get('uncaughtException')!(new Error('main broke'));
    expect(dialog.showErrorBox).toHaveBeenCalled();
    app.emit(
      'child-process-gone',
      {},
      { type: 'Utility', reason: 'oom', exitCode: 9, serviceName: 'Neuron Lab trainer' },
    );
    const log = readFileSync(join(USER_DATA, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('uncaught exception in the main process: Error: main broke');
    expect(log).toContain('Neuron Lab trainer process ended: oom (exit code 9)');
  });

  it('saves the window’s bounds and maximized state when it closes', async () => {
    window.maximized = true;
    window.emit('close');
    const saved = await written('window-state.json');
    expect(saved).toEqual({ x: 10, y: 20, width: 1280, height: 820, maximized: true });
    expect(existsSync(join(USER_DATA, 'logs', 'main.log'))).toBe(true);
  });
});
