/**
 * Why a setting was not changed, by the ids main gives (src-main/settings/settings-error.ts);
 * the Settings view puts each after "The settings could not be saved:". {why} is the system's
 * reason (a store cause).
 */
export default {
  notSaved: 'the settings file could not be written: {why}',
  folderFixedAtStart:
    'the data folder is chosen when the lab starts (--data-dir); it cannot be changed here.',
  notFullPath: "{folder} is not a full path: give the folder's whole path.",
  folderUnusable: '{folder} cannot hold the database: {why}. Choose a folder you can write to.',
};
