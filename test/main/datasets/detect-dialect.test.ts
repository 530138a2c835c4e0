import { describe, expect, it } from 'vitest';
import {
  detectDecimalComma,
  detectDelimiter,
  detectHeader,
} from '../../../src-main/datasets/detect-dialect';

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

describe('detectDecimalComma', () => {
  it('only with a non-comma delimiter and a cell like 1,5', () => {
    expect(
      detectDecimalComma(';', [
        ['a', 'b'],
        ['1,5', '2'],
      ]),
    ).toBe(true);
    expect(
      detectDecimalComma(';', [
        ['a', 'b'],
        ['1.5', '2'],
      ]),
    ).toBe(false);
    expect(detectDecimalComma(',', [['1,5']])).toBe(false);
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
    expect(detectHeader(records, false)).toBe(expected);
  });
});
