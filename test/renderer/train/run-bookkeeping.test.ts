// The Train store's bookkeeping: paused time left out of elapsed time, how often pictures are
// asked for by network size, and live epoch reports appended to the chart series.
import { describe, expect, it } from 'vitest';
import { PauseClock } from '../../../src-renderer/train/pause-clock';
import { snapshotPlan, weightCount } from '../../../src-renderer/train/snapshot-plan';
import { appendEpochs, emptySeries } from '../../../src-renderer/train/train-series';

describe('PauseClock', () => {
  it('counts each pause once, and a pause still going up to the given end', () => {
    const clock = new PauseClock();
    clock.note('running', 0);
    clock.note('paused', 1000);
    clock.note('paused', 1500); // a repeated status does not restart the pause
    clock.note('running', 3000);
    expect(clock.pausedUntil(5000)).toBe(2000);
    clock.note('paused', 6000);
    expect(clock.pausedUntil(6500)).toBe(2500);
    clock.reset();
    expect(clock.pausedUntil(9000)).toBe(0);
  });
});

describe('snapshotPlan', () => {
  it('asks big networks for fewer pictures and leaves out maps of many hidden units', () => {
    const xor = {
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' as const },
        { units: 1, activation: 'sigmoid' as const },
      ],
    };
    expect(weightCount(xor)).toBe(3 * 4 + 5 * 1);
    expect(snapshotPlan(xor)).toEqual({ perSecond: 30, withHidden: true });
    const wide = {
      inputs: 2,
      layers: [
        { units: 40, activation: 'relu' as const },
        { units: 1, activation: 'sigmoid' as const },
      ],
    };
    expect(snapshotPlan(wide)).toEqual({ perSecond: 20, withHidden: true });
    const digits = {
      inputs: 784,
      layers: [
        { units: 128, activation: 'relu' as const },
        { units: 10, activation: 'softmax' as const },
      ],
    };
    expect(weightCount(digits)).toBe(785 * 128 + 129 * 10);
    expect(snapshotPlan(digits)).toEqual({ perSecond: 4, withHidden: false });
  });
});

describe('appendEpochs', () => {
  it('appends each metric a report has, and only those', () => {
    const series = emptySeries();
    appendEpochs(series, [
      { epoch: 1, loss: 0.5, learningRate: 0.1, accuracy: 0.75 } as never,
      { epoch: 2, loss: 0.4, learningRate: 0.1, validationLoss: 0.45 } as never,
    ]);
    expect(series.loss).toEqual([
      [1, 0.5],
      [2, 0.4],
    ]);
    expect(series.accuracy).toEqual([[1, 0.75]]);
    expect(series.validationLoss).toEqual([[2, 0.45]]);
    expect(series.validationAccuracy).toEqual([]);
    expect(series.learningRate).toEqual([
      [1, 0.1],
      [2, 0.1],
    ]);
  });
});
