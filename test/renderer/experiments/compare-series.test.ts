import { describe, expect, it } from 'vitest';
import type { ComparedExperiment } from '../../../src-main/contract/types';
import {
  compareSeries,
  curvePoints,
  hasCurve,
} from '../../../src-renderer/experiments/compare-series';
import { RUN_COLORS, runColor } from '../../../src-renderer/experiments/run-colors';
import { record } from './fixtures';

function curves(loss: number[], validationLoss: number[], accuracy?: number[]) {
  const n = loss.length;
  const nan = () => new Float64Array(n).fill(NaN);
  return {
    epoch: Float64Array.from({ length: n }, (_, i) => i + 1),
    step: Float64Array.from({ length: n }, (_, i) => (i + 1) * 10),
    loss: Float64Array.from(loss),
    accuracy: accuracy ? Float64Array.from(accuracy) : nan(),
    validationLoss: Float64Array.from(validationLoss),
    validationAccuracy: nan(),
    learningRate: new Float64Array(n).fill(0.1),
    millis: new Float64Array(n).fill(5),
  };
}

const runs: ComparedExperiment[] = [
  { experiment: record({ id: 1, name: 'a' }), curves: curves([1, 0.5, 0.2], [1.1, NaN, 0.3]) },
  { experiment: record({ id: 2, name: 'b' }), curves: curves([2, 1], [NaN, NaN], [0.5, 0.75]) },
];

describe('compareSeries', () => {
  it('never gives two runs of the same name the same line name (a legend would merge them)', () => {
    const twins = [runs[0], { ...runs[1], experiment: { ...runs[1].experiment, name: 'a' } }];
    const names = compareSeries(twins, 'loss').lines.map((l) => l.name);
    expect(new Set(names).size).toBe(2);
  });

  it('gives each run one line in its own colour, named after the run and its number', () => {
    const { lines, data } = compareSeries(runs, 'loss');
    expect(lines).toEqual([
      { name: '#1 a', color: RUN_COLORS[0] },
      { name: '#2 b', color: RUN_COLORS[1] },
    ]);
    expect(data).toEqual([
      [
        [1, 1],
        [2, 0.5],
        [3, 0.2],
      ],
      [
        [1, 2],
        [2, 1],
      ],
    ]);
  });

  it('keeps a run without the curve as an empty line, so colours stay with runs', () => {
    const { lines, data } = compareSeries(runs, 'validationLoss');
    expect(lines.map((l) => l.color)).toEqual([RUN_COLORS[0], RUN_COLORS[1]]);
    expect(data).toEqual([
      [
        [1, 1.1],
        [3, 0.3],
      ],
      [],
    ]);
  });

  it('skips epochs a curve did not measure', () => {
    expect(curvePoints(runs[0].curves, 'validationLoss')).toEqual([
      [1, 1.1],
      [3, 0.3],
    ]);
  });

  it('knows whether any run measured a curve', () => {
    expect(hasCurve(runs, 'accuracy')).toBe(true);
    expect(hasCurve(runs, 'validationAccuracy')).toBe(false);
  });
});

describe('runColor', () => {
  it('gives distinct colours and repeats past the palette', () => {
    expect(new Set(RUN_COLORS).size).toBe(RUN_COLORS.length);
    expect(runColor(RUN_COLORS.length)).toBe(RUN_COLORS[0]);
  });
});
