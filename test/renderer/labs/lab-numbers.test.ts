// The numbers the labs show equal the lecture's formulas, computed here independently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src-engine/activations/softmax';
import { AdalineWalk } from '../../../src-renderer/labs/models/adaline-walk';
import { PerceptronWalk } from '../../../src-renderer/labs/models/perceptron-walk';
import { trainXor } from '../../../src-renderer/labs/models/xor-network';

type Pt = [number, number, number];
const setupOf = (file: string, activity = 0): Record<string, unknown> =>
  (
    JSON.parse(readFileSync(join(__dirname, '../../../resources/labs', file), 'utf8')) as {
      activities: { figure: { setup: Record<string, unknown> } }[];
    }
  ).activities[activity].figure.setup;

describe("lab 2: Rosenblatt's rule", () => {
  const setup = setupOf('03-perceptron.json') as {
    points: Pt[];
    weights: number[];
    learningRate: number;
  };

  it('the first three updates follow w_j ← w_j + α·x_j·(t − y) on the lab points', () => {
    const walk = new PerceptronWalk(setup.points, setup.weights, setup.learningRate);
    const w = [...setup.weights];
    for (let n = 0; n < 3; n++) {
      const [x1, x2, t] = setup.points[n];
      const x = [1, x1, x2];
      const y = w[0] + w[1] * x1 + w[2] * x2 >= 0 ? 1 : 0;
      const update = x.map((xj) => setup.learningRate * xj * (t - y));
      update.forEach((u, j) => (w[j] += u));
      const s = walk.step();
      expect({ x: s.x, t: s.t, y: s.y, update: s.update, weights: s.weights }).toEqual({
        x,
        t,
        y,
        update,
        weights: w,
      });
    }
    // the lab's start makes the first step a real update (not a no-op)
    expect(walk.steps).toBe(3);
    expect(setup.weights).not.toEqual(w);
  });

  it('runs to convergence: the last epoch has no mistake and every point is on its side', () => {
    const walk = new PerceptronWalk(setup.points, setup.weights, setup.learningRate);
    walk.runToConvergence(100);
    expect(walk.converged).toBe(true);
    expect(walk.errorsPerEpoch.at(-1)).toBe(0);
    const [w0, w1, w2] = walk.weights;
    for (const [x1, x2, t] of setup.points) expect(w0 + w1 * x1 + w2 * x2 >= 0 ? 1 : 0).toBe(t);
  });
});

describe('lab 3: Adaline', () => {
  const setup = setupOf('04-adaline.json') as { points: Pt[]; learningRate: number; decay: number };

  it('the LMS update is α·x·(t − y) with y the linear output', () => {
    const walk = new AdalineWalk(setup.points, setup.learningRate, setup.decay);
    const [x1, x2, t] = setup.points[0];
    const s = walk.step();
    expect(s.y).toBe(0); // zero weights
    expect(s.update).toEqual([1, x1, x2].map((xj) => setup.learningRate * xj * (t - 0)));
  });

  it('the MSE falls and 50 epochs bring every weight within 0.05 of least squares', () => {
    const walk = new AdalineWalk(setup.points, setup.learningRate, setup.decay);
    walk.runEpochs(50);
    expect(walk.mse[50]).toBeLessThan(walk.mse[0]);
    // least squares by the normal equations, solved here by Cramer's rule on the 3 × 3 system
    const rows = setup.points.map((p) => [1, p[0], p[1]]);
    const A = [0, 1, 2].map((r) => [0, 1, 2].map((c) => rows.reduce((s, x) => s + x[r] * x[c], 0)));
    const b = [0, 1, 2].map((r) => rows.reduce((s, x, i) => s + x[r] * setup.points[i][2], 0));
    const det = (m: number[][]): number =>
      m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
      m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
      m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    const best = [0, 1, 2].map(
      (k) => det(A.map((row, r) => row.map((v, c) => (c === k ? b[r] : v)))) / det(A),
    );
    walk.weights.forEach((w, j) => expect(Math.abs(w - best[j])).toBeLessThan(0.05));
  });
});

describe('lab 4: the trained 2-2-1 network', () => {
  it('the default seed learns XOR', () => {
    const r = trainXor({ activation: 'sigmoid', learningRate: 2, epochs: 3000, seed: 1 });
    expect(r.outputs.map((o) => (o >= 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
    expect(r.loss.at(-1)![1]).toBeLessThan(r.loss[0][1]);
  });
});

describe('the softmax erratum', () => {
  it("the lecture's [1.60, 0.55, 0.98] gives [0.53, 0.19, 0.28]; the slide's numbers are softmax of [1.60, 0.55, 1.10]", () => {
    const round = (v: Float64Array): number[] => Array.from(v, (x) => Math.round(x * 100) / 100);
    expect(round(softmax([1.6, 0.55, 0.98]))).toEqual([0.53, 0.19, 0.28]);
    expect(round(softmax([1.6, 0.55, 1.1]))).toEqual([0.51, 0.18, 0.31]);
  });
});
