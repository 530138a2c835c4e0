/**
 * What the desktop app's menus and the operating system (a `.nnlab` double-clicked, File ▸
 * Open Recent) ask the page to do, sent as the `app:command` event. Only the Electron host
 * sends it; in the browser the page's own buttons and shortcuts do the same.
 */

/** The views of the navigation, in the order Ctrl/Cmd+1…6 show them. */
export const APP_VIEWS = ['welcome', 'data', 'design', 'train', 'experiments', 'labs'] as const;
export type AppView = (typeof APP_VIEWS)[number];

/** A file the person chose (menu, file manager, command line), read by main. */
export interface OpenedFile {
  fileName: string;
  bytes: Uint8Array;
}

export type AppCommand =
  /** View ▸ <view> */
  | { command: 'show-view'; view: AppView }
  /** Edit ▸ Undo/Redo chosen outside a text field: the open editor's own history */
  | { command: 'undo' }
  | { command: 'redo' }
  /** a `.nnlab` lesson to inspect and import (the Labs view's "Import lesson…") */
  | ({ command: 'open-lesson' } & OpenedFile)
  /** a data file to import (the Data view's import) */
  | ({ command: 'import-data' } & OpenedFile)
  /** File ▸ Export…: the current view's export choices */
  | { command: 'export' }
  /** Help ▸ Keyboard shortcuts */
  | { command: 'show-shortcuts' };
