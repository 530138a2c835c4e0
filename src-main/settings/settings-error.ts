/**
 * Why a setting was not changed, with its message id and values (area `errors.settings`) so
 * that the Settings view says it in the reader's language; a reason the system gave (a folder
 * that cannot be written, a file that cannot be saved) is its one part, as a store cause.
 */
import { ServiceError } from '../contract/service-error';
import type { ErrorDetail } from '../contract/result';
import { storeCause } from '../store/store-cause';

type SettingsCode = 'invalid-setting' | 'read-only' | 'storage';

export class SettingsError extends ServiceError<SettingsCode> {
  constructor(code: SettingsCode, message: string, detail: ErrorDetail) {
    super(code, message, detail);
  }
}

/** The settings file could not be written: the settings stay as they were. */
export function notSaved(error: unknown, file: string): SettingsError {
  const cause = storeCause(error, file);
  return new SettingsError('storage', `The settings could not be saved: ${cause.message}`, {
    key: 'settings.notSaved',
    params: {},
    parts: [cause],
  });
}

/** Outside the desktop app the data folder is the one the lab was started with. */
export function folderFixedAtStart(): SettingsError {
  return new SettingsError(
    'read-only',
    'The data folder is chosen when the lab starts (--data-dir); it cannot be changed here.',
    { key: 'settings.folderFixedAtStart', params: {} },
  );
}

export function notFullPath(folder: string): SettingsError {
  return new SettingsError(
    'invalid-setting',
    `${folder} is not a full path: give the folder's whole path.`,
    { key: 'settings.notFullPath', params: { folder } },
  );
}

/** A folder that cannot be made or written to. */
export function folderUnusable(folder: string, error: unknown): SettingsError {
  const cause = storeCause(error, folder);
  return new SettingsError(
    'invalid-setting',
    `${folder} cannot hold the database: ${cause.message}. Choose a folder you can write to.`,
    { key: 'settings.folderUnusable', params: { folder }, parts: [cause] },
  );
}
