import { describe, expect, it } from 'vitest';
import {
  CsvTokenizer,
  RecordCollector,
  type CsvRecord,
  type FieldSink,
} from '../../../src-main/datasets/csv-tokenizer';
import { DEFAULT_IMPORT_LIMITS } from '../../../src-main/datasets/import-limits';

function tokenize(chunks: string[], delimiter = ','): CsvRecord[] {
  const collector = new RecordCollector();
  const tokenizer = new CsvTokenizer(delimiter, 'd.csv', DEFAULT_IMPORT_LIMITS, collector);
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return collector.records;
}

/** A sink that takes numbers too, writing each field as `n:VALUE` or `t:TEXT`. */
function tokenizeNumbers(chunks: string[], decimal: '.' | ',' = '.', delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const sink: FieldSink = {
    field: (s, from, to) => void row.push(`t:${s.slice(from, to)}`),
    number: (value, s, from, to) => void row.push(`n:${value}=${s.slice(from, to)}`),
    endRecord: () => {
      rows.push(row);
      row = [];
    },
  };
  const tokenizer = new CsvTokenizer(delimiter, 'd.csv', DEFAULT_IMPORT_LIMITS, sink);
  tokenizer.setSink(sink, decimal);
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return rows;
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
    const tokenizer = new CsvTokenizer(',', 'd.csv', limits, new RecordCollector());
    expect(() => tokenizer.push('ab,"123456')).toThrow(
      "d.csv: row 1, column 'column 2': a cell is longer than 5 characters, the limit",
    );
  });

  it('reads plain numbers while finding fields, the same wherever the chunks are cut', () => {
    const text = '1.5,-2e3,x,"4",1e999,7\r\n 8,.5,1e,3.\n';
    const whole = tokenizeNumbers([text]);
    expect(whole).toEqual([
      ['n:1.5=1.5', 'n:-2000=-2e3', 't:x', 't:4', 't:1e999', 'n:7=7'],
      ['t: 8', 'n:0.5=.5', 't:1e', 'n:3=3.'],
    ]);
    // a number cut by a chunk's end is still found, as a text field the column then reads
    const texts = (rows: string[][]) => rows.map((r) => r.map((f) => f.replace(/^n:.*=/, 't:')));
    for (let cut = 0; cut <= text.length; cut++) {
      expect(texts(tokenizeNumbers([text.slice(0, cut), text.slice(cut)]))).toEqual(texts(whole));
    }
  });

  it('reads decimal commas in a semicolon file', () => {
    expect(tokenizeNumbers(['1,5;2\n-0,25;3,\n'], ',', ';')).toEqual([
      ['n:1.5=1,5', 'n:2=2'],
      ['n:-0.25=-0,25', 'n:3=3,'],
    ]);
  });
});
