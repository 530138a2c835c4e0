/** The settings dialog's words in English. */
export default {
  title: 'Settings',
  keptIn: 'Kept in {file}.',
  language: 'Language',
  theme: 'Theme',
  parallelRuns: 'Runs trained at once',
  parallelHelp:
    'Each run trains in its own process; runs started beyond this number wait their turn (a paused run does not count). A change applies at once.',
  parallelAuto: 'Automatic: {cores} (one per core)',
  dataFolder: 'Data folder',
  dataFolderHelp: 'Where the database lives. A change takes effect after Neuron Lab is restarted.',
  dataFolderFixed:
    'Chosen when the lab starts (--data-dir); it cannot be changed from the browser.',
  dataFolderNew: 'New data folder (its full path)',
  dataFolderUse: 'Use this folder',
  dataFolderOwn: "Use the app's own folder",
  afterRestart: 'After a restart the database will be in {folder}.',
  resetTitle: 'Reset to their defaults when the settings were read',
  resetField: '{field}: {why}',
  kinds: {
    unreadable: 'the file could not be read',
    notJson: 'the file is damaged (not valid JSON)',
    notObject: 'the file does not hold settings',
    invalidValue: '{value} is not a valid value',
    folderGone: 'the folder {value} cannot be reached, so the app’s own folder is used',
  },
  fields: {
    all: 'Every setting',
    language: 'Language',
    theme: 'Theme',
    parallelRuns: 'Runs trained at once',
    dataFolder: 'Data folder',
  },
  damagedCopy: 'The damaged file was kept as {file}.',
  unknownFields:
    'The file also holds settings this version does not know ({fields}); they are kept as they are and not used.',
  loadFailed: 'The settings could not be loaded ({why}); the app uses the defaults.',
  saveFailed: 'The settings could not be saved: {why}',
  notAnswered: 'the lab did not answer within 5 seconds',
  saved: 'Saved.',
};
