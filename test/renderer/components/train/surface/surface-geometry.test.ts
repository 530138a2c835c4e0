import { describe, expect, it } from 'vitest';
import {
  boxOfPoints,
  DEFAULT_BOX,
  formatTick,
  sameBox,
  toCanvasX,
  toCanvasY,
} from '../../../../../src-renderer/components/train/surface/surface-geometry';

const box = { xMin: -6, xMax: 6, yMin: -2, yMax: 2 };

describe('canvas coordinates', () => {
  it('puts xMin at the left, xMax at the right, yMax at the top and yMin at the bottom', () => {
    expect(toCanvasX(box, 300, -6)).toBe(0);
    expect(toCanvasX(box, 300, 6)).toBe(300);
    expect(toCanvasX(box, 300, 0)).toBe(150);
    expect(toCanvasY(box, 300, 2)).toBe(0);
    expect(toCanvasY(box, 300, -2)).toBe(300);
    expect(toCanvasY(box, 300, 1)).toBe(75);
  });
});

describe('boxOfPoints', () => {
  it('widens the bounding box by the margin', () => {
    const points = { x: new Float32Array([0, 0, 10, 4]), labels: null, m: 2 };
    expect(boxOfPoints(points)).toEqual({ xMin: -1, xMax: 11, yMin: -0.4, yMax: 4.4 });
  });

  it('skips non-finite points and gives one point some room', () => {
    const points = { x: new Float32Array([NaN, 1, 3, 3, Infinity, 0]), labels: null, m: 3 };
    expect(boxOfPoints(points, 0.5)).toEqual({ xMin: 2, xMax: 4, yMin: 2, yMax: 4 });
  });

  it('falls back to the default box', () => {
    expect(boxOfPoints(null)).toEqual(DEFAULT_BOX);
    expect(boxOfPoints({ x: new Float32Array(0), labels: null, m: 0 })).toEqual(DEFAULT_BOX);
  });

  it('compares boxes by value', () => {
    expect(sameBox(box, { ...box })).toBe(true);
    expect(sameBox(box, { ...box, yMax: 3 })).toBe(false);
  });
});

describe('formatTick', () => {
  it('keeps at most two decimals and uses a real minus sign', () => {
    expect(formatTick(6)).toBe('6');
    expect(formatTick(-6)).toBe('−6');
    expect(formatTick(1.23456)).toBe('1.23');
    expect(formatTick(-0.001)).toBe('0');
    expect(formatTick(-0)).toBe('0');
  });
});
