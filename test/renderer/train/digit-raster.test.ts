import { describe, expect, it } from 'vitest';
import {
  classProbabilities,
  DIGIT_SIDE,
  digitToRgba,
  INK_BOX,
  rasterizeDigit,
} from '../../../src-renderer/train/digit-raster';

/** A w × h pad with a filled rectangle of full ink. */
function pad(w: number, h: number, rect: { x: number; y: number; w: number; h: number }) {
  const ink = new Uint8ClampedArray(w * h);
  for (let y = rect.y; y < rect.y + rect.h; y++)
    for (let x = rect.x; x < rect.x + rect.w; x++) ink[y * w + x] = 255;
  return ink;
}

function inkBox(pixels: Float32Array) {
  let [x0, y0, x1, y1] = [DIGIT_SIDE, DIGIT_SIDE, -1, -1];
  let sum = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < DIGIT_SIDE; y++)
    for (let x = 0; x < DIGIT_SIDE; x++) {
      const v = pixels[y * DIGIT_SIDE + x];
      if (v <= 0) continue;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      sum += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  return { x0, y0, x1, y1, sum, cx: mx / sum, cy: my / sum };
}

describe('rasterizeDigit', () => {
  it('gives 784 zeros for an empty pad', () => {
    const out = rasterizeDigit(new Uint8ClampedArray(280 * 280), 280, 280);
    expect(out.length).toBe(784);
    expect(out.every((v) => v === 0)).toBe(true);
  });

  it('scales the ink box to 20 pixels on its longer side and centres its mass', () => {
    // A tall bar in the top-left corner of a 280 pad: 40 wide, 200 high.
    const out = rasterizeDigit(pad(280, 280, { x: 10, y: 20, w: 40, h: 200 }), 280, 280);
    const box = inkBox(out);
    expect(box.y1 - box.y0 + 1).toBeGreaterThanOrEqual(INK_BOX - 1);
    expect(box.y1 - box.y0 + 1).toBeLessThanOrEqual(INK_BOX + 1);
    expect(box.x1 - box.x0 + 1).toBeGreaterThanOrEqual(4);
    expect(box.x1 - box.x0 + 1).toBeLessThanOrEqual(5);
    expect(box.cx).toBeCloseTo(14, 0);
    expect(box.cy).toBeCloseTo(14, 0);
    // Area is kept: 40 × 200 pad pixels at scale 0.1 cover 80 digit pixels of full ink.
    expect(box.sum).toBeCloseTo(80, 0);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  it('does not enlarge a drawing smaller than the box', () => {
    const out = rasterizeDigit(pad(28, 28, { x: 2, y: 2, w: 4, h: 4 }), 28, 28);
    const box = inkBox(out);
    expect(box.x1 - box.x0 + 1).toBe(4);
    expect(box.sum).toBeCloseTo(16, 5);
  });

  it('refuses an ink array of the wrong size', () => {
    expect(() => rasterizeDigit(new Uint8ClampedArray(10), 5, 5)).toThrow(/expected 5 × 5/);
  });
});

describe('digitToRgba', () => {
  it('draws ink dark on white paper, opaque', () => {
    const rgba = new Uint8ClampedArray(3 * 4);
    digitToRgba([0, 1, 0.5], rgba);
    expect([...rgba]).toEqual([255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255]);
  });
});

describe('classProbabilities', () => {
  it('keeps softmax outputs, normalises sigmoid ones, softmaxes linear ones', () => {
    expect(classProbabilities([0.2, 0.8], 'softmax')).toEqual([0.2, 0.8]);
    expect(classProbabilities([0.5, 0.5, 1], 'sigmoid')).toEqual([0.25, 0.25, 0.5]);
    const p = classProbabilities([0, Math.log(3)], 'linear');
    expect(p[0]).toBeCloseTo(0.25, 10);
    expect(p[1]).toBeCloseTo(0.75, 10);
  });
});
