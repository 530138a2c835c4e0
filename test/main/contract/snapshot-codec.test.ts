import { describe, expect, it } from 'vitest';
import {
  decodeSurface,
  encodeSurface,
  fromLevels,
  surfaceBytes,
  toLevels,
} from '../../../src-main/contract/snapshot-codec';

describe('maps as integer levels', () => {
  it('comes back within half a level of its range, 8 and 16 bits', () => {
    const values = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 3 - 1);
    for (const bits of [8, 16] as const) {
      const map = toLevels(values, bits);
      const back = fromLevels(map);
      const half = (map.hi - map.lo) / (2 * ((bits === 8 ? 255 : 65535) - 1));
      for (let i = 0; i < values.length; i++) {
        expect(Math.abs(back[i] - values[i])).toBeLessThanOrEqual(half + 1e-6);
      }
      expect(map.levels.BYTES_PER_ELEMENT).toBe(bits / 8);
    }
  });

  it('keeps NaN as NaN and clamps infinities to the finite range', () => {
    const map = toLevels([0, NaN, 1, Infinity, -Infinity], 8);
    expect([map.lo, map.hi]).toEqual([0, 1]);
    const back = Array.from(fromLevels(map));
    expect(back[1]).toBeNaN();
    expect([back[0], back[2], back[3], back[4]]).toEqual([0, 1, 1, 0]);
  });

  it('a constant map, and one with nothing finite, stay what they were', () => {
    expect(Array.from(fromLevels(toLevels([0.5, 0.5], 16)))).toEqual([0.5, 0.5]);
    const none = fromLevels(toLevels([NaN, NaN], 8));
    expect(Number.isNaN(none[0]) && Number.isNaN(none[1])).toBe(true);
  });

  it('a surface travels as 16-bit outputs and 8-bit hidden maps, and decodes', () => {
    const n = 100;
    const surface = {
      n,
      box: { xMin: -1, xMax: 1, yMin: -2, yMax: 2 },
      outputs: 1,
      output: Float32Array.from({ length: n * n }, (_, i) => i / (n * n)),
      hiddenN: 40,
      hidden: [[new Float32Array(1600).fill(0.25), new Float32Array(1600)]],
    };
    const wire = encodeSurface(surface);
    expect(surfaceBytes(wire)).toBe(2 * n * n + 2 * 1600);
    const back = decodeSurface(wire);
    expect(back.box).toEqual(surface.box);
    expect(back.hiddenN).toBe(40);
    expect(back.output[n * n - 1]).toBeCloseTo(surface.output[n * n - 1], 4);
    expect(back.hidden![0][0][7]).toBe(0.25);
  });
});
