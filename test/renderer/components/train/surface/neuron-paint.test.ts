import { describe, expect, it } from 'vitest';
import {
  CLASS_RGB,
  NEUTRAL_RGB,
} from '../../../../../src-renderer/components/train/surface/palette';
import {
  mapScale,
  paintNeuronMap,
} from '../../../../../src-renderer/components/train/surface/neuron-paint';
import { INVALID_RGB } from '../../../../../src-renderer/components/train/surface/surface-paint';

const pixel = (rgba: Uint8ClampedArray, i: number) => [...rgba.subarray(i * 4, i * 4 + 4)];

describe('paintNeuronMap', () => {
  it('paints the most negative value orange, zero pale and the most positive blue', () => {
    const rgba = new Uint8ClampedArray(4 * 4);
    paintNeuronMap([-2, 0, 2, NaN], rgba);
    expect(pixel(rgba, 0)).toEqual([...CLASS_RGB[0], 255]);
    expect(pixel(rgba, 1)).toEqual([...NEUTRAL_RGB, 255]);
    expect(pixel(rgba, 2)).toEqual([...CLASS_RGB[1], 255]);
    expect(pixel(rgba, 3)).toEqual([...INVALID_RGB, 255]);
  });

  it('scales by the map itself, so a small ReLU map still reaches full colour', () => {
    const rgba = new Uint8ClampedArray(2 * 4);
    paintNeuronMap([0, 0.001], rgba);
    expect(pixel(rgba, 1)).toEqual([...CLASS_RGB[1], 255]);
  });

  it('paints an all-zero map pale, without dividing by zero', () => {
    const rgba = new Uint8ClampedArray(2 * 4);
    paintNeuronMap([0, 0], rgba);
    expect(pixel(rgba, 0)).toEqual([...NEUTRAL_RGB, 255]);
    expect(mapScale([0, -3, Infinity, NaN])).toBe(3);
  });
});
