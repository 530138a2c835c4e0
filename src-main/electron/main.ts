// Electron host: one hardened window showing the renderer (lab-window.ts), the contract served
// over IPC, the menus, opened files, the log. Services stay Electron-free; this folder is the
// only place that imports electron.
import { app, BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppCommand } from '../contract/app-command';
import { createEventHub, type LabHandlers } from '../contract/handlers';
import type { Services } from '../services/services';
import { startServices } from '../services/start-services';
import { createFileLogger } from '../logging/file-logger';
import { SettingsService } from '../settings/settings-service';
import { useSqliteBinding } from '../store/sqlite-binding';
import { appMenuTemplate } from './app-menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol';
import { dialogSaver, withNativeSaving } from './export-saving';
import { openLabWindow } from './lab-window';
import { settingsTranslator } from './main-messages';
import { withLessonDialog } from './lesson-dialog';
import { menuActions, openLessonByDialog, type MenuActionDeps } from './menu-actions';
import { FileOpener, lessonPathsInArgv } from './open-files';
import { electronPdfPrinter } from './print-pdf';
import { RecentFiles, recentOfSave } from './recent-files';
import { rendererSource } from './renderer-source';
import type { SaveContext } from './save-dialogs';
import { TrainerExits } from './trainer-exits';
import { utilityLauncher } from './utility-launcher';

const MAIN_DIR = import.meta.dirname;
const RENDERER_DIR = path.join(MAIN_DIR, '..', 'renderer');
/** The built renderer on app://lab/, or the dev server in development only. */
const SOURCE = rendererSource({ isPackaged: app.isPackaged, env: process.env });
const DATA_DIR = app.getPath('userData');
const log = createFileLogger({ folder: path.join(DATA_DIR, 'logs') });
log.info(`Neuron Lab ${__APP_VERSION__} starting (Electron ${process.versions.electron})`);
process.on('uncaughtException', (error) => {
  log.error('uncaught exception in the main process', error);
  dialog.showErrorBox('Neuron Lab', `${String(error)}\n\n${log.file}`);
});
process.on('unhandledRejection', (reason) => log.error('unhandled rejection in main', reason));

// Before the app is ready: app:// is a standard, secure scheme (relative URLs, CSP 'self').
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

/** How trainers ended, as Electron reports it (matched to their exits by utilityLauncher). */
const trainerExits = new TrainerExits();
app.on('child-process-gone', (_event, details) => {
  trainerExits.note(details);
  const name = details.serviceName ?? details.name ?? details.type;
  if (details.reason !== 'clean-exit') {
    log.warn(`${name} process ended: ${details.reason} (exit code ${details.exitCode})`);
  }
});

/** The lab's services, with trainers as utility processes and the data in userData. */
function startLab(events: ReturnType<typeof createEventHub>): {
  lab: Services;
  handlers: LabHandlers;
} {
  // settings.json stays in userData; the database lives where the settings say
  const settings = new SettingsService({ folder: app.getPath('userData'), host: 'electron' });
  const dataDir = settings.dataFolder;
  // better-sqlite3 built for this Electron (npm start makes it; see scripts/lib/electron-native.mjs)
  const binding = path.join(
    app.getAppPath(),
    'out',
    'native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  );
  // packaged, the app is an ASAR archive: native modules load from its unpacked twin
  const unpacked = binding.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  useSqliteBinding(existsSync(unpacked) ? unpacked : undefined);
  const { services, handlers } = startServices({
    name: 'electron',
    dataDir,
    settings,
    resourcesDir: app.isPackaged ? process.resourcesPath : undefined,
    launcher: utilityLauncher(path.join(MAIN_DIR, 'trainer.js'), trainerExits),
    events,
    appVersion: __APP_VERSION__,
    printPdf: electronPdfPrinter,
  });
  return { lab: services, handlers };
}

// Every web contents (windows, and anything a bug might create) may not navigate away,
// open windows or attach webviews: the lab is a single page that never leaves itself.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.enableSandbox();

/** Builds the application menu (set once the app is ready). */
let setMenu = () => {};
// menus and dialogs in the app's language, rebuilt when the settings change it
const language = settingsTranslator(DATA_DIR, log, () => setMenu());
const t = language.t;
app.on('will-quit', () => language.close());
const recent = new RecentFiles(DATA_DIR, log);
/** The lab's window (not a hidden one printing a report). */
let mainWindow: BrowserWindow | undefined;
const labWindow = () => (mainWindow?.isDestroyed() === false ? mainWindow : undefined);
const events = createEventHub();
const send = (command: AppCommand) => events.emit('app:command', command);
const ask = async (message: string, buttons: string[]) => {
  const options = { type: 'warning' as const, message, buttons };
  const window = labWindow();
  return (await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)))
    .response;
};
const opener = new FileOpener({ send, recent, log, t, ask, onRecentChanged: () => setMenu() });

// A lesson double-clicked: on the first start it is in our arguments; macOS sends
// `open-file` (also before ready); a second start passes its arguments to this one.
for (const file of lessonPathsInArgv(process.argv, process.cwd())) void opener.open(file, 'lesson');
app.on('open-file', (event, file) => {
  event.preventDefault();
  void opener.open(file, 'lesson');
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const window = labWindow();
    if (window?.isMinimized()) window.restore();
    window?.focus();
    for (const file of lessonPathsInArgv(argv, cwd)) void opener.open(file, 'lesson');
  });
  void app.whenReady().then(ready);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => log.info('Neuron Lab quitting'));
}

function ready(): void {
  // The lab needs no camera, microphone, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, done) => done(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, appProtocolHandler(RENDERER_DIR));
  app.setAboutPanelOptions({ applicationName: 'Neuron Lab', applicationVersion: __APP_VERSION__ });

  let started: ReturnType<typeof startLab>;
  try {
    started = startLab(events);
  } catch (error) {
    // a database that cannot be used says which file and what to do
    log.error('the lab could not start', error);
    dialog.showErrorBox(
      'Neuron Lab cannot start',
      error instanceof Error ? error.message : String(error),
    );
    app.quit();
    return;
  }
  const { lab } = started;
  app.once('will-quit', () => lab.close());
  const saveContext = (): SaveContext => ({
    dialog,
    window: labWindow(),
    defaultFolder: app.getPath('downloads'),
    t,
    log,
  });
  // what the person saved joins File ▸ Open Recent, as what they opened does
  const saver = dialogSaver(lab, saveContext, __APP_VERSION__, (call, paths) => {
    const entry = recentOfSave(call, paths);
    if (entry) void recent.add(entry.path, entry.kind).then(() => setMenu());
  });
  const menuDeps: MenuActionDeps = {
    app,
    dialog,
    shell,
    window: labWindow,
    send,
    opener,
    recent,
    log,
    t,
    backupTo: (file) => lab.store.backupTo(file),
    onRecentChanged: () => setMenu(),
  };
  const actions = menuActions(menuDeps);
  const handlers = withLessonDialog(withNativeSaving(started.handlers, saver), () =>
    openLessonByDialog(menuDeps),
  );
  setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          isDev: SOURCE.isDev,
          isMac: process.platform === 'darwin',
          appName: 'Neuron Lab',
          t,
          recent: recent.list(),
          actions,
        }),
      ),
    );
  setMenu();

  const open = () =>
    (mainWindow = openLabWindow({
      mainDir: MAIN_DIR,
      dataDir: DATA_DIR,
      url: SOURCE.url,
      handlers,
      events,
      opener,
      log,
      t,
      quit: () => app.quit(),
    }));
  open();
  app.on('activate', () => {
    if (!labWindow()) open();
  });
}
