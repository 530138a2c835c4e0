/**
 * The application menu: the usual editing and window shortcuts, zoom and full screen, reload
 * only in development, and an About item. A plain template (electron's types only), so it is
 * tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** development build: adds Reload and the developer tools */
  isDev: boolean;
  /** macOS: the first menu is the app's own */
  isMac: boolean;
  appName: string;
  /** shows the About panel */
  onAbout: () => void;
}

/** The menu as Electron's template. */
export function appMenuTemplate({
  isDev,
  isMac,
  appName,
  onAbout,
}: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: onAbout };
  return [
    ...(isMac
      ? [
          {
            label: appName,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ] satisfies MenuItemConstructorOptions[],
          },
        ]
      : [{ label: '&File', submenu: [{ role: 'quit' }] satisfies MenuItemConstructorOptions[] }]),
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(isDev
          ? ([
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [about] },
  ];
}
