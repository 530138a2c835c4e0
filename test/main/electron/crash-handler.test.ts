import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { watchRenderer } from '../../../src-main/electron/crash-handler';
import { translator } from '../../../src-main/electron/main-messages';

function setup(response: number) {
  const webContents = Object.assign(new EventEmitter(), { reload: vi.fn() });
  const window = Object.assign(new EventEmitter(), { webContents, isDestroyed: () => false });
  const dialog = { showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })) };
  const log = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), file: '/data/logs/main.log' };
  const quit = vi.fn();
  watchRenderer(window as never, { dialog, log, t: translator('en'), quit });
  const options = () =>
    (dialog.showMessageBox.mock.calls[0] as unknown as [unknown, Record<string, unknown>])[1];
  return { window, webContents, dialog, log, quit, options };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('watchRenderer', () => {
  it('offers Reload or Quit when the page crashes, naming the log', async () => {
    const reload = setup(0);
    reload.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await settle();
    expect(reload.options()).toMatchObject({
      buttons: ['Reload', 'Quit'],
      detail: 'Details are in the log: /data/logs/main.log',
    });
    expect(reload.webContents.reload).toHaveBeenCalled();
    expect(reload.log.error).toHaveBeenCalledWith('renderer gone: oom (exit code 1)');
    const quit = setup(1);
    quit.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 2 });
    await settle();
    expect(quit.quit).toHaveBeenCalled();
    expect(quit.webContents.reload).not.toHaveBeenCalled();
  });

  it('logs a clean exit without a message', async () => {
    const s = setup(0);
    s.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await settle();
    expect(s.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(s.log.error).toHaveBeenCalled();
  });

  it('lets a hung page be waited for, reloaded or quit, asking once at a time', async () => {
    const wait = setup(0);
    wait.window.emit('unresponsive');
    wait.window.emit('unresponsive');
    await settle();
    expect(wait.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(wait.options().buttons).toEqual(['Wait', 'Reload', 'Quit']);
    expect(wait.webContents.reload).not.toHaveBeenCalled();
    expect(wait.quit).not.toHaveBeenCalled();
    const reload = setup(1);
    reload.window.emit('unresponsive');
    await settle();
    expect(reload.webContents.reload).toHaveBeenCalled();
    reload.window.emit('responsive');
    expect(reload.log.info).toHaveBeenCalledWith('renderer responding again');
  });
});
