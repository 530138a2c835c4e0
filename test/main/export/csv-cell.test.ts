import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src-main/export/csv/csv-cell';

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('text %j that a spreadsheet would run becomes %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('numbers stay numbers, negative ones included; non-finite ones are empty', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('plain text is left alone, text with commas, quotes or line breaks is quoted', () => {
    expect(csvCell('setosa')).toBe('setosa');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('rows join with commas and CRLF', () => {
    expect(
      csvText([
        ['x', 'label'],
        [1, '=bad'],
      ]),
    ).toBe("x,label\r\n1,'=bad\r\n");
  });
});
