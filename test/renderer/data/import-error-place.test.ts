import { describe, expect, it } from 'vitest';
import {
  columnIndexOf,
  describeErrorCell,
  parseErrorPlace,
  previewCellOf,
  type PreviewShape,
} from '../../../src-renderer/data/import-error-place';

describe('parseErrorPlace', () => {
  it('reads row, column and value of a not-a-number error', () => {
    expect(
      parseErrorPlace(
        "flowers.csv: row 17, column 'petal_width': 'n/a?' is not a number",
        'flowers.csv',
      ),
    ).toEqual({ row: 17, column: 'petal_width', value: 'n/a?' });
  });

  it('reads a column alone and a row named in the detail', () => {
    expect(
      parseErrorPlace("a.csv: column 'x': the column has no values to fill from", 'a.csv'),
    ).toEqual({
      column: 'x',
    });
    expect(parseErrorPlace('a.csv: row 5 has 4 cells, the header has 5', 'a.csv')).toEqual({
      row: 5,
    });
    expect(parseErrorPlace('a.csv: a quote opened on row 9 is never closed', 'a.csv')).toEqual({
      row: 9,
    });
  });

  it('is not fooled by a file name that looks like a place', () => {
    expect(parseErrorPlace('row 3.csv: the file is empty', 'row 3.csv')).toEqual({});
  });

  it('keeps column names with commas, colons and escapes', () => {
    expect(
      parseErrorPlace("d.csv: row 2, column 'a, b: c\\t': 'x' is not a number", 'd.csv'),
    ).toEqual({ row: 2, column: 'a, b: c\t', value: 'x' });
  });

  it('finds nothing in a message without a place', () => {
    expect(parseErrorPlace('d.csv: choose at least one input column', 'd.csv')).toEqual({});
  });
});

describe('columnIndexOf', () => {
  it('matches exact names and names cut to 40 characters', () => {
    const long = 'a'.repeat(45);
    expect(columnIndexOf('b', ['a', 'b'])).toBe(1);
    expect(columnIndexOf(`${'a'.repeat(40)}…`, ['x', long])).toBe(1);
    expect(columnIndexOf('z', ['a'])).toBe(-1);
  });
});

describe('previewCellOf', () => {
  const preview: PreviewShape = {
    columns: [{ name: 'x' }, { name: 'y' }, { name: 'label' }],
    firstRows: [
      ['1', '2', 'a'],
      ['3', 'oops', 'b'],
      ['5', 'oops', 'a'],
    ],
    header: true,
    delimiter: ',',
  };

  it('finds the quoted value in its column', () => {
    expect(previewCellOf({ row: 3, column: 'y', value: 'oops' }, preview)).toEqual({
      row: 1,
      column: 1,
    });
  });

  it('turns a line number into a data row (header on line 1)', () => {
    expect(previewCellOf({ row: 4 }, preview)).toEqual({ row: 2, column: -1 });
    expect(previewCellOf({ row: 4 }, { ...preview, header: false })).toEqual({
      row: -1,
      column: -1,
    });
    expect(previewCellOf({ row: 1 }, { ...preview, header: false })).toEqual({
      row: 0,
      column: -1,
    });
  });

  it('counts JSON records from 1', () => {
    expect(previewCellOf({ row: 2, column: 'label' }, { ...preview, delimiter: null })).toEqual({
      row: 1,
      column: 2,
    });
  });

  it('says -1 for rows past the preview and unknown columns', () => {
    expect(previewCellOf({ row: 90, column: 'nope' }, preview)).toEqual({ row: -1, column: -1 });
  });
});

describe('describeErrorCell', () => {
  it('says what is highlighted and what is out of sight', () => {
    expect(describeErrorCell({ row: 6, column: 'w' }, { row: 4, column: 1 }, 50)).toBe(
      'The cell at row 6, column ‘w’ is highlighted below.',
    );
    expect(describeErrorCell({ row: 6 }, { row: 4, column: -1 }, 50)).toBe(
      'Row 6 is highlighted below.',
    );
    expect(describeErrorCell({ row: 90, column: 'w' }, { row: -1, column: 1 }, 50)).toBe(
      'Column ‘w’ is highlighted below; row 90 is past the first 50 rows shown.',
    );
    expect(describeErrorCell({ column: 'w' }, { row: -1, column: 1 }, 50)).toBe(
      'Column ‘w’ is highlighted below.',
    );
    expect(describeErrorCell({ row: 90 }, { row: -1, column: -1 }, 50)).toBe(
      'Row 90 is past the first 50 rows shown.',
    );
    expect(describeErrorCell({}, { row: -1, column: -1 }, 50)).toBeNull();
  });
});
