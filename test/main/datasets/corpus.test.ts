import { open, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DatasetImportError,
  importDataset,
  type ImportedDataset,
  type ImportOptions,
} from '../../../src-main/datasets';
import { fixture, FIXTURES, withTempDir, writeTemp } from './fixtures';

/** One file of the corpus: the exact error it must get, or checks of a correct import. */
interface Case {
  file: string;
  options?: ImportOptions;
  error?: string | RegExp;
  code?: DatasetImportError['code'];
  check?: (result: ImportedDataset) => void;
}

const roles = (entries: [string, 'input' | 'target' | 'ignored'][]) => new Map(entries);
const names = (r: ImportedDataset) => r.columns.map((c) => c.name);
const xs = (r: ImportedDataset) => Array.from(r.dataset.x);

const CASES: Case[] = [
  { file: 'empty.csv', code: 'empty', error: 'empty.csv: the file is empty' },
  {
    file: 'blank-lines.csv',
    code: 'empty',
    error: 'blank-lines.csv: the file holds only blank lines',
  },
  {
    file: 'header-only.csv',
    code: 'header-only',
    error: 'header-only.csv: only a header, no data rows',
  },
  {
    file: 'ragged-short.csv',
    code: 'ragged',
    error: 'ragged-short.csv: row 5 has 3 cells, the header has 4',
  },
  {
    file: 'ragged-long.csv',
    code: 'ragged',
    error: 'ragged-long.csv: row 3 has 5 cells, the header has 4',
  },
  {
    file: 'trailing-delimiter.csv',
    check: (r) => {
      expect(names(r)).toEqual(['a', 'b', 'y']);
      expect(r.dataset.classNames).toEqual(['p', 'q']);
    },
  },
  {
    file: 'unclosed-quote.csv',
    code: 'unclosed-quote',
    error: 'unclosed-quote.csv: a quote opened on row 9 is never closed',
  },
  {
    file: 'unclosed-quote-at-end.csv',
    code: 'unclosed-quote',
    error: 'unclosed-quote-at-end.csv: a quote opened on row 2 is never closed',
  },
  {
    file: 'binary-nul.csv',
    code: 'binary',
    error: 'binary-nul.csv: looks like a binary file, not text (byte 0x00 at offset 12)',
  },
  {
    file: 'png-renamed.csv',
    code: 'binary',
    error: 'png-renamed.csv: looks like a binary file, not text (byte 0x00 at offset 8)',
  },
  {
    file: 'utf16le.csv',
    check: (r) => {
      expect(r.source).toMatchObject({ encoding: 'UTF-16LE', bom: true });
      expect(names(r)).toEqual(['a', 'b']);
      expect([xs(r), Array.from(r.dataset.y)]).toEqual([[1], [2]]);
      expect(r.report.lines[0]).toBe(
        "utf16le.csv: read 1 row, 2 columns (CSV, UTF-16LE with BOM, delimiter ',', decimal point (3.14), header row)",
      );
    },
  },
  {
    file: 'latin1.csv',
    check: (r) => {
      expect(r.source.encoding).toBe('Windows-1252');
      expect(r.dataset.featureNames).toEqual(['name=café', 'name=thé', 'value']);
      expect(r.report.lines[1]).toBe(
        '  note: not UTF-8 (byte 0xE9 at offset 16), so read as Windows-1252',
      );
    },
  },
  {
    file: 'proto-header.csv',
    check: (r) => {
      expect(r.dataset.featureNames).toEqual([
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
      ]);
      expect(xs(r).slice(0, 4)).toEqual([1, 2, 3, 4]);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      expect({}.constructor).toBe(Object);
    },
  },
  {
    file: 'formulas.csv',
    check: (r) => {
      expect(r.columns[0].type).toBe('categorical');
      expect(r.dataset.featureNames).toEqual([
        'f=+cmd|calc',
        'f=-2+3',
        'f==SUM(A1)',
        'f=@HYPERLINK("x")',
        'x',
      ]);
      expect(xs(r).slice(0, 5)).toEqual([0, 0, 1, 0, 1]);
    },
  },
  {
    file: 'stray-text.csv',
    options: { missing: 'error' },
    code: 'missing-value',
    error:
      "stray-text.csv: row 17, column 'age': 'abc' is not a number; the missing-value policy 'error' refuses it (choose drop, mean, median or mode to go on)",
  },
  {
    file: 'stray-text.csv',
    options: { types: new Map([['age', 'categorical']]) },
    check: (r) => expect(r.dataset.featureNames).toContain('age=abc'),
  },
  {
    // 19 of 20 cells are numbers: the column stays numeric, its odd cell is listed and dropped
    file: 'stray-text.csv',
    check: (r) => {
      expect(r.columns[0].type).toBe('numeric');
      expect([r.rows, r.dataset.m, r.droppedRows]).toEqual([20, 19, 1]);
      expect(r.report.lines).toContain(
        "  age: numeric input — 19 of 20 values are numbers (at least 95%); 1 not a number, treated as missing: row 17 'abc'",
      );
    },
  },
  {
    file: 'empty-column.csv',
    code: 'no-rows',
    error: /^empty-column\.csv: every row lacks a value in a used column/,
  },
  {
    file: 'empty-column.csv',
    options: { missing: 'mean' },
    code: 'no-rows',
    error: "empty-column.csv: column 'b': the column has no values to fill from",
  },
  {
    file: 'empty-column.csv',
    options: { roles: roles([['b', 'ignored']]) },
    check: (r) => expect(r.dataset.featureNames).toEqual(['a']),
  },
  {
    file: 'single-class.csv',
    code: 'bad-choice',
    error:
      "single-class.csv: column 'y': the target has only one class ('same'); a classifier needs at least two",
  },
  {
    file: 'single-column.csv',
    code: 'bad-choice',
    error: 'single-column.csv: choose at least one input column',
  },
  {
    file: 'doubled-quotes.csv',
    check: (r) => {
      const text = r.encodings[0];
      expect(text.kind === 'one-hot' && text.categories).toEqual(['"', 'a,b', 'say "hi"']);
    },
  },
  { file: 'cr-only.csv', check: (r) => expect(xs(r)).toEqual([1, 2, 3]) },
  { file: 'mixed-line-ends.csv', check: (r) => expect(xs(r)).toEqual([1, 2, 3, 4]) },
  { file: 'duplicate-header.csv', check: (r) => expect(names(r)).toEqual(['a', 'a (2)', 'y']) },
  { file: 'empty-header-cell.csv', check: (r) => expect(names(r)).toEqual(['column 1', 'b', 'y']) },
  {
    file: 'infinity.csv',
    check: (r) => expect(r.dataset.featureNames).toEqual(['x=2', 'x=3', 'x=1e999']),
  },
  {
    file: 'hex-and-words.csv',
    check: (r) => expect(r.dataset.featureNames).toEqual(['x=3', 'x=0x10', 'x=Infinity']),
  },
  {
    file: 'whitespace-cells.csv',
    check: (r) => {
      expect(r.droppedRows).toBe(2);
      expect(xs(r)).toEqual([2, 5, 4, 7]);
    },
  },
  {
    file: 'quote-inside-field.csv',
    check: (r) => expect(r.dataset.featureNames).toEqual(['size=5"', 'size=6"']),
  },
  {
    file: 'text-after-quote.csv',
    check: (r) => expect(r.dataset.featureNames).toEqual(['v=ab', 'v=cd', 'x']),
  },
  {
    file: 'only-delimiters.csv',
    code: 'no-rows',
    error: /^only-delimiters\.csv: every row lacks a value/,
  },
  {
    file: 'control-chars.csv',
    check: (r) => expect(r.dataset.classNames).toEqual(['\x07bell', 'tab\there']),
  },
  {
    file: 'all-text-no-header.csv',
    check: (r) => {
      expect(r.source.hasHeader).toBe(false);
      expect(r.rows).toBe(3);
      expect(r.dataset.classNames).toEqual(['no', 'yes']);
    },
  },
  {
    file: 'numeric-header.csv',
    check: (r) => {
      expect(r.dataset.task).toBe('regression');
      expect(Array.from(r.dataset.y)).toEqual([3, 6, 9]);
    },
  },
  {
    file: 'spaces-around.csv',
    check: (r) => {
      expect(names(r)).toEqual(['x', 'y']);
      expect(r.dataset.classNames).toEqual(['a', 'b']);
    },
  },
  {
    file: 'unicode.csv',
    check: (r) => {
      expect(r.dataset.featureNames).toEqual(['nom=Zoë', 'nom=Élodie', 'valeur']);
      expect(r.dataset.classNames).toEqual(['日本', '😀']);
    },
  },
  {
    file: 'json-not-array.json',
    code: 'bad-json',
    error:
      'json-not-array.json must hold an array of records like [{"x": 1, "y": "a"}, …], not an object',
  },
  {
    file: 'json-nested.json',
    code: 'bad-json',
    error:
      "json-nested.json: record 2, key 'b': an object cannot be a cell (only numbers, text, true/false and null)",
  },
  {
    file: 'json-bad.json',
    code: 'bad-json',
    error: /^json-bad\.json is not valid JSON: the text ends at line \d+, column \d+/,
  },
  {
    file: 'json-empty-array.json',
    code: 'empty',
    error: 'json-empty-array.json: the array holds no records',
  },
  {
    file: 'json-scalars.json',
    code: 'bad-json',
    error: 'json-scalars.json: record 1 is a number, not an object',
  },
  {
    file: 'json-extra-key.json',
    code: 'bad-json',
    error: "json-extra-key.json: record 2 has the key 'z', which record 1 does not have",
  },
  {
    file: 'json-proto.json',
    check: (r) => {
      expect(names(r)).toEqual(['__proto__', 'constructor', 'y']);
      expect(r.droppedRows).toBe(1);
      expect(r.dataset.featureNames).toEqual(['__proto__', 'constructor=x', 'constructor=z']);
      expect(xs(r)).toEqual([1, 1, 0, 2, 0, 1]);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    },
  },
];

/** Hostile files too big to commit, written at run time. */
const GENERATED: (Case & { content: (file: string) => Promise<string | Buffer | null> })[] = [
  {
    file: 'wide.csv',
    content: async () =>
      `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(99_999)}1\n`,
    code: 'too-many-columns',
    error: 'wide.csv: row 1 has more than 2,000 columns; the limit is 2,000',
  },
  {
    file: 'long-cell.csv',
    content: async () => `a,b\n1,${'x'.repeat(20_000)}\n`,
    code: 'cell-too-long',
    error: "long-cell.csv: row 2, column 'b': a cell is longer than 10,000 characters, the limit",
  },
  {
    file: 'huge.csv',
    // a sparse 512 MB file: refused from its size alone, before a byte is read
    content: async (file) => {
      const handle = await open(file, 'w');
      await handle.truncate(512 * 1024 * 1024);
      await handle.close();
      return null;
    },
    code: 'too-large',
    error: 'huge.csv is 512 MB; the limit is 200 MB',
  },
  {
    file: 'many-rows.csv',
    content: async () => `x,y\n${'1,2\n'.repeat(101)}`,
    options: { limits: { maxRows: 100 } },
    code: 'too-many-rows',
    error: 'many-rows.csv has more than 100 data rows; the limit is 100',
  },
  {
    file: 'ids.csv',
    content: async () =>
      `id,x,y\n${Array.from({ length: 1500 }, (_, i) => `id${i},${i},${i % 2}`).join('\n')}\n`,
    code: 'too-many-values',
    error:
      "ids.csv: column 'id': more than 1,000 distinct values; set it to ignored (or numeric, if it holds numbers)",
  },
  {
    file: 'ids-ignored.csv',
    content: async () =>
      `id,x,y\n${Array.from({ length: 1500 }, (_, i) => `id${i},${i},${i % 2}`).join('\n')}\n`,
    options: { roles: roles([['id', 'ignored']]) },
    check: (r) => {
      expect(r.dataset.m).toBe(1500);
      expect(r.columns[0].stats).toMatchObject({ type: 'categorical', capped: true });
    },
  },
  {
    file: 'one-long-line.csv',
    content: async () => `${'9'.repeat(200_000)}`,
    code: 'cell-too-long',
    error:
      "one-long-line.csv: row 1, column 'column 1': a cell is longer than 10,000 characters, the limit",
  },
];

async function expectCase(path: string, c: Case): Promise<void> {
  const result = importDataset(path, c.options);
  if (c.check) {
    c.check(await result);
    return;
  }
  const error = await result.then(
    () => {
      throw new Error(`${c.file} imported, but should have failed`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetImportError);
  expect((error as DatasetImportError).code).toBe(c.code);
  if (typeof c.error === 'string') expect((error as Error).message).toBe(c.error);
  else expect((error as Error).message).toMatch(c.error!);
}

describe('the corpus of malformed and hostile files', () => {
  it.each(CASES.map((c) => [c.file + (c.options ? ' (with options)' : ''), c] as const))(
    '%s',
    async (_, c) => expectCase(fixture(c.file), c),
  );

  it.each(GENERATED.map((c) => [c.file, c] as const))('%s (generated)', async (_, c) => {
    await withTempDir(async (dir) => {
      const path = `${dir}/${c.file}`;
      const content = await c.content(path);
      if (content !== null) await writeTemp(dir, c.file, content);
      await expectCase(path, c);
    });
  });

  it('covers every committed file', async () => {
    const tested = new Set(CASES.map((c) => c.file));
    const files = (await readdir(FIXTURES)).filter((f) => !tested.has(f));
    // the normal cases are tested one by one in import-dataset.test.ts
    expect(files.sort()).toEqual([
      'bom-crlf.csv',
      'iris-like.csv',
      'missing-values.csv',
      'no-header.csv',
      'one-hot-inputs.csv',
      'quoted-newlines.csv',
      'records.json',
      'semicolon-decimal-comma.csv',
      'tab-separated.tsv',
    ]);
  });
});
