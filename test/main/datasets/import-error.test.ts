import { describe, expect, it } from 'vitest';
import { DatasetImportError, quote } from '../../../src-main/datasets/import-error';

describe('DatasetImportError', () => {
  it('names file, row and column, and keeps them as fields', () => {
    const e = new DatasetImportError('not-a-number', 'data.csv', "'abc' is not a number", {
      row: 17,
      column: 'age',
    });
    expect(e.message).toBe("data.csv: row 17, column 'age': 'abc' is not a number");
    expect([e.code, e.file, e.row, e.column]).toEqual(['not-a-number', 'data.csv', 17, 'age']);
  });

  it('quotes hostile text escaped and cut short', () => {
    expect(quote('a\nb\x00')).toBe("'a\\nb\\x00'");
    expect(quote('x'.repeat(50))).toBe(`'${'x'.repeat(40)}…'`);
  });
});
