import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  detectHeader,
  detectNumberFormat,
  detectTrailingDelimiter,
} from '../../../src-main/datasets/detect-dialect';
import { DECIMAL_POINT } from '../../../src-main/datasets/number-format';

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1,5;2;3\n4;5,5;6\n', ';'],
    ['a\tb\n"x, y"\t2\n', '\t'],
    ['1,5;2,5\n3,5;4,5\n', ';'],
    ['"a;b",c\n"d;e",f\n', ','],
    ['just one column\nvalue\n', ','],
  ] as const)('%j → %j', (sample, expected) => {
    expect(detectDelimiter(sample, true)).toBe(expected);
  });

  it('ignores a last line cut off by the sample end', () => {
    expect(detectDelimiter('a;b\n1;2\n3;4\n5', false)).toBe(';');
    expect(detectDelimiter('a;b\n1;2\n3;4\n5', true)).toBe(';');
    expect(detectDelimiter('a;b\n1;2\n3,4,5,6', false)).toBe(';');
  });
});

describe('detectNumberFormat', () => {
  const column = (...cells: string[]) => cells.map((c) => [c]);
  it.each([
    [';', column('a', '1,5', '2'), ',', null],
    [';', column('a', '1.5', '2'), '.', null],
    [',', column('1,5'), '.', null],
    // mixed files keep the majority mark; the others are read as decimals all the same
    [';', column('1,5', '2,25', '1.5'), ',', null],
    [';', column('1.5', '2.25', '1,5'), '.', null],
    // thousands separators, told by several groups or by both marks in one cell
    [';', column('1.234,5', '2'), ',', '.'],
    [';', column('1.234.567'), ',', '.'],
    [',', column('1,234.5'), '.', ','],
    [';', column('1,234,567', '2.5'), '.', ','],
    // `1,500` alone: a decimal comma in a semicolon file (the European convention)
    [';', column('1,500', '2,000'), ',', null],
    [',', column('1,500'), '.', null],
  ] as const)('%j %j → decimal %j, thousands %j', (delimiter, records, decimal, thousands) => {
    expect(detectNumberFormat(delimiter, records)).toEqual({ decimal, thousands });
  });
});

describe('detectTrailingDelimiter', () => {
  it('only when every record, header included, ends with an empty cell', () => {
    expect(
      detectTrailingDelimiter([
        ['a', 'b', ''],
        ['1', '2', ''],
        ['3', '4', ' '],
      ]),
    ).toBe(true);
    expect(
      detectTrailingDelimiter([
        ['a', 'b'],
        ['1', '2', ''],
      ]),
    ).toBe(false);
    expect(detectTrailingDelimiter([['a', 'b', '']])).toBe(false);
  });
});

describe('detectHeader', () => {
  it.each([
    [
      [
        ['x', 'y'],
        ['1', 'a'],
      ],
      true,
    ],
    [
      [
        ['1', '2'],
        ['3', '4'],
      ],
      false,
    ],
    [
      [
        ['red', 'big'],
        ['red', 'small'],
      ],
      false,
    ],
    [
      [
        ['colour', 'size'],
        ['red', 'small'],
      ],
      true,
    ],
    [
      [
        ['', ''],
        ['', ''],
      ],
      false,
    ],
    [[['name']], true],
  ])('%j → %j', (records, expected) => {
    expect(detectHeader(records, DECIMAL_POINT)).toBe(expected);
  });
});
