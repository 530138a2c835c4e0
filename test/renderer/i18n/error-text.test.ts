// Errors main raises reach a Spanish reader in Spanish, naming the same file, row and column;
// in English they read exactly as main wrote them; an error the interface has no message for
// keeps main's English text.
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { LabError } from '../../../src-main/contract/result';
import { DatasetImportError, importDataset } from '../../../src-main/datasets';
import { i18n } from '../../../src-renderer/i18n';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { fixture, FIXTURES } from '../../main/datasets/fixtures';

/** The error a file's import raises, as the renderer receives it (through dispatch). */
async function importError(file: string): Promise<LabError | null> {
  const handlers = withNotImplemented({
    'datasets:list': async () => {
      await importDataset(fixture(file));
      return { ok: true, value: [] };
    },
  });
  const result = await dispatch(handlers, 'datasets:list', {}, { host: 'local' });
  return result.ok ? null : result.error;
}

const inSpanish = (error: Pick<LabError, 'message' | 'detail'>): string => {
  i18n.global.locale.value = 'es';
  return errorText(error);
};

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('errors from main in the reader’s language', () => {
  it('a ragged CSV row: Spanish names the file and the line; English is main’s text', async () => {
    const error = (await importError('ragged-short.csv'))!;
    expect(error.message).toBe('ragged-short.csv: row 5 has 3 cells, the header has 4');
    expect(error.detail?.key).toBe('import.ragged');
    expect(errorText(error)).toBe(error.message);
    expect(inSpanish(error)).toBe(
      'ragged-short.csv: la fila 5 tiene 3 celdas y la cabecera tiene 4',
    );
  });

  it('an error about one cell names its row and column in Spanish', async () => {
    const error = new DatasetImportError(
      'not-a-number',
      'data.csv',
      "'abc' is not a number, and neither is any other cell: the column holds no numbers, so it cannot be numeric",
      { row: 17, column: 'age' },
      { key: 'noNumbers', params: { value: "'abc'" } },
    );
    const said = { message: error.message, detail: error.detail };
    expect(errorText(said)).toBe(error.message);
    expect(inSpanish(said)).toBe(
      "data.csv: fila 17, columna 'age': 'abc' no es un número, ni lo es ninguna otra celda: la columna no contiene números, así que no puede ser numérica",
    );
  });

  it('every corpus file that fails: English as main wrote it, Spanish different and naming the file', async () => {
    const files = (await readdir(FIXTURES)).sort();
    let translated = 0;
    for (const file of files) {
      const error = await importError(file);
      if (!error?.detail) continue;
      translated++;
      i18n.global.locale.value = 'en';
      expect(errorText(error), file).toBe(error.message);
      const spanish = inSpanish(error);
      expect(spanish, file).not.toBe(error.message);
      expect(spanish, file).toContain(file);
    }
    // most of the corpus's errors carry an id (ragged rows, empty files, binary, JSON, …)
    expect(translated).toBeGreaterThanOrEqual(10);
  });

  it('an unknown message id, or none, keeps main’s English text', () => {
    const unknown: LabError = {
      code: 'storage',
      message: 'the disk holding /data is full',
      detail: { key: 'store.diskFull', params: { path: '/data' } },
    };
    expect(inSpanish(unknown)).toBe('the disk holding /data is full');
    expect(inSpanish({ message: 'gone' })).toBe('gone');
  });
});

describe('the contract carries an error’s detail, checked', () => {
  const run = (error: unknown) =>
    dispatch(
      withNotImplemented({ 'datasets:list': async () => ({ ok: false, error }) as never }),
      'datasets:list',
      {},
      { host: 'local' },
    );

  it('passes a well-formed detail through', async () => {
    const detail = { key: 'import.emptyFile', params: { file: 'a.csv' } };
    expect(await run({ code: 'empty', message: 'a.csv: the file is empty', detail })).toEqual({
      ok: false,
      error: { code: 'empty', message: 'a.csv: the file is empty', detail },
    });
  });

  it.each([
    ['a key that is not text', { key: 3, params: {} }],
    ['values that are objects', { key: 'import.ragged', params: { line: { evil: true } } }],
    [
      'too many values',
      { key: 'k', params: Object.fromEntries([...Array(20)].map((_, i) => [`p${i}`, i])) },
    ],
    ['no values', { key: 'k' }],
  ])('drops %s but keeps the error', async (_, detail) => {
    expect(await run({ code: 'empty', message: 'a.csv: the file is empty', detail })).toEqual({
      ok: false,
      error: { code: 'empty', message: 'a.csv: the file is empty' },
    });
  });
});
