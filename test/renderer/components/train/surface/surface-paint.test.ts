import { describe, expect, it } from 'vitest';
import {
  CLASS_RGB,
  NEUTRAL_RGB,
} from '../../../../../src-renderer/components/train/surface/palette';
import {
  buildLut,
  classCount,
  INVALID_RGB,
  LEVELS,
  MAX_STRENGTH,
  paintSurface,
} from '../../../../../src-renderer/components/train/surface/surface-paint';

/** Paints `values` as a one-row grid and returns each cell's RGB and the counts. */
function paint(values: number[], outputs: number) {
  const cells = values.length / outputs;
  const classes = classCount(outputs);
  const pixels = new Uint8ClampedArray(cells * 4);
  const counts = new Float64Array(classes + 1);
  paintSurface(new Float32Array(values), cells, outputs, buildLut(classes), pixels, counts);
  const rgb = Array.from({ length: cells }, (_, c) =>
    Array.from(pixels.subarray(c * 4, c * 4 + 3)),
  );
  const alpha = Array.from({ length: cells }, (_, c) => pixels[c * 4 + 3]);
  return { rgb, alpha, counts: Array.from(counts) };
}

const strongest = (k: number) =>
  CLASS_RGB[k].map((c, i) => Math.round(NEUTRAL_RGB[i] + (c - NEUTRAL_RGB[i]) * MAX_STRENGTH));

describe('classCount', () => {
  it('treats one output as two classes', () => {
    expect(classCount(1)).toBe(2);
    expect(classCount(2)).toBe(2);
    expect(classCount(10)).toBe(10);
  });
});

describe('buildLut', () => {
  it('runs from the pale centre to the class colour at MAX_STRENGTH', () => {
    const lut = buildLut(3);
    expect(lut.length).toBe(3 * LEVELS * 3);
    for (let k = 0; k < 3; k++) {
      const start = k * LEVELS * 3;
      expect(Array.from(lut.subarray(start, start + 3))).toEqual([...NEUTRAL_RGB]);
      const end = (k * LEVELS + LEVELS - 1) * 3;
      expect(Array.from(lut.subarray(end, end + 3))).toEqual(strongest(k));
    }
  });
});

describe('paintSurface with one output (diverging scale centred on 0.5)', () => {
  it('is pale at 0.5, orange at 0 and blue at 1, and opaque', () => {
    const { rgb, alpha } = paint([0.5, 0, 1], 1);
    expect(rgb[0]).toEqual([...NEUTRAL_RGB]);
    expect(rgb[1]).toEqual(strongest(0));
    expect(rgb[2]).toEqual(strongest(1));
    expect(alpha).toEqual([255, 255, 255]);
  });

  it('is symmetric around 0.5 and monotone in confidence', () => {
    const { rgb } = paint([0.25, 0.75, 0.4, 0.1], 1);
    // 0.25 and 0.75 are equally confident: the same level of opposite hues.
    const lut = buildLut(2);
    const q = Math.round(0.5 * (LEVELS - 1));
    const level = (k: number) =>
      Array.from(lut.subarray((k * LEVELS + q) * 3, (k * LEVELS + q + 1) * 3));
    expect(rgb[0]).toEqual(level(0));
    expect(rgb[1]).toEqual(level(1));
    const distance = (a: number[]) => Math.hypot(...a.map((c, i) => c - NEUTRAL_RGB[i]));
    expect(distance(rgb[3])).toBeGreaterThan(distance(rgb[0]));
    expect(distance(rgb[0])).toBeGreaterThan(distance(rgb[2]));
  });

  it('clamps values outside [0, 1] and counts class 1 where p > 0.5', () => {
    const { rgb, counts } = paint([-3, 7, 0.5, 0.51], 1);
    expect(rgb[0]).toEqual(strongest(0));
    expect(rgb[1]).toEqual(strongest(1));
    expect(counts).toEqual([2, 2, 0]);
  });

  it('paints NaN grey and counts it apart', () => {
    const { rgb, counts } = paint([NaN, 0.9], 1);
    expect(rgb[0]).toEqual([...INVALID_RGB]);
    expect(counts).toEqual([0, 1, 1]);
  });
});

describe('paintSurface with several outputs (arg-max class, lightness from confidence)', () => {
  it('colours each cell by its arg-max class', () => {
    // cells: [0.1, 0.8, 0.1] → class 1 (confident), [0.2, 0.2, 0.6] → class 2
    const { rgb, counts } = paint([0.1, 0.8, 0.1, 0.2, 0.2, 0.6, 1, 0, 0], 3);
    expect(counts).toEqual([1, 1, 1, 0]);
    expect(rgb[2]).toEqual(strongest(0)); // a certain cell has the full class colour
    const lut = buildLut(3);
    const at = (k: number, confidence: number) => {
      const q = Math.round(confidence * (LEVELS - 1));
      return Array.from(lut.subarray((k * LEVELS + q) * 3, (k * LEVELS + q) * 3 + 3));
    };
    expect(rgb[0]).toEqual(at(1, (0.8 - 1 / 3) / (2 / 3)));
    expect(rgb[1]).toEqual(at(2, (0.6 - 1 / 3) / (2 / 3)));
  });

  it('is pale when all classes are equally likely', () => {
    const { rgb } = paint([0.25, 0.25, 0.25, 0.25], 4);
    expect(rgb[0]).toEqual([...NEUTRAL_RGB]);
  });

  it('marks a cell with any NaN output invalid', () => {
    const { rgb, counts } = paint([0.5, NaN, 0.2, 0.7], 2);
    expect(rgb[0]).toEqual([...INVALID_RGB]);
    expect(counts).toEqual([0, 1, 1]);
  });

  it('paints a 100 × 100 grid with 10 outputs in a few milliseconds', () => {
    const cells = 100 * 100;
    const output = new Float32Array(cells * 10).map((_, i) => (i * 7919) % 13);
    const pixels = new Uint8ClampedArray(cells * 4);
    const counts = new Float64Array(11);
    const lut = buildLut(10);
    paintSurface(output, cells, 10, lut, pixels, counts); // warm up
    const start = performance.now();
    for (let r = 0; r < 10; r++) paintSurface(output, cells, 10, lut, pixels, counts);
    expect((performance.now() - start) / 10).toBeLessThan(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(cells);
  });
});
