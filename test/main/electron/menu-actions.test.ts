import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../../src-main/contract/app-command';
import { translator } from '../../../src-main/electron/main-messages';
import { menuActions, type MenuActionDeps } from '../../../src-main/electron/menu-actions';

function setup(overrides: Partial<MenuActionDeps> = {}) {
  const sent: AppCommand[] = [];
  const webContents = { undo: vi.fn(), redo: vi.fn() };
  const deps = {
    app: { showAboutPanel: vi.fn(), getPath: (name: string) => `/home/t/${name}` },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/l/intro.nnlab'] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/b/backup.db' })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    },
    shell: { openPath: vi.fn(async () => '') },
    window: () => ({ webContents }) as never,
    send: (c: AppCommand) => sent.push(c),
    opener: { open: vi.fn(async () => undefined) },
    recent: { clear: vi.fn(async () => undefined) },
    backupTo: vi.fn(async (file: string) => ({ file, bytes: 3 * 2 ** 20 })),
    log: {
      info: vi.fn(),
      warn: vi.fn(),
      error: vi.fn(),
      file: '/d/logs/main.log',
      folder: '/d/logs',
    },
    t: translator('en'),
    onRecentChanged: vi.fn(),
    now: () => new Date('2026-12-03T12:00:00Z'),
  };
  const actions = menuActions({ ...(deps as unknown as MenuActionDeps), ...overrides });
  return { actions, deps, sent, webContents };
}

const messages = (deps: ReturnType<typeof setup>['deps']) =>
  deps.dialog.showMessageBox.mock.calls.map(
    (c) => ((c as unknown[]).at(-1) as { message: string }).message,
  );

describe('menuActions', () => {
  it('opens a recent lesson in the lab and a saved file in the system’s application', async () => {
    const { actions, deps } = setup();
    actions.openRecent({ path: '/l/a.nnlab', kind: 'lesson', openedAt: '', missing: false });
    expect(deps.opener.open).toHaveBeenCalledWith('/l/a.nnlab', 'lesson');
    actions.openRecent({ path: '/d/loss.png', kind: 'saved', openedAt: '', missing: false });
    await vi.waitFor(() => expect(deps.shell.openPath).toHaveBeenCalledWith('/d/loss.png'));
    expect(deps.opener.open).toHaveBeenCalledTimes(1);
    deps.shell.openPath.mockResolvedValueOnce('No application knows .png');
    actions.openRecent({ path: '/d/b.png', kind: 'saved', openedAt: '', missing: false });
    await vi.waitFor(() =>
      expect(messages(deps)).toContain('/d/b.png could not be opened: No application knows .png'),
    );
  });

  it('opens a lesson or a data file chosen in the native dialog', async () => {
    const { actions, deps } = setup();
    await actions.openLesson();
    expect(deps.dialog.showOpenDialog.mock.calls[0].at(-1)).toMatchObject({
      filters: [{ name: 'Neuron Lab lessons', extensions: ['nnlab'] }, expect.anything()],
    });
    expect(deps.opener.open).toHaveBeenCalledWith('/l/intro.nnlab', 'lesson');
    await actions.importData();
    expect(deps.opener.open).toHaveBeenLastCalledWith('/l/intro.nnlab', 'data');
  });

  it('backs the database up with backupTo and says where and how big', async () => {
    const { actions, deps } = setup();
    await actions.backup();
    await vi.waitFor(() => expect(deps.dialog.showMessageBox).toHaveBeenCalled());
    expect(deps.dialog.showSaveDialog.mock.calls[0].at(-1)).toMatchObject({
      defaultPath: '/home/t/documents/neuron-lab-backup-2026-12-03.db',
    });
    expect(deps.backupTo).toHaveBeenCalledWith('/b/backup.db');
    expect(messages(deps)).toEqual(['The database was backed up to /b/backup.db (3.0 MiB).']);
  });

  it('says why a backup failed, and logs it', async () => {
    const { actions, deps } = setup({
      backupTo: vi.fn(async () => {
        throw new Error('cannot back up the database onto itself');
      }),
    });
    await actions.backup();
    await vi.waitFor(() => expect(deps.dialog.showMessageBox).toHaveBeenCalled());
    expect(messages(deps)).toEqual([
      'The database could not be backed up: cannot back up the database onto itself',
    ]);
    expect(deps.log.error).toHaveBeenCalled();
  });

  it('undo and redo reach both the text field (the page’s editing) and the editor', () => {
    const { actions, sent, webContents } = setup();
    actions.undo();
    actions.redo();
    expect(webContents.undo).toHaveBeenCalledTimes(1);
    expect(webContents.redo).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([{ command: 'undo' }, { command: 'redo' }]);
  });

  it('shows views, the shortcuts and the export choices through page commands', () => {
    const { actions, sent } = setup();
    actions.showView('train');
    actions.showShortcuts();
    actions.export();
    expect(sent).toEqual([
      { command: 'show-view', view: 'train' },
      { command: 'show-shortcuts' },
      { command: 'export' },
    ]);
  });

  it('opens the logs folder, and says so when it cannot', async () => {
    const { actions, deps } = setup();
    await actions.showLogs();
    expect(deps.shell.openPath).toHaveBeenCalledWith('/d/logs');
    expect(deps.dialog.showMessageBox).not.toHaveBeenCalled();
    deps.shell.openPath.mockResolvedValueOnce('no file manager');
    await actions.showLogs();
    expect(messages(deps)).toEqual(['/d/logs: no file manager']);
    expect(deps.log.warn).toHaveBeenCalled();
  });
});
