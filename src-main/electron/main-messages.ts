/**
 * The desktop app's own words — menus, native dialogs — in English and Spanish, so that they
 * follow the app's language. The language is read from the settings file another part of the
 * app keeps (`<data folder>/settings.json`, field `language`); read defensively: absent or
 * unreadable means English, and an unknown language is logged.
 */
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/file-logger';

const en = {
  file: '&File',
  openLesson: 'Open Lesson…',
  importData: 'Import Data…',
  export: 'Export…',
  backup: 'Back Up Database…',
  openRecent: 'Open Recent',
  noRecent: 'No recent files',
  missing: '{name} (missing)',
  clearRecent: 'Clear Recent',
  quit: 'Quit',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: '&View',
  welcome: 'Welcome',
  data: 'Data',
  design: 'Design',
  train: 'Train',
  experiments: 'Experiments',
  labs: 'Labs',
  reload: 'Reload',
  forceReload: 'Force Reload',
  devTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  window: '&Window',
  help: '&Help',
  shortcuts: 'Keyboard Shortcuts',
  showLogs: 'Show Logs',
  about: 'About {app}',
  lessonFiles: 'Neuron Lab lessons',
  dataFiles: 'Data files',
  allFiles: 'All files',
  backupFiles: 'SQLite databases',
  backupDone: 'The database was backed up to {file} ({size}).',
  backupFailed: 'The database could not be backed up: {reason}',
  fileMissing: '{file} is no longer there (moved, renamed or deleted).',
  forget: 'Remove from Recent',
  keep: 'Keep',
  openFailed: '{file} could not be opened: {reason}',
  crashTitle: 'The window stopped working',
  crashGone:
    'The lab’s window ended unexpectedly ({reason}). Your saved experiments are safe; a run in progress keeps its last checkpoint.',
  crashHung: 'The lab’s window is not responding. You can wait, reload it, or quit.',
  wait: 'Wait',
  reloadWindow: 'Reload',
  quitApp: 'Quit',
  logsHint: 'Details are in the log: {file}',
  chooseFolder: 'Choose a folder for {count} files',
  saveHere: 'Save Here',
  replaceTitle: 'Replace files?',
  replaceAsk: 'These files already exist in {folder}: {files}. Replace them?',
  replace: 'Replace',
  cancel: 'Cancel',
};

export type MainMessages = typeof en;
export type MainMessageKey = keyof MainMessages;

const es: MainMessages = {
  file: '&Archivo',
  openLesson: 'Abrir lección…',
  importData: 'Importar datos…',
  export: 'Exportar…',
  backup: 'Copia de seguridad de la base de datos…',
  openRecent: 'Abrir reciente',
  noRecent: 'No hay archivos recientes',
  missing: '{name} (no encontrado)',
  clearRecent: 'Borrar recientes',
  quit: 'Salir',
  edit: '&Edición',
  undo: 'Deshacer',
  redo: 'Rehacer',
  cut: 'Cortar',
  copy: 'Copiar',
  paste: 'Pegar',
  selectAll: 'Seleccionar todo',
  view: '&Ver',
  welcome: 'Bienvenida',
  data: 'Datos',
  design: 'Diseño',
  train: 'Entrenar',
  experiments: 'Experimentos',
  labs: 'Prácticas',
  reload: 'Recargar',
  forceReload: 'Forzar recarga',
  devTools: 'Herramientas de desarrollo',
  resetZoom: 'Tamaño real',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fullScreen: 'Pantalla completa',
  window: 'Ve&ntana',
  help: 'A&yuda',
  shortcuts: 'Atajos de teclado',
  showLogs: 'Mostrar registros',
  about: 'Acerca de {app}',
  lessonFiles: 'Lecciones de Neuron Lab',
  dataFiles: 'Archivos de datos',
  allFiles: 'Todos los archivos',
  backupFiles: 'Bases de datos SQLite',
  backupDone: 'Se ha guardado una copia de la base de datos en {file} ({size}).',
  backupFailed: 'No se ha podido copiar la base de datos: {reason}',
  fileMissing: '{file} ya no está ahí (se ha movido, renombrado o borrado).',
  forget: 'Quitar de recientes',
  keep: 'Conservar',
  openFailed: 'No se ha podido abrir {file}: {reason}',
  crashTitle: 'La ventana ha dejado de funcionar',
  crashGone:
    'La ventana del laboratorio se ha cerrado de forma inesperada ({reason}). Los experimentos guardados están a salvo; un entrenamiento en curso conserva su último punto de control.',
  crashHung: 'La ventana del laboratorio no responde. Puede esperar, recargarla o salir.',
  wait: 'Esperar',
  reloadWindow: 'Recargar',
  quitApp: 'Salir',
  logsHint: 'Los detalles están en el registro: {file}',
  chooseFolder: 'Elija una carpeta para {count} archivos',
  saveHere: 'Guardar aquí',
  replaceTitle: '¿Reemplazar los archivos?',
  replaceAsk: 'Estos archivos ya existen en {folder}: {files}. ¿Reemplazarlos?',
  replace: 'Reemplazar',
  cancel: 'Cancelar',
};

export const MAIN_MESSAGES = { en, es } as const;
export type MainLanguage = keyof typeof MAIN_MESSAGES;

/** A message with its `{placeholders}` filled in. */
export type Translate = (key: MainMessageKey, params?: Record<string, string | number>) => string;

export function translator(language: MainLanguage): Translate {
  const table = MAIN_MESSAGES[language];
  return (key, params = {}) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/**
 * The app's language from `<data folder>/settings.json`: 'en' when the file is absent, does
 * not parse, or names a language this table lacks (the last two are logged).
 */
export function settingsLanguage(dataDir: string, log: Pick<Logger, 'warn'>): MainLanguage {
  const file = path.join(dataDir, 'settings.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      log.warn(
        `${file} could not be read for the menus' language (${(error as Error).message}); menus in English`,
      );
    }
    return 'en';
  }
  const language = (json as { language?: unknown } | null)?.language;
  if (language === undefined) return 'en';
  if (typeof language === 'string' && Object.hasOwn(MAIN_MESSAGES, language)) {
    return language as MainLanguage;
  }
  log.warn(`${file}: language ${JSON.stringify(language)} has no menus; menus in English`);
  return 'en';
}

/**
 * A translator that follows settings.json: when the file changes to another language,
 * `onChange` runs (the menus are rebuilt). Without a way to watch the folder, the language
 * stays as read at the start, and the log says so.
 */
export function settingsTranslator(
  dataDir: string,
  log: Pick<Logger, 'warn' | 'info'>,
  onChange: () => void,
) {
  let language = settingsLanguage(dataDir, log);
  let current = translator(language);
  const t: Translate = (key, params) => current(key, params);
  const reload = (): void => {
    const next = settingsLanguage(dataDir, log);
    if (next === language) return;
    log.info(`menus now in ${next} (settings.json changed)`);
    language = next;
    current = translator(next);
    onChange();
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dataDir, (_event, name) => name === 'settings.json' && reload());
    watcher.on('error', (error) => log.warn(`settings.json no longer watched: ${error.message}`));
  } catch (error) {
    log.warn(
      `settings.json cannot be watched (${(error as Error).message}); menus stay in ${language}`,
    );
  }
  return { t, reload, language: () => language, close: () => watcher?.close() };
}
