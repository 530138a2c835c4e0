// Electron host: one hardened window showing the renderer, the contract served over IPC
// (register-ipc.ts), the application menu. Services stay Electron-free; this folder is the
// only place that imports electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createEventHub, type LabEventSource, type LabHandlers } from '../contract/handlers';
import { labHandlers } from '../lab/handlers/lab-handlers';
import { openLab, type Lab } from '../lab/lab';
import { SettingsService } from '../settings/settings-service';
import { useSqliteBinding } from '../store/sqlite-binding';
import { appMenuTemplate } from './app-menu';
import { electronPdfPrinter } from './print-pdf';
import { appUrlChecker, registerIpc } from './register-ipc';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol';
import { rendererSource } from './renderer-source';
import { labWindowOptions } from './window-options';
import { TrainerExits } from './trainer-exits';
import { utilityLauncher } from './utility-launcher';

const RENDERER_DIR = path.join(import.meta.dirname, '..', 'renderer');
/** The built renderer on app://lab/, or the dev server in development only. */
const SOURCE = rendererSource({ isPackaged: app.isPackaged, env: process.env });

// Before the app is ready: app:// is a standard, secure scheme (relative URLs, CSP 'self').
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

/** How trainers ended, as Electron reports it (matched to their exits by utilityLauncher). */
const trainerExits = new TrainerExits();
app.on('child-process-gone', (_event, details) => trainerExits.note(details));

/** The lab's services, with trainers as utility processes and the data in userData. */
function startLab(events: ReturnType<typeof createEventHub>): { lab: Lab; handlers: LabHandlers } {
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
  const lab = openLab({
    dataDir,
    settings,
    resourcesDir: app.isPackaged ? process.resourcesPath : undefined,
    launcher: utilityLauncher(path.join(import.meta.dirname, 'trainer.js'), trainerExits),
    events,
    appVersion: __APP_VERSION__,
  });
  return {
    lab,
    handlers: labHandlers(
      lab,
      events,
      { version: __APP_VERSION__, dataDir, host: 'electron' },
      { printPdf: electronPdfPrinter },
    ),
  };
}

/** The hardened main window (window-options.ts), showing SOURCE. */
function createWindow(handlers: LabHandlers, events: LabEventSource): BrowserWindow {
  const window = new BrowserWindow(labWindowOptions(import.meta.dirname));
  window.once('ready-to-show', () => window.show());
  registerIpc(handlers, window, { ipcMain, isAppUrl: appUrlChecker(SOURCE.url), events });
  void window.loadURL(SOURCE.url);
  return window;
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

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  void app.whenReady().then(() => {
    // The lab needs no camera, microphone, notifications or any other permission.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);
    protocol.handle(APP_SCHEME, appProtocolHandler(RENDERER_DIR));

    app.setAboutPanelOptions({
      applicationName: 'Neuron Lab',
      applicationVersion: __APP_VERSION__,
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          isDev: SOURCE.isDev,
          isMac: process.platform === 'darwin',
          appName: 'Neuron Lab',
          onAbout: () => app.showAboutPanel(),
        }),
      ),
    );

    const events = createEventHub();
    let started: ReturnType<typeof startLab>;
    try {
      started = startLab(events);
    } catch (error) {
      // a database that cannot be used says which file and what to do
      dialog.showErrorBox(
        'Neuron Lab cannot start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
      return;
    }
    const { lab, handlers } = started;
    app.once('will-quit', () => lab.close());
    createWindow(handlers, events);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(handlers, events);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
