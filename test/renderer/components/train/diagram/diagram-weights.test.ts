import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../../../../src-renderer/components/train/diagram/diagram-layout';
import {
  biasLooks,
  formatWeight,
  linkLooks,
  linkOpacity,
  linkWidth,
  magnitude,
  maxAbs,
  maxAbsWeight,
  MAX_WIDTH,
  MIN_OPACITY,
  MIN_WIDTH,
  weightColor,
} from '../../../../../src-renderer/components/train/diagram/diagram-weights';
import {
  NEGATIVE_HEX,
  NEUTRAL_LINK_HEX,
  POSITIVE_HEX,
} from '../../../../../src-renderer/components/train/surface/palette';

describe('weight scaling', () => {
  it('finds the largest finite |w|', () => {
    expect(
      maxAbs([
        [1, -3],
        [2, Infinity, NaN],
      ]),
    ).toBe(3);
    expect(maxAbs([])).toBe(0);
    expect(maxAbsWeight([[[1, -3]], [[-7, -Infinity, NaN]]])).toBe(7);
  });

  it('scales width linearly from MIN_WIDTH to MAX_WIDTH and clamps', () => {
    expect(linkWidth(0, 2)).toBe(MIN_WIDTH);
    expect(linkWidth(-2, 2)).toBe(MAX_WIDTH);
    expect(linkWidth(1, 2)).toBeCloseTo((MIN_WIDTH + MAX_WIDTH) / 2);
    expect(linkWidth(5, 2)).toBe(MAX_WIDTH);
    expect(linkWidth(NaN, 2)).toBe(MIN_WIDTH);
  });

  it('scales opacity with magnitude', () => {
    expect(linkOpacity(0, 1)).toBe(MIN_OPACITY);
    expect(linkOpacity(1, 1)).toBe(1);
    expect(magnitude(1, 0)).toBe(0); // all-zero network
  });

  it('colours by sign', () => {
    expect(weightColor(0.1)).toBe(POSITIVE_HEX);
    expect(weightColor(-0.1)).toBe(NEGATIVE_HEX);
    expect(weightColor(0)).toBe(NEUTRAL_LINK_HEX);
    expect(weightColor(NaN)).toBe(NEUTRAL_LINK_HEX);
  });

  it('formats weights for tooltips', () => {
    expect(formatWeight(0.532149)).toBe('0.532');
    expect(formatWeight(-12.345)).toBe('−12.3');
    expect(formatWeight(NaN)).toBe('NaN');
  });
});

describe('linkLooks and biasLooks', () => {
  const spec = {
    inputs: 2,
    layers: [
      { units: 2, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  };
  const layout = layoutNetwork(spec);
  const names = layout.columns.map((c) => c.units.map((u) => u.name));
  const weights = {
    W: [
      [
        [1, -2],
        [0.5, 0],
      ],
      [[4, -1]],
    ],
    b: [[0.5, -1], [0]],
  };

  it('reads W[layer][to][from] and scales to the largest |w| in the network', () => {
    const looks = linkLooks(layout.links, weights, names);
    const byKey = Object.fromEntries(layout.links.map((l, i) => [l.key, looks[i]]));
    expect(byKey['0:0:1']).toMatchObject({
      color: NEGATIVE_HEX,
      width: linkWidth(2, 4),
      title: 'x2 → h1.1: weight −2',
    });
    expect(byKey['1:0:0']).toMatchObject({ color: POSITIVE_HEX, width: MAX_WIDTH, opacity: 1 });
    expect(byKey['0:1:1'].width).toBe(MIN_WIDTH);
  });

  it('draws thin neutral links without weights or with mismatched weights', () => {
    for (const w of [null, { W: [[[1]]], b: [] }]) {
      const looks = linkLooks(layout.links, w, names);
      expect(looks[looks.length - 1]).toMatchObject({ color: NEUTRAL_LINK_HEX, width: 1 });
    }
    expect(linkLooks(layout.links, null, names)[0].title).toBe('x1 → h1.1');
  });

  it('fills neurons by bias, leaving inputs clear', () => {
    const looks = biasLooks(names, weights);
    expect(looks[0][0].opacity).toBe(0);
    expect(looks[1][0]).toMatchObject({ color: POSITIVE_HEX, title: 'h1.1: bias 0.5' });
    expect(looks[1][1].color).toBe(NEGATIVE_HEX);
    expect(looks[1][1].opacity).toBeCloseTo(0.8);
    expect(looks[2][0].color).toBe(NEUTRAL_LINK_HEX);
  });
});
