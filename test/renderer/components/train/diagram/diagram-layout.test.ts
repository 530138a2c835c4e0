import { describe, expect, it } from 'vitest';
import {
  COLUMN_GAP,
  describeNetwork,
  layoutNetwork,
  MIN_COLUMN_GAP,
  RADIUS,
  ROW_GAP,
  shownUnits,
} from '../../../../../src-renderer/components/train/diagram/diagram-layout';

const xor = {
  inputs: 2,
  layers: [
    { units: 4, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};
const mnist = {
  inputs: 784,
  layers: [
    { units: 128, activation: 'relu' },
    { units: 10, activation: 'softmax' },
  ],
};

describe('layoutNetwork', () => {
  it('draws a 2-4-1 network fully in three evenly spaced columns', () => {
    const layout = layoutNetwork(xor);
    expect(layout.columns.map((c) => c.units.length)).toEqual([2, 4, 1]);
    expect(layout.columns.map((c) => c.title)).toEqual(['input', 'hidden 1', 'output']);
    expect(layout.columns.map((c) => c.activation)).toEqual(['', 'tanh', 'sigmoid']);
    expect(layout.columns[1].x - layout.columns[0].x).toBe(COLUMN_GAP);
    expect(layout.columns.every((c) => c.more === null)).toBe(true);
    expect(layout.links).toHaveLength(2 * 4 + 4 * 1);
  });

  it('centres each column vertically and spaces units by ROW_GAP', () => {
    const layout = layoutNetwork(xor);
    const centre = (ys: number[]) => (ys[0] + ys[ys.length - 1]) / 2;
    const centres = layout.columns.map((c) => centre(c.units.map((u) => u.y)));
    expect(new Set(centres).size).toBe(1);
    const hidden = layout.columns[1].units.map((u) => u.y);
    expect(hidden[1] - hidden[0]).toBe(ROW_GAP);
    for (const u of layout.columns.flatMap((c) => c.units)) {
      expect(u.y - RADIUS).toBeGreaterThanOrEqual(0);
      expect(u.y + RADIUS).toBeLessThanOrEqual(layout.height);
      expect(u.x + RADIUS).toBeLessThanOrEqual(layout.width);
    }
  });

  it('joins circle edges and indexes W[layer][to][from]', () => {
    const layout = layoutNetwork(xor);
    const link = layout.links.find((l) => l.layer === 1 && l.from === 3 && l.to === 0)!;
    const from = layout.columns[1].units[3];
    const to = layout.columns[2].units[0];
    expect(link.ends).toEqual({ x1: from.x + RADIUS, y1: from.y, x2: to.x - RADIUS, y2: to.y });
    expect(link.key).toBe('1:0:3');
    expect(new Set(layout.links.map((l) => l.key)).size).toBe(layout.links.length);
  });

  it('names units x, h and y', () => {
    const names = layoutNetwork(xor).columns.map((c) => c.units.map((u) => u.name));
    expect(names).toEqual([['x1', 'x2'], ['h1.1', 'h1.2', 'h1.3', 'h1.4'], ['y1']]);
  });

  it('shows the first few units of a large layer and a "more" marker', () => {
    expect(shownUnits(10)).toBe(10);
    expect(shownUnits(11)).toBe(8);
    const layout = layoutNetwork(mnist);
    expect(layout.columns.map((c) => c.units.length)).toEqual([8, 8, 10]);
    expect(layout.columns[0].more?.count).toBe(776);
    expect(layout.columns[1].more?.count).toBe(120);
    expect(layout.columns[2].more).toBeNull();
    expect(layout.links).toHaveLength(8 * 8 + 8 * 10);
    // The marker sits in the slot after the last drawn unit.
    const input = layout.columns[0];
    expect(input.more!.y - input.units[7].y).toBe(ROW_GAP);
  });

  it('keeps link keys stable across layouts of the same shape', () => {
    expect(layoutNetwork(xor).links.map((l) => l.key)).toEqual(
      layoutNetwork(structuredClone(xor)).links.map((l) => l.key),
    );
  });

  it('lays out a single-layer model (a perceptron)', () => {
    const layout = layoutNetwork({ inputs: 3, layers: [{ units: 1, activation: 'step' }] });
    expect(layout.columns).toHaveLength(2);
    expect(layout.links).toHaveLength(3);
  });
});

describe('describeNetwork', () => {
  it('lists the sizes and activations', () => {
    expect(describeNetwork(xor)).toBe('Network 2–4–1: tanh, sigmoid');
    expect(describeNetwork({ inputs: 2, layers: [] })).toBe('Network 2');
  });
});

describe('input names', () => {
  const spec = {
    inputs: 2,
    layers: [{ units: 1, activation: 'sigmoid' }],
  };

  it('labels the inputs with their names and makes room for them on the left', () => {
    const plain = layoutNetwork(spec);
    const named = layoutNetwork(spec, ['petal_length', 'petal_width']);
    expect(named.columns[0].units.map((u) => u.label)).toEqual(['petal_length', 'petal_width']);
    expect(plain.columns[0].units[0].label).toBeUndefined();
    expect(named.columns[0].x).toBeGreaterThan(plain.columns[0].x);
    expect(named.labelX).toBeLessThan(named.columns[0].x - named.radius);
    expect(named.width - named.columns[0].x).toBe(plain.width - plain.columns[0].x);
  });

  it('cuts a long name with an ellipsis', () => {
    const long = 'a_column_name_that_goes_on_and_on';
    const [unit] = layoutNetwork(spec, [long, 'b']).columns[0].units;
    expect(unit.label).toBe(`${long.slice(0, 23)}…`);
  });
});

describe('a diagram in a narrow card', () => {
  it('moves its columns closer, down to a minimum, and keeps them in order', () => {
    const spec = {
      inputs: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    };
    const wide = layoutNetwork(spec);
    const narrow = layoutNetwork(spec, [], 300);
    expect(wide.columns[1].x - wide.columns[0].x).toBe(COLUMN_GAP);
    expect(narrow.width).toBeLessThanOrEqual(300);
    expect(
      layoutNetwork(spec, [], 10).columns[1].x - layoutNetwork(spec, [], 10).columns[0].x,
    ).toBe(MIN_COLUMN_GAP);
  });
});

describe('column titles', () => {
  it('are short where the columns stand close', () => {
    const spec = {
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    };
    expect(layoutNetwork(spec).columns.map((c) => c.title)).toEqual([
      'input',
      'hidden 1',
      'output',
    ]);
    expect(layoutNetwork(spec, [], 150).columns.map((c) => c.title)).toEqual(['in', 'h1', 'out']);
  });
});
