/**
 * The application menu: File (open a lesson, import data, export, back up the database, open
 * recent, quit), Edit (undo and redo reach the open editor's history too), View (the six views
 * on Ctrl/Cmd+1…6, reload, zoom, full screen; developer tools in development only), Window
 * and Help (shortcuts, logs, about). A plain template in the app's language (electron's types
 * only), so it is tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { APP_VIEWS, type AppView } from '../contract/app-command';
import type { Translate } from './main-messages';
import type { RecentEntry } from './recent-files';

/** What the menu's own items do (main.ts wires them). */
export interface MenuActions {
  openLesson(): void;
  importData(): void;
  export(): void;
  backup(): void;
  openRecent(entry: RecentEntry): void;
  clearRecent(): void;
  undo(): void;
  redo(): void;
  showView(view: AppView): void;
  showShortcuts(): void;
  showLogs(): void;
  about(): void;
}

export interface MenuOptions {
  /** development build: adds Force Reload and the developer tools */
  isDev: boolean;
  /** macOS: the first menu is the app's own */
  isMac: boolean;
  appName: string;
  t: Translate;
  recent: readonly RecentEntry[];
  actions: MenuActions;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

function recentMenu({ t, recent, actions }: MenuOptions): Item[] {
  if (recent.length === 0) return [{ label: t('noRecent'), enabled: false }];
  return [
    ...recent.map((entry): Item => {
      const name = path.basename(entry.path);
      return {
        label: entry.missing ? t('missing', { name }) : name,
        toolTip: entry.path,
        click: () => actions.openRecent(entry),
      };
    }),
    separator,
    { label: t('clearRecent'), click: () => actions.clearRecent() },
  ];
}

function fileMenu(options: MenuOptions): Item {
  const { t, actions, isMac } = options;
  return {
    label: t('file'),
    submenu: [
      { label: t('openLesson'), accelerator: 'CmdOrCtrl+O', click: () => actions.openLesson() },
      { label: t('importData'), accelerator: 'CmdOrCtrl+I', click: () => actions.importData() },
      { label: t('openRecent'), submenu: recentMenu(options) },
      separator,
      { label: t('export'), accelerator: 'CmdOrCtrl+E', click: () => actions.export() },
      { label: t('backup'), click: () => actions.backup() },
      ...(isMac ? [] : [separator, { label: t('quit'), role: 'quit' } satisfies Item]),
    ],
  };
}

function editMenu({ t, actions, isMac }: MenuOptions): Item {
  return {
    label: t('edit'),
    submenu: [
      // not the plain roles: a role reaches text fields only, and the designer keeps a history
      { label: t('undo'), accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
      {
        label: t('redo'),
        accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
        click: () => actions.redo(),
      },
      separator,
      { label: t('cut'), role: 'cut' },
      { label: t('copy'), role: 'copy' },
      { label: t('paste'), role: 'paste' },
      { label: t('selectAll'), role: 'selectAll' },
    ],
  };
}

function viewMenu({ t, actions, isDev }: MenuOptions): Item {
  return {
    label: t('view'),
    submenu: [
      ...APP_VIEWS.map((view, i): Item => ({
        label: t(view),
        accelerator: `CmdOrCtrl+${i + 1}`,
        click: () => actions.showView(view),
      })),
      separator,
      { label: t('reload'), role: 'reload' },
      ...(isDev
        ? ([
            { label: t('forceReload'), role: 'forceReload' },
            { label: t('devTools'), role: 'toggleDevTools' },
          ] satisfies Item[])
        : []),
      separator,
      { label: t('resetZoom'), role: 'resetZoom' },
      { label: t('zoomIn'), role: 'zoomIn' },
      { label: t('zoomOut'), role: 'zoomOut' },
      separator,
      { label: t('fullScreen'), role: 'togglefullscreen' },
    ],
  };
}

/** The menu as Electron's template. */
export function appMenuTemplate(options: MenuOptions): Item[] {
  const { t, actions, isMac, appName } = options;
  const about: Item = { label: t('about', { app: appName }), click: () => actions.about() };
  const appMenu: Item = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { label: t('quit'), role: 'quit' },
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    fileMenu(options),
    editMenu(options),
    viewMenu(options),
    { label: t('window'), role: 'windowMenu' },
    {
      label: t('help'),
      role: 'help',
      submenu: [
        { label: t('shortcuts'), click: () => actions.showShortcuts() },
        { label: t('showLogs'), click: () => actions.showLogs() },
        ...(isMac ? [] : [separator, about]),
      ],
    },
  ];
}
