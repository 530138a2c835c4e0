/** The settings dialog's words in Spanish. */
export default {
  title: 'Ajustes',
  keptIn: 'Se guardan en {file}.',
  language: 'Idioma',
  theme: 'Tema',
  parallelRuns: 'Ejecuciones a la vez',
  parallelHelp:
    'Cada ejecución entrena en su propio proceso; las que se inicien por encima de este número esperan su turno (una ejecución en pausa no cuenta). Un cambio se aplica al momento.',
  parallelAuto: 'Automático: {cores} (uno por núcleo)',
  dataFolder: 'Carpeta de datos',
  dataFolderHelp:
    'Donde está la base de datos. Un cambio surte efecto después de reiniciar Neuron Lab.',
  dataFolderFixed:
    'Se elige al iniciar el laboratorio (--data-dir); no se puede cambiar desde el navegador.',
  dataFolderNew: 'Nueva carpeta de datos (su ruta completa)',
  dataFolderUse: 'Usar esta carpeta',
  dataFolderOwn: 'Usar la carpeta propia de la aplicación',
  afterRestart: 'Tras reiniciar, la base de datos estará en {folder}.',
  resetTitle: 'Restablecidos a sus valores predeterminados al leer los ajustes',
  resetField: '{field}: {why}',
  kinds: {
    unreadable: 'no se pudo leer el archivo',
    notJson: 'el archivo está dañado (no es JSON válido)',
    notObject: 'el archivo no contiene ajustes',
    invalidValue: '{value} no es un valor válido',
    folderGone:
      'no se puede acceder a la carpeta {value}, así que se usa la carpeta propia de la aplicación',
  },
  fields: {
    all: 'Todos los ajustes',
    language: 'Idioma',
    theme: 'Tema',
    parallelRuns: 'Ejecuciones a la vez',
    dataFolder: 'Carpeta de datos',
  },
  damagedCopy: 'El archivo dañado se conservó como {file}.',
  unknownFields:
    'El archivo también contiene ajustes que esta versión no conoce ({fields}); se conservan tal cual y no se usan.',
  loadFailed:
    'No se pudieron cargar los ajustes ({why}); la aplicación usa los valores predeterminados.',
  saveFailed: 'No se pudieron guardar los ajustes: {why}',
  notAnswered: 'el laboratorio no respondió en 5 segundos',
  saved: 'Guardado.',
};
