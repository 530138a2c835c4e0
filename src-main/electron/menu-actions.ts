/**
 * What the menu's items do in the running app: native open and save dialogs, the database
 * backup (the store's `backupTo`), the logs folder, and commands for the page. Electron's
 * objects are passed in, so tests drive it with recording stand-ins.
 */
import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import path from 'node:path';
import type { AppCommand } from '../contract/app-command';
import type { BackupResult } from '../store/backup';
import type { Logger } from '../logging/file-logger';
import type { MenuActions } from './app-menu';
import type { Translate } from './main-messages';
import type { FileOpener } from './open-files';
import type { RecentFiles } from './recent-files';

/** The data files the importer reads (the Data view's list, src-renderer/data/file-reading.ts). */
export const DATA_EXTENSIONS = ['csv', 'tsv', 'txt', 'json', 'xlsx', 'arff'];

export interface MenuActionDeps {
  app: Pick<App, 'showAboutPanel' | 'getPath'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openPath'>;
  /** the lab's window, when there is one */
  window: () => BrowserWindow | undefined;
  send: (command: AppCommand) => void;
  opener: FileOpener;
  recent: RecentFiles;
  backupTo: (file: string) => Promise<BackupResult>;
  log: Logger;
  t: Translate;
  onRecentChanged: () => void;
  now?: () => Date;
}

async function pickFile(deps: MenuActionDeps, name: string, extensions: string[]) {
  const options = {
    properties: ['openFile'] as Array<'openFile'>,
    filters: [
      { name, extensions },
      { name: deps.t('allFiles'), extensions: ['*'] },
    ],
  };
  const window = deps.window();
  const answer = window
    ? await deps.dialog.showOpenDialog(window, options)
    : await deps.dialog.showOpenDialog(options);
  return answer.canceled ? undefined : answer.filePaths[0];
}

async function message(deps: MenuActionDeps, type: 'info' | 'error', text: string) {
  const window = deps.window();
  const options = { type, message: text, buttons: ['OK'] };
  await (window
    ? deps.dialog.showMessageBox(window, options)
    : deps.dialog.showMessageBox(options));
}

async function backup(deps: MenuActionDeps): Promise<void> {
  const day = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
  const options = {
    defaultPath: path.join(deps.app.getPath('documents'), `neuron-lab-backup-${day}.db`),
    filters: [{ name: deps.t('backupFiles'), extensions: ['db', 'sqlite'] }],
  };
  const window = deps.window();
  const answer = window
    ? await deps.dialog.showSaveDialog(window, options)
    : await deps.dialog.showSaveDialog(options);
  if (answer.canceled || !answer.filePath) return;
  try {
    const done = await deps.backupTo(answer.filePath);
    const size = `${(done.bytes / 2 ** 20).toFixed(1)} MiB`;
    deps.log.info(`database backed up to ${done.file} (${done.bytes} bytes)`);
    await message(deps, 'info', deps.t('backupDone', { file: done.file, size }));
  } catch (error) {
    deps.log.error(`backup to ${answer.filePath} failed`, error);
    const reason = error instanceof Error ? error.message : String(error);
    await message(deps, 'error', deps.t('backupFailed', { reason }));
  }
}

/** A file the app saved, opened in the system's application for it (a folder: its window). */
async function openSaved(deps: MenuActionDeps, file: string): Promise<void> {
  const error = await deps.shell.openPath(file);
  if (!error) return;
  deps.log.warn(`${file} could not be opened: ${error}`);
  await message(deps, 'error', deps.t('openFailed', { file, reason: error }));
}

/**
 * File ▸ Open Lesson…: the native open dialog, then the chosen lesson opened in the page (and
 * added to File ▸ Open Recent). Also what the Labs view's "Choose a lesson file…" asks for
 * (`lessons:openDialog`, lesson-dialog.ts).
 * @returns the file chosen, or undefined when the person cancelled
 */
export async function openLessonByDialog(deps: MenuActionDeps): Promise<string | undefined> {
  const file = await pickFile(deps, deps.t('lessonFiles'), ['nnlab']);
  if (file) await deps.opener.open(file, 'lesson');
  return file;
}

/** The menu's actions. */
export function menuActions(deps: MenuActionDeps): MenuActions {
  const { t, send, opener } = deps;
  // Edit ▸ Undo/Redo: a focused text field's own history (the page's editing), and the open
  // editor's (the page applies the command only when no text field has the focus)
  const history = (command: 'undo' | 'redo') => {
    const contents = deps.window()?.webContents;
    if (command === 'undo') contents?.undo();
    else contents?.redo();
    send({ command });
  };
  return {
    openLesson: async () => void (await openLessonByDialog(deps)),
    importData: async () => {
      const file = await pickFile(deps, t('dataFiles'), DATA_EXTENSIONS);
      if (file) await opener.open(file, 'data');
    },
    export: () => send({ command: 'export' }),
    backup: () => void backup(deps),
    openRecent: (entry) =>
      void (entry.kind === 'saved'
        ? openSaved(deps, entry.path)
        : opener.open(entry.path, entry.kind)),
    clearRecent: async () => {
      await deps.recent.clear();
      deps.onRecentChanged();
    },
    undo: () => history('undo'),
    redo: () => history('redo'),
    showView: (view) => send({ command: 'show-view', view }),
    showShortcuts: () => send({ command: 'show-shortcuts' }),
    showLogs: async () => {
      const error = await deps.shell.openPath(deps.log.folder);
      if (error) {
        deps.log.warn(`the logs folder ${deps.log.folder} could not be opened: ${error}`);
        await message(deps, 'error', `${deps.log.folder}: ${error}`);
      }
    },
    about: () => deps.app.showAboutPanel(),
  };
}
