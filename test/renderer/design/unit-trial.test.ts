import { describe, expect, it } from 'vitest';
import type { TrialData } from '../../../src-renderer/design/unit-trial';
import { tryUnit } from '../../../src-renderer/design/unit-trial';

/** Two well separated 2-D clouds: class 1 to the upper right. */
function twoClouds(): TrialData {
  const pts = [
    [2, 2, 1],
    [3, 2.5, 1],
    [2.5, 3, 1],
    [1.5, 2, 1],
    [-2, -2, 0],
    [-3, -1, 0],
    [-1.5, -2.5, 0],
    [-2, -3, 0],
  ];
  return {
    name: 'clouds',
    task: 'classification',
    classes: 2,
    inputs: 2,
    rows: pts.length,
    x: Float32Array.from(pts.flatMap((p) => [p[0], p[1]])),
    labels: Int32Array.from(pts.map((p) => p[2])),
  };
}

describe('tryUnit', () => {
  it('trains a perceptron to convergence on separable data, with its line', () => {
    const r = tryUnit(
      { id: 'p', kind: 'perceptron', learningRate: 1, epochs: 100, coding: 'binary' },
      twoClouds(),
      2,
    );
    if (r.kind !== 'trained') throw new Error(JSON.stringify(r));
    expect(r.converged).toBe(true);
    expect(r.errors).toBe(0);
    expect(r.errorsPerEpoch[r.errorsPerEpoch.length - 1]).toBe(0);
    const line = r.lines[0];
    expect(line).not.toBeNull();
    // the origin lies between the clouds: the line passes near it
    expect(Math.abs(line!.c) / Math.hypot(line!.a, line!.b)).toBeLessThan(3);
  });

  it('does not converge on XOR, and says so', () => {
    const data: TrialData = {
      name: 'xor',
      task: 'classification',
      classes: 2,
      inputs: 2,
      rows: 4,
      x: Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
      labels: Int32Array.from([0, 1, 1, 0]),
    };
    const r = tryUnit(
      { id: 'p', kind: 'perceptron', learningRate: 1, epochs: 50, coding: 'binary' },
      data,
      2,
    );
    expect(r).toMatchObject({ kind: 'trained', converged: false, epochs: 50 });
    if (r.kind === 'trained') expect(r.outcome).toMatch(/Not converged after 50 epochs/);
  });

  it('refuses data with more than two classes, with the reason', () => {
    const data = { ...twoClouds(), name: 'iris', classes: 3 };
    const r = tryUnit({ id: 'a', kind: 'adaline', learningRate: 0.01, epochs: 10 }, data, 2);
    expect(r).toEqual({
      kind: 'unfit',
      reason:
        'The Adaline separates 2 classes, but iris has 3. Choose a 2-class dataset, or design a network with a softmax output.',
    });
  });

  it("writes a McCulloch–Pitts unit's truth table and compares it with binary data", () => {
    const and: TrialData = {
      name: 'and',
      task: 'classification',
      classes: 2,
      inputs: 2,
      rows: 4,
      x: Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
      labels: Int32Array.from([0, 0, 0, 1]),
    };
    const r = tryUnit(
      { id: 'u', kind: 'mcculloch-pitts', threshold: 2, inhibitory: [], inhibition: 'weighted' },
      and,
      2,
    );
    expect(r).toMatchObject({ kind: 'truth-table', agreement: { right: 4, rows: 4 } });
    if (r.kind === 'truth-table') expect(r.table.outputs.map((o) => o[0])).toEqual([0, 0, 0, 1]);
  });

  it('trains an Adaline and a MADALINE', () => {
    const a = tryUnit(
      { id: 'a', kind: 'adaline', learningRate: 0.01, epochs: 500 },
      twoClouds(),
      2,
    );
    expect(a).toMatchObject({ kind: 'trained', errors: 0 });
    const m = tryUnit(
      { id: 'm', kind: 'madaline', units: 2, logic: 'or', learningRate: 0.5, epochs: 200 },
      twoClouds(),
      2,
    );
    expect(m).toMatchObject({ kind: 'trained', converged: true, errors: 0 });
    if (m.kind === 'trained') expect(m.lines).toHaveLength(2);
  });
});
