import { describe, expect, it } from 'vitest';
import {
  CLASS_RGB,
  classRgb,
  mixRgb,
  NEGATIVE_HEX,
  POSITIVE_HEX,
  toHex,
  UNLABELLED_RGB,
} from '../../../../../src-renderer/components/train/surface/palette';

describe('palette', () => {
  it('uses orange for class 0 and blue for class 1, shared with the weight colours', () => {
    expect(toHex(classRgb(0))).toBe('#f59322');
    expect(toHex(classRgb(1))).toBe('#0877bd');
    expect(NEGATIVE_HEX).toBe('#f59322');
    expect(POSITIVE_HEX).toBe('#0877bd');
  });

  it('reuses the colours past the end and greys out invalid classes', () => {
    expect(classRgb(CLASS_RGB.length)).toBe(CLASS_RGB[0]);
    expect(classRgb(CLASS_RGB.length + 3)).toBe(CLASS_RGB[3]);
    expect(classRgb(-1)).toBe(UNLABELLED_RGB);
    expect(classRgb(NaN)).toBe(UNLABELLED_RGB);
  });

  it('has ten distinct class colours', () => {
    expect(new Set(CLASS_RGB.map(toHex)).size).toBe(CLASS_RGB.length);
    expect(CLASS_RGB.length).toBe(10);
  });

  it('mixes linearly and clamps t', () => {
    expect(mixRgb([0, 0, 0], [200, 100, 50], 0.5)).toEqual([100, 50, 25]);
    expect(mixRgb([0, 0, 0], [200, 100, 50], 2)).toEqual([200, 100, 50]);
    expect(mixRgb([0, 0, 0], [200, 100, 50], -1)).toEqual([0, 0, 0]);
  });

  it('writes #rrggbb with two digits per channel', () => {
    expect(toHex([0, 15, 255])).toBe('#000fff');
  });
});
