/**
 * The Train view's chart data: one [epoch, value] array per line, appended to during a run,
 * or built at once from a stored run's curves.
 */
import type { ComparedExperiment } from '../../src-main/contract/types';

type MetricCurves = ComparedExperiment['curves'];

/** One series per chart line: [epoch, value] pairs, appended to, never rebuilt. */
export interface TrainSeries {
  loss: [number, number][];
  validationLoss: [number, number][];
  accuracy: [number, number][];
  validationAccuracy: [number, number][];
  learningRate: [number, number][];
}

export const emptySeries = (): TrainSeries => ({
  loss: [],
  validationLoss: [],
  accuracy: [],
  validationAccuracy: [],
  learningRate: [],
});

/** A stored run's curves as chart series; NaN (not measured at that epoch) is left out. */
export function seriesFromCurves(curves: MetricCurves): TrainSeries {
  const series = emptySeries();
  const pairs = (values: Float64Array): [number, number][] => {
    const out: [number, number][] = [];
    for (let i = 0; i < curves.epoch.length; i++) {
      if (!Number.isNaN(values[i])) out.push([curves.epoch[i], values[i]]);
    }
    return out;
  };
  series.loss = pairs(curves.loss);
  series.validationLoss = pairs(curves.validationLoss);
  series.accuracy = pairs(curves.accuracy);
  series.validationAccuracy = pairs(curves.validationAccuracy);
  series.learningRate = pairs(curves.learningRate);
  return series;
}
