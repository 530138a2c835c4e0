import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import { labsNumber } from '../../../src-renderer/labs/labs-number';
import {
  fromSvg,
  innerSize,
  niceStep,
  ticksEvery,
  toSvg,
  type PlotArea,
} from '../../../src-renderer/labs/plot-area';

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('plot area', () => {
  // 400 × 200 with margins l 40, r 10, t 10, b 30: inside 350 × 160
  const a: PlotArea = {
    width: 400,
    height: 200,
    margin: { l: 40, r: 10, t: 10, b: 30 },
    x: [0, 7],
    y: [-1, 1],
  };

  it('maps the corners of the data box to the inner rectangle, y up, and back', () => {
    expect(innerSize(a)).toEqual([350, 160]);
    expect(toSvg(a, 0, -1)).toEqual([40, 170]);
    expect(toSvg(a, 7, 1)).toEqual([390, 10]);
    expect(toSvg(a, 3.5, 0)).toEqual([215, 90]);
    const [x, y] = fromSvg(a, ...toSvg(a, 2.5, 0.25));
    expect(x).toBeCloseTo(2.5, 12);
    expect(y).toBeCloseTo(0.25, 12);
  });

  it('picks a round tick distance of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(8, 4)).toBe(2);
    expect(niceStep(2, 4)).toBe(0.5);
    expect(niceStep(4, 4)).toBe(1);
    expect(niceStep(10)).toBe(2);
    expect(niceStep(1.2, 4)).toBeCloseTo(0.5, 12);
    expect(niceStep(3000)).toBe(1000);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(NaN)).toBe(1);
  });

  it('lists the multiples of the step in range, without float noise or −0', () => {
    expect(ticksEvery(-1, 1, 0.5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(ticksEvery(-0.08, 1.08, 0.5)).toEqual([0, 0.5, 1]);
    expect(ticksEvery(0.05, 0.35, 0.1)).toEqual([0.1, 0.2, 0.3]);
    expect(Object.is(ticksEvery(-0.4, 0.4, 0.5)[0], 0)).toBe(true);
    expect(ticksEvery(0, 1, 0)).toEqual([]);
    expect(ticksEvery(NaN, 1, 1)).toEqual([]);
  });
});

describe('labsNumber', () => {
  it('rounds and writes the language decimal sign; −0 is 0', () => {
    expect(labsNumber(0.12345)).toBe('0.123');
    expect(labsNumber(-0.0001)).toBe('0');
    expect(labsNumber(2.5, 0)).toBe('3');
    expect(labsNumber(-0.3, 4)).toBe('-0.3');
    i18n.global.locale.value = 'es';
    expect(labsNumber(0.25)).toBe('0,25');
    expect(labsNumber(-1.5)).toBe('-1,5');
    expect(labsNumber(NaN)).toBe('NaN');
  });
});
