// Import errors about JSON, ARFF, Excel and the file system reach the reader with a message id
// and values: every one has an English and a Spanish message, the values are filled in, and
// the Spanish names the file and the place (line, column, record) as the English does.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabError } from '../../../src-main/contract/result';
import { DatasetImportError, importDataset, type ImportOptions } from '../../../src-main/datasets';
import { fileErrorSaid } from '../../../src-main/datasets/file-error-said';
import { FileReadError } from '../../../src-main/files/read-bounded';
import { i18n } from '../../../src-renderer/i18n';
import { errorText } from '../../../src-renderer/i18n/error-text';
import importErrors from '../../../src-renderer/i18n/messages/en/errors/import';
import { withTempDir, writeTemp } from '../../main/datasets/fixtures';

type Tree = { [key: string]: string | Tree };
type Said = Pick<LabError, 'message' | 'detail'>;

afterEach(() => {
  i18n.global.locale.value = 'en';
});

const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leaves(value, `${prefix}${key}.`),
  );

const said = (error: unknown): Said => {
  if (!(error instanceof DatasetImportError)) throw error;
  return { message: error.message, detail: error.detail };
};

const say = (error: Said, locale: 'en' | 'es'): string => {
  i18n.global.locale.value = locale;
  return errorText(error);
};

const jsonFiles: Record<string, string> = {
  'unexpected.json': '[{"a": 1},\n {"a": }]',
  'ends.json': '[{"a": 1},',
  'top-object.json': '{"a": 1}',
  'top-null.json': 'null',
  'top-string.json': '"rows"',
  'top-number.json': '3',
  'top-boolean.json': 'true',
  'record-null.json': '[{"a": 1}, null]',
  'record-array.json': '[{"a": 1}, [1]]',
  'record-string.json': '[{"a": 1}, "x"]',
  'record-number.json': '[1]',
  'record-boolean.json': '[{"a": 1}, false]',
  'cell-object.json': '[{"a": 1}, {"a": {"b": 2}}]',
  'cell-array.json': '[{"a": [1]}]',
};

const arffHead = '@relation r\n@attribute x numeric\n@attribute y {a, b}\n';
const arffFiles: Record<string, string> = {
  'quote.arff': `${arffHead}@data\n1,'a\n`,
  'name.arff': "@relation r\n@attribute 'x numeric\n@data\n1\n",
  'no-type.arff': '@relation r\n@attribute x\n@data\n1\n',
  'brace.arff': '@relation r\n@attribute y {a, b\n@data\na\n',
  'type.arff': '@relation r\n@attribute x relational\n@data\n1\n',
  'sparse.arff': `${arffHead}@data\n{7 1}\n`,
  'data-first.arff': '@relation r\n@data\n1\n',
  'stray.arff': '@relation r\nhello there\n',
};

/** The errors of files made to fail in every way this test covers. */
async function producedErrors(): Promise<Map<string, Said>> {
  const out = new Map<string, Said>();
  await withTempDir(async (dir) => {
    const fail = async (name: string, file: string, options: ImportOptions = {}) => {
      const error = await importDataset(file, options).then(
        () => new Error(`${name} imported`),
        (e: unknown) => e,
      );
      out.set(name, said(error));
    };
    for (const [name, text] of Object.entries({ ...jsonFiles, ...arffFiles })) {
      await fail(name, await writeTemp(dir, name, text));
    }
    await fail('fake.xlsx', await writeTemp(dir, 'fake.xlsx', 'not a zip'));
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Plants').addRow(['h', 'k', 'x']);
    const xlsx = await writeTemp(dir, 'plants.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    await fail('sheet.xlsx', xlsx, { sheet: 'Roots' });
    await fail('wide.xlsx', xlsx, { limits: { maxColumns: 2 } });
    await fail('missing.csv', path.join(dir, 'missing.csv'));
    await mkdir(path.join(dir, 'folder.csv'));
    await fail('folder.csv', path.join(dir, 'folder.csv'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]);
    await fail('pipe.csv', path.join(dir, 'pipe.csv'));
    await fail('device.csv', '/dev/null', { fileName: 'device.csv' });
  });
  return out;
}

describe('JSON, ARFF, Excel and file errors in the reader’s language', async () => {
  const errors = await producedErrors();

  it('each has a message id both languages know, its values filled in', () => {
    for (const [name, error] of errors) {
      expect(typeof error.detail?.key, `${name}: ${error.message}`).toBe('string');
      for (const locale of ['en', 'es'] as const) {
        i18n.global.locale.value = locale;
        expect(i18n.global.te(`errors.${error.detail!.key}`), `${locale} ${name}`).toBe(true);
        const text = say(error, locale);
        expect(text, name).not.toMatch(/\{\w*\}|undefined|NaN/);
      }
    }
  });

  it('in Spanish each names the file, differs from the English, and names the place', () => {
    for (const [name, error] of errors) {
      const spanish = say(error, 'es');
      expect(spanish, name).toContain(name.replace(/^sheet|^wide/, 'plants'));
      expect(spanish, name).not.toBe(say(error, 'en'));
      const { line, record, char } = error.detail!.params;
      if (line !== undefined)
        expect(spanish, name).toMatch(new RegExp(`l[ií]nea ${line}|fila ${line}`));
      if (record !== undefined) expect(spanish, name).toContain(`registro ${record}`);
      if (char !== undefined) expect(spanish, name).toContain(`columna ${char}`);
    }
  });

  it('JSON syntax errors name the line and column, not V8’s English', () => {
    const unexpected = errors.get('unexpected.json')!;
    expect(unexpected.message).toBe(
      "unexpected.json is not valid JSON: unexpected '}' at line 2, column 8",
    );
    expect(say(unexpected, 'en')).toBe(unexpected.message);
    expect(say(unexpected, 'es')).toBe(
      "unexpected.json no es JSON válido: '}' inesperado en la línea 2, columna 8",
    );
    expect(say(errors.get('ends.json')!, 'es')).toContain(
      'el texto termina en la línea 1, columna 11',
    );
  });

  it('an ARFF syntax error names its line in Spanish', () => {
    expect(say(errors.get('stray.arff')!, 'es')).toBe(
      "stray.arff: línea 2: se esperaba @relation, @attribute o @data y se encontró 'hello there'",
    );
    expect(say(errors.get('type.arff')!, 'en')).toBe(errors.get('type.arff')!.message);
  });

  it('every message of the area is said by some error here', () => {
    const used = new Set([...errors.values()].map((e) => e.detail!.key.replace(/^import\./, '')));
    // the file system's other codes cannot be made here (the tests run as root, and a disk
    // does not fail on demand): those ids are checked through fileErrorSaid below
    const fileIds = leaves(importErrors.file as Tree, 'file.');
    const rare = ['grewPastLimit', 'expired', ...fileIds];
    const missing = leaves(importErrors as Tree).filter(
      (id) => !used.has(id) && !rare.includes(id),
    );
    expect(missing).toEqual([]);
  });

  it('every file-system code and kind has its message, in both languages', () => {
    const cases = [
      ...['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EMFILE'].map(
        (errno) => new FileReadError('unreadable', 'x', undefined, undefined, errno),
      ),
      ...['EBUSY', 'EIO', 'EXDEV'].map(
        (errno) => new FileReadError('unreadable', 'x', undefined, undefined, errno),
      ),
      ...(['folder', 'pipe', 'device', 'socket', 'other'] as const).map(
        (kind) => new FileReadError('not-a-file', 'x', undefined, kind),
      ),
      new FileReadError('unreadable', 'x'),
    ];
    const keys = new Set<string>();
    for (const cause of cases) {
      const error = said(
        new DatasetImportError(
          'unreadable',
          'd.csv',
          'cannot be read',
          { subject: true },
          fileErrorSaid(cause),
        ),
      );
      keys.add(error.detail!.key);
      const spanish = say(error, 'es');
      expect(spanish, error.detail!.key).toMatch(/^d\.csv no se puede leer/);
      expect(spanish).not.toMatch(/\{\w*\}/);
    }
    expect(keys).toEqual(new Set(leaves(importErrors.file as Tree, 'import.file.')));
    const exdev = errorText({
      message: '',
      detail: { key: 'import.file.otherCode', params: { file: 'd.csv', code: 'EXDEV' } },
    });
    expect(exdev).toContain('EXDEV');
  });

  it('a workbook that grew while read, and a preview gone, are said in Spanish too', () => {
    const grew = new DatasetImportError(
      'too-large',
      'b.xlsx',
      'grew',
      { subject: true },
      {
        key: 'grewPastLimit',
        params: { limit: '200 MB' },
      },
    );
    expect(say(said(grew), 'es')).toBe('b.xlsx superó el límite de 200 MB mientras se leía');
    const gone = new DatasetImportError(
      'expired',
      'the previewed file',
      'is gone',
      { subject: true },
      { key: 'expired' },
    );
    expect(say(said(gone), 'es')).toMatch(/^el archivo de la vista previa ya no está disponible/);
  });
});
