import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { SNAPSHOT_UNITS, snapshotWeights } from '../../../src-main/training/snapshot-weights';

describe('snapshotWeights', () => {
  it('keeps a small network whole', () => {
    const weights = new Network(
      {
        inputs: 2,
        layers: [
          { units: 4, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { seed: 1 },
    ).getWeights();
    expect(snapshotWeights(weights)).toBe(weights);
  });

  it("keeps a big network's first units per layer, at their own indices", () => {
    const weights = new Network(
      {
        inputs: 784,
        layers: [
          { units: 128, activation: 'relu' },
          { units: 10, activation: 'softmax' },
        ],
      },
      { seed: 1 },
    ).getWeights();
    const trimmed = snapshotWeights(weights);
    expect(trimmed.W.map((m) => [m.length, m[0].length])).toEqual([
      [SNAPSHOT_UNITS, SNAPSHOT_UNITS],
      [10, SNAPSHOT_UNITS],
    ]);
    expect(trimmed.b.map((b) => b.length)).toEqual([SNAPSHOT_UNITS, 10]);
    expect(trimmed.W[0][3][7]).toBe(weights.W[0][3][7]);
    expect(trimmed.W[1][9][2]).toBe(weights.W[1][9][2]);
    expect(trimmed.b[0][5]).toBe(weights.b[0][5]);
  });
});
