// Labs 6–8's numbers against independent computations: the regression cost and its descent
// against closed-form gradients, the contour ellipses against J itself, the backprop graphs
// against central finite differences, the surfaces' descent against their written-out gradients.
import { describe, expect, it } from 'vitest';
import {
  backpropPass,
  backpropUpdate,
  NETWORK_NAMES,
} from '../../../src-renderer/labs/descent/backprop-networks';
import {
  contourLevels,
  costEllipse,
  costMinimum,
} from '../../../src-renderer/labs/descent/cost-contours';
import { CostDescent, costAt, type XT } from '../../../src-renderer/labs/descent/cost-descent';
import { layoutGraph } from '../../../src-renderer/labs/descent/graph-layout';
import { buildNetwork } from '../../../src-renderer/labs/descent/backprop-networks';
import { criticalPoints, descend, surfaceAt } from '../../../src-renderer/labs/descent/surfaces';

const POINTS: XT[] = [
  [0, 1.2],
  [1, 1.9],
  [2, 3.2],
  [3, 3.8],
  [4, 5.1],
];
const J = (w0: number, w1: number): number =>
  POINTS.reduce((s, [x, t]) => s + (w0 + w1 * x - t) ** 2, 0) / (2 * POINTS.length);

describe('lab 6: the cost and its descent', () => {
  it('J from the engine graph equals the lecture formula', () => {
    for (const [a, b] of [
      [0, 0],
      [-1, 2.5],
      [3.3, -0.7],
    ])
      expect(costAt(POINTS, a, b)).toBeCloseTo(J(a, b), 12);
  });

  it('each step is w ← w − α∇J with the closed-form gradient, which finite differences confirm', () => {
    const alpha = 0.2;
    const d = new CostDescent(POINTS, [-1, 2.5], alpha);
    let [w0, w1] = [-1, 2.5];
    for (let k = 0; k < 5; k++) {
      const [g0, g1] = d.gradient();
      const h = 1e-6;
      expect(g0).toBeCloseTo((J(w0 + h, w1) - J(w0 - h, w1)) / (2 * h), 6);
      expect(g1).toBeCloseTo((J(w0, w1 + h) - J(w0, w1 - h)) / (2 * h), 6);
      const m = POINTS.length;
      const c0 = POINTS.reduce((s, [x, t]) => s + (w0 + w1 * x - t), 0) / m;
      const c1 = POINTS.reduce((s, [x, t]) => s + (w0 + w1 * x - t) * x, 0) / m;
      [w0, w1] = [w0 - alpha * c0, w1 - alpha * c1];
      d.run(1);
      expect(d.current.w0).toBeCloseTo(w0, 12);
      expect(d.current.w1).toBeCloseTo(w1, 12);
      expect(d.current.cost).toBeCloseTo(J(w0, w1), 12);
    }
    expect(d.steps).toBe(5);
  });

  it('a too-large α diverges and stops growing the path; a small one crawls', () => {
    const big = new CostDescent(POINTS, [-1, 2.5], 0.4);
    big.run(200);
    expect(big.diverged).toBe(true);
    expect(big.steps).toBeLessThan(200);
    const small = new CostDescent(POINTS, [-1, 2.5], 0.01);
    small.run(50);
    expect(small.current.cost).toBeGreaterThan(0.5);
    expect(() => new CostDescent(POINTS, [0, 0], 0)).toThrow(/learning rate/);
  });

  it('the minimum is the least-squares line and every contour point lies on its level', () => {
    const m = costMinimum(POINTS);
    expect(m.w0).toBeCloseTo(1.1, 10);
    expect(m.w1).toBeCloseTo(0.97, 10);
    expect(m.cost).toBeCloseTo(J(1.1, 0.97), 12);
    for (const level of contourLevels(m, 5, 4)) {
      const ring = costEllipse(POINTS, m, level, 24);
      expect(ring).toHaveLength(24);
      for (const [a, b] of ring) expect(J(a, b)).toBeCloseTo(level, 9);
    }
    expect(costEllipse(POINTS, m, m.cost / 2)).toEqual([]);
  });
});

// --- lab 7 ---------------------------------------------------------------------------------
const sigma = (v: number): number => 1 / (1 + Math.exp(-v));
type Values = Record<string, number>;
const LOSSES: Record<string, (p: Values) => number> = {
  'linear-regression': (p) => (p.w0 + p.w1 * p.x - p.y) ** 2,
  'sigmoid-2-2-1': (p) => {
    const h1 = sigma(p.w11 * p.x1 + p.w21 * p.x2 + p.b1);
    const h2 = sigma(p.w12 * p.x1 + p.w22 * p.x2 + p.b2);
    return (sigma(p.v1 * h1 + p.v2 * h2 + p.c) - p.y) ** 2;
  },
};
const CASES = [
  { network: 'linear-regression', inputs: { x: 2, y: 4 }, params: { w0: 0.5, w1: 1 } },
  {
    network: 'sigmoid-2-2-1',
    inputs: { x1: 0.5, x2: 1, y: 1 },
    params: {
      w11: 0.15,
      w21: 0.2,
      b1: 0.35,
      w12: 0.25,
      w22: 0.3,
      b2: 0.35,
      v1: 0.4,
      v2: 0.45,
      c: 0.6,
    },
  },
] as const;

describe('lab 7: backprop on the two graphs', () => {
  it.each(CASES)('$network: the loss and every gradient equal finite differences', (c) => {
    const at: Values = { ...c.inputs, ...c.params };
    const loss = LOSSES[c.network];
    const pass = backpropPass(c.network, { ...c.params }, { ...c.inputs });
    expect(pass.loss).toBeCloseTo(loss(at), 12);
    for (const name of [...NETWORK_NAMES[c.network].params, ...NETWORK_NAMES[c.network].inputs]) {
      const h = 1e-6;
      const fd =
        (loss({ ...at, [name]: at[name] + h }) - loss({ ...at, [name]: at[name] - h })) / (2 * h);
      expect(pass.grads[name], name).toBeCloseTo(fd, 7);
    }
    expect(pass.backward[0].text).toBe('∂L/∂L = 1.0');
  });

  it("the lecture's graph: ∂L/∂w1 = 2z·x written out as a chain-rule product", () => {
    const pass = backpropPass('linear-regression', { w0: 0.5, w1: 1 }, { x: 2, y: 4 });
    expect(pass.forward.map((s) => s.node)).toEqual(['x', 'y', 'w0', 'w1', 'u', 'ŷ', 'z', 'L']);
    expect(pass.grads.w1).toBe(2 * (0.5 + 2 - 4) * 2);
    expect(pass.backward.find((s) => s.node === 'w1')?.text).toBe(
      '∂L/∂w1 = ∂L/∂u · ∂u/∂w1 = (−3.0) · 2.0 = −6.0',
    );
  });

  it('one update moves every weight against its gradient and lowers the loss', () => {
    const c = CASES[1];
    const u = backpropUpdate(c.network, { ...c.params }, { ...c.inputs }, 1);
    const before = backpropPass(c.network, { ...c.params }, { ...c.inputs });
    for (const step of u.updates)
      expect(step.after).toBeCloseTo(step.before - before.grads[step.node], 12);
    expect(u.lossBefore).toBeCloseTo(before.loss, 12);
    expect(u.lossAfter).toBeCloseTo(LOSSES[c.network]({ ...c.inputs, ...u.params }), 12);
    expect(u.lossAfter).toBeLessThan(u.lossBefore);
  });

  it('the layout puts every node in its own place, operands left of their users', () => {
    for (const c of CASES) {
      const layout = layoutGraph(buildNetwork(c.network, { ...c.params }).nodes());
      const at = new Map(layout.nodes.map((n) => [n.name, n]));
      const spots = new Set(layout.nodes.map((n) => `${n.col}/${n.row.toFixed(3)}`));
      expect(spots.size).toBe(layout.nodes.length);
      for (const e of layout.edges) expect(at.get(e.from)!.col).toBeLessThan(at.get(e.to)!.col);
    }
  });
});

// --- lab 8 ---------------------------------------------------------------------------------
const gradOf = {
  saddle: (p: [number, number]): [number, number] => [2 * p[0], -2 * p[1]],
  'two-minima': (p: [number, number]): [number, number] => [
    4 * p[0] * (p[0] ** 2 - 1) + 0.3,
    2 * p[1],
  ],
};

describe('lab 8: surfaces', () => {
  it('f and ∇f from the engine equal the written-out formulas', () => {
    for (const [a, b] of [
      [0.3, -1.2],
      [-1.5, 0.4],
    ]) {
      expect(surfaceAt('saddle', a, b).f).toBeCloseTo(a * a - b * b, 12);
      expect(surfaceAt('saddle', a, b).grad).toEqual(gradOf.saddle([a, b]));
      const w = surfaceAt('two-minima', a, b);
      expect(w.f).toBeCloseTo((a * a - 1) ** 2 + b * b + 0.3 * a, 12);
      expect(w.grad[0]).toBeCloseTo(gradOf['two-minima']([a, b])[0], 12);
      expect(w.grad[1]).toBeCloseTo(gradOf['two-minima']([a, b])[1], 12);
    }
  });

  it('descent equals x ← x − α∇f step by step and stops where the gradient vanishes', () => {
    const path = descend('two-minima', [1, 0.5], 0.05, 200, 2);
    let p: [number, number] = [1, 0.5];
    for (const q of path.points.slice(1, 6)) {
      const g = gradOf['two-minima'](p);
      p = [p[0] - 0.05 * g[0], p[1] - 0.05 * g[1]];
      expect(q[0]).toBeCloseTo(p[0], 12);
      expect(q[1]).toBeCloseTo(p[1], 12);
    }
    expect(path.end).toBe('settled');
    const end = path.points[path.points.length - 1];
    expect(Math.hypot(...gradOf['two-minima'](end))).toBeLessThan(1e-5);
  });

  it('on the saddle only starts with x2 = 0 reach (0, 0); others leave the box', () => {
    const onLine = descend('saddle', [1.5, 0], 0.1, 100, 2);
    expect(onLine.end).toBe('settled');
    expect(Math.hypot(...onLine.points[onLine.points.length - 1])).toBeLessThan(1e-6);
    expect(descend('saddle', [1.5, 1e-3], 0.1, 100, 2).end).toBe('left');
  });

  it('critical points are where the written-out gradient is zero', () => {
    const pts = criticalPoints('two-minima');
    expect(pts.map((c) => c.kind)).toEqual(['minimum', 'saddle', 'minimum']);
    for (const c of pts) expect(Math.abs(gradOf['two-minima'](c.at)[0])).toBeLessThan(1e-9);
    expect(criticalPoints('saddle')).toEqual([{ at: [0, 0], kind: 'saddle' }]);
  });
});
