// Why a setting was not changed, from real refusals of the settings service, said in the
// reader's language: each id main gives, with the system's reason as a store cause.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../../src-main/settings/settings-error';
import { SettingsService } from '../../../src-main/settings/settings-service';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { languageSwitch } from '../in-spanish';

const use = languageSwitch();
const folder = () => mkdtempSync(join(tmpdir(), 'neuron-settings-said-'));

/** What `change` is refused with, as main answers it. */
async function refusal(
  service: SettingsService,
  change: Parameters<SettingsService['set']>[0],
): Promise<SettingsError> {
  const error = await service.set(change).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SettingsError);
  return error as SettingsError;
}

const said = (error: SettingsError, locale: 'en' | 'es') => {
  use(locale);
  return errorText({ message: error.message, detail: error.detail });
};

describe('a setting refused, in the reader’s language', () => {
  it('the data folder outside the desktop app', async () => {
    const error = await refusal(new SettingsService({ folder: folder(), host: 'local' }), {
      dataFolder: folder(),
    });
    expect(error.detail).toEqual({ key: 'settings.folderFixedAtStart', params: {} });
    expect(said(error, 'es')).toBe(
      'la carpeta de datos se elige al iniciar el laboratorio (--data-dir); aquí no se puede cambiar.',
    );
  });

  it('a folder that is not a full path', async () => {
    const error = await refusal(new SettingsService({ folder: folder(), host: 'electron' }), {
      dataFolder: 'datos',
    });
    expect(error.detail).toEqual({ key: 'settings.notFullPath', params: { folder: 'datos' } });
    expect(said(error, 'es')).toBe(
      'datos no es una ruta completa: indica la ruta entera de la carpeta.',
    );
    expect(said(error, 'en')).toBe("datos is not a full path: give the folder's whole path.");
  });

  it('a folder inside a file: the system’s reason as a cause, in Spanish', async () => {
    const file = join(folder(), 'a-file');
    writeFileSync(file, 'x');
    const target = join(file, 'lab');
    const error = await refusal(new SettingsService({ folder: folder(), host: 'electron' }), {
      dataFolder: target,
    });
    expect(error.detail?.key).toBe('settings.folderUnusable');
    expect(error.detail?.parts?.[0].key).toBe('store.cause.notFolder');
    const spanish = said(error, 'es');
    expect(spanish).toMatch(new RegExp(`^${target} no puede contener la base de datos: `));
    expect(spanish).toMatch(/Elige una carpeta en la que puedas escribir\.$/);
    expect(spanish).not.toMatch(/ENOTDIR|not a directory/);
  });

  it('a settings file that cannot be written: the system’s own words, said to be so', async () => {
    const service = new SettingsService({
      folder: folder(),
      host: 'local',
      beforeRename: () => {
        throw new Error('power cut');
      },
    });
    const error = await refusal(service, { theme: 'dark' });
    expect(error.code).toBe('storage');
    expect(error.detail?.key).toBe('settings.notSaved');
    expect(said(error, 'es')).toBe(
      'no se pudo escribir el archivo de ajustes: el sistema dice, con sus propias palabras (en inglés): «power cut»',
    );
  });
});
