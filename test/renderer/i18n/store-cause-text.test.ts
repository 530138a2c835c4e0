// The system's reason inside a store refusal, said in the reader's language: a known cause in
// Spanish words, an unknown one as the system's own (English) words, said to be so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import { STORE_CAUSES, withCause } from '../../../src-main/store/store-cause';
import { StoreError } from '../../../src-main/store/store-error';
import { storeDetail } from '../../../src-main/store/store-messages';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { storeWithRun, tempDir } from '../../main/store/helpers';
import { languageSwitch } from '../in-spanish';

const use = languageSwitch();

const coded = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('the cause inside a store refusal', () => {
  it('every cause has a message in both languages that names its values', () => {
    for (const [id, names] of Object.entries(STORE_CAUSES)) {
      const params = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
      const part = { key: `store.cause.${id}`, params };
      for (const locale of ['en', 'es'] as const) {
        use(locale);
        const said = errorText({ message: 'main: why', detail: part });
        expect(said, `${locale} ${id}`).not.toMatch(/^main: |[{}]/);
        for (const name of names) expect(said, `${locale} ${id}`).toContain(`<${name}>`);
      }
    }
  });

  it('a data folder inside a file: English as main wrote it, the reason in Spanish', () => {
    const file = path.join(tempDir(), 'plain-file');
    fs.writeFileSync(file, 'x');
    const dataDir = path.join(file, 'lab');
    let error: StoreError | undefined;
    try {
      openStore({ dataDir });
    } catch (thrown) {
      error = thrown as StoreError;
    }
    if (!error) throw new Error('expected the store to refuse');
    use('en');
    expect(errorText(error)).toBe(error.message);
    use('es');
    expect(errorText(error)).toBe(
      `no se puede crear la carpeta de datos: una parte de ${dataDir} es un archivo, no una carpeta: revisa la ruta`,
    );
  });

  it('a backup onto a folder, said in Spanish', async () => {
    const { store } = storeWithRun();
    const target = path.join(tempDir(), 'a-folder');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    const error = (await store.backupTo(target).catch((thrown: unknown) => thrown)) as StoreError;
    use('es');
    expect(errorText(error)).toBe(
      `la copia de seguridad en ${target} falló: ${target} es una carpeta, no un archivo: indica el nombre de un archivo`,
    );
  });

  it('SQLite’s codes in Spanish; an unknown cause in the system’s own words, said so', () => {
    const file = '/data/neuron-lab.db';
    const locked = withCause(
      storeDetail('cannotOpen', { file, why: 'database is locked' }),
      coded('SQLITE_BUSY', 'database is locked'),
      file,
    );
    const odd = withCause(
      storeDetail('cannotOpen', { file, why: 'datatype mismatch' }),
      coded('SQLITE_MISMATCH', 'datatype mismatch'),
      file,
    );
    use('es');
    expect(errorText({ message: 'main', detail: locked })).toBe(
      `no se puede abrir la base de datos de experimentos ${file}: otro programa está usando ${file}: ciérralo (o el otro Neuron Lab) e inténtalo de nuevo`,
    );
    expect(errorText({ message: 'main', detail: odd })).toBe(
      `no se puede abrir la base de datos de experimentos ${file}: el sistema dice, con sus propias palabras (en inglés): «datatype mismatch»`,
    );
    use('en');
    expect(errorText({ message: 'main', detail: odd })).toBe(
      `cannot open the experiment database ${file}: datatype mismatch`,
    );
  });
});
