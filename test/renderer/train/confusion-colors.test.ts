import { describe, expect, it } from 'vitest';
import {
  cellColors,
  contrast,
  MAX_MIX,
  parseHex,
  rowShares,
  rowTotals,
  type MatrixTheme,
} from '../../../src-renderer/train/confusion-colors';

const LIGHT: MatrixTheme = {
  surface: '#ffffff',
  right: '#2e4bb0',
  wrong: '#8f1d1d',
  text: '#1b2232',
  textOnStrong: '#ffffff',
};
const DARK: MatrixTheme = {
  surface: '#181e2a',
  right: '#8fa9ff',
  wrong: '#ffc2c2',
  text: '#e6e9f0',
  textOnStrong: '#0b1020',
};

describe('row totals and shares', () => {
  it('divides each count by its row total', () => {
    const counts = [
      [8, 2],
      [1, 3],
    ];
    expect(rowTotals(counts)).toEqual([10, 4]);
    expect(rowShares(counts)).toEqual([
      [0.8, 0.2],
      [0.25, 0.75],
    ]);
  });

  it('gives an empty row shares of 0, not NaN', () => {
    expect(rowShares([[0, 0]])).toEqual([[0, 0]]);
  });
});

describe('parseHex and contrast', () => {
  it('reads long and short hex colours', () => {
    expect(parseHex('#2e4bb0')).toEqual([46, 75, 176]);
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(() => parseHex('rgb(1, 2, 3)')).toThrow(/not a hex colour/);
  });

  it('gives 21:1 for black on white and 1:1 for equal colours', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([10, 20, 30], [10, 20, 30])).toBe(1);
  });
});

describe('cellColors', () => {
  it('leaves an empty share at the surface colour and mixes a full one MAX_MIX of the way', () => {
    expect(cellColors(0, true, LIGHT).background).toBe('#ffffff');
    const full = parseHex(cellColors(1, true, LIGHT).background);
    const want = [
      255 + (46 - 255) * MAX_MIX,
      255 + (75 - 255) * MAX_MIX,
      255 + (176 - 255) * MAX_MIX,
    ];
    full.forEach((c, i) => expect(Math.abs(c - want[i])).toBeLessThanOrEqual(1));
  });

  it('tints the diagonal towards "right" and the rest towards "wrong"', () => {
    const [r1, , b1] = parseHex(cellColors(0.9, true, LIGHT).background);
    const [r2, , b2] = parseHex(cellColors(0.9, false, LIGHT).background);
    expect(b1).toBeGreaterThan(r1);
    expect(r2).toBeGreaterThan(b2);
  });

  it('always picks a text colour of at least 4.5:1 in both themes', () => {
    for (const theme of [LIGHT, DARK]) {
      for (const diagonal of [true, false]) {
        for (let s = 0; s <= 1.0001; s += 0.05) {
          const { background, color } = cellColors(s, diagonal, theme);
          expect(contrast(parseHex(background), parseHex(color))).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('clamps shares outside 0 … 1', () => {
    expect(cellColors(-1, true, LIGHT)).toEqual(cellColors(0, true, LIGHT));
    expect(cellColors(7, false, DARK)).toEqual(cellColors(1, false, DARK));
  });
});
