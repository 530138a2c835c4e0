import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type CsvRecord } from '../../../src-main/datasets/csv-tokenizer';
import { DEFAULT_IMPORT_LIMITS } from '../../../src-main/datasets/import-limits';

function tokenize(chunks: string[], delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const tokenizer = new CsvTokenizer(delimiter, 'd.csv', DEFAULT_IMPORT_LIMITS, (r) =>
    records.push(r),
  );
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return records;
}

const TRICKY = 'a,"b,1","say ""hi"""\r\n"multi\r\nline",,x\r\rlast,"",z\n"q"\r\n';

describe('CsvTokenizer', () => {
  it('splits records and fields, honouring quotes, doubled quotes and line breaks', () => {
    expect(tokenize([TRICKY])).toEqual([
      { cells: ['a', 'b,1', 'say "hi"'], line: 1 },
      { cells: ['multi\r\nline', '', 'x'], line: 2 },
      { cells: ['last', '', 'z'], line: 5 },
      { cells: ['q'], line: 6 },
    ]);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const whole = tokenize([TRICKY]);
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect(tokenize([TRICKY.slice(0, cut), TRICKY.slice(cut)])).toEqual(whole);
    }
    expect(tokenize([...TRICKY])).toEqual(whole);
  });

  it('reads a last record without a final line break, and a trailing empty field', () => {
    expect(tokenize(['x;y\n1;'], ';')).toEqual([
      { cells: ['x', 'y'], line: 1 },
      { cells: ['1', ''], line: 2 },
    ]);
  });

  it('names the line where an unclosed quote opened', () => {
    expect(() => tokenize(['a,b\n1,2\n3,"open\n4,5\n'])).toThrow(
      'd.csv: a quote opened on row 3 is never closed',
    );
  });

  it('refuses a cell past the length limit while it streams in', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxCellChars: 5 };
    const tokenizer = new CsvTokenizer(',', 'd.csv', limits, () => {});
    expect(() => tokenizer.push('ab,"123456')).toThrow(
      "d.csv: row 1, column 'column 2': a cell is longer than 5 characters, the limit",
    );
  });
});
