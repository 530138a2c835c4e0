import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { DecisionSurface } from '../../../src-engine/surface/decision-surface';
import { gridPoints } from '../../../src-engine/surface/grid';

describe('decision surface', () => {
  const box = { xMin: -2, xMax: 2, yMin: -1, yMax: 1 };

  it('grid points are cell centres, top row first', () => {
    const p = gridPoints(box, 4, 'float64');
    expect(Array.from(p.slice(0, 4))).toEqual([-1.5, 0.75, -0.5, 0.75]);
    expect(Array.from(p.slice(-2))).toEqual([1.5, -0.75]);
    expect(() => gridPoints({ ...box, xMax: -3 }, 4)).toThrow(/box is empty/);
  });

  it('equals the network evaluated point by point, and each hidden unit map too', () => {
    const net = new Network(
      {
        inputs: 2,
        layers: [
          { units: 8, activation: 'tanh' },
          { units: 8, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { seed: 5 },
    );
    const surface = new DecisionSurface(net).evaluate(box, 100, { withHidden: true });
    expect(surface.output.length).toBe(10000);
    expect(surface.hidden!.length).toBe(2);
    expect(surface.hidden![1].length).toBe(8);
    const p = gridPoints(box, 100);
    for (const i of [0, 4321, 9999]) {
      const one = net.predict(p.slice(i * 2, i * 2 + 2), 1);
      expect(surface.output[i]).toBe(one[0]);
      const h = net.layers[0].output;
      expect(surface.hidden![0][3][i]).toBe(h[3]);
    }
  });

  it('applies a feature map for networks trained on derived inputs', () => {
    const net = new Network(
      { inputs: 3, layers: [{ units: 1, activation: 'linear' }] },
      { dtype: 'float64' },
    );
    net.setWeights({ W: [[[0, 0, 1]]], b: [[0]] });
    const features = (pts: Float32Array | Float64Array, count: number) => {
      const out = new Float64Array(count * 3);
      for (let i = 0; i < count; i++) {
        out[i * 3] = pts[i * 2];
        out[i * 3 + 1] = pts[i * 2 + 1];
        out[i * 3 + 2] = pts[i * 2] * pts[i * 2];
      }
      return out;
    };
    const s = new DecisionSurface(net).evaluate(box, 4, { features });
    expect(s.output[0]).toBeCloseTo(2.25, 6);
    expect(() => new DecisionSurface(net).evaluate(box, 4)).toThrow(/3 inputs/);
  });
});
