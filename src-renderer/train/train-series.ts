/**
 * The Train view's chart data: one [epoch, value] array per line, appended to during a run,
 * or built at once from a stored run's curves.
 */
import type { EpochReport } from '../../src-engine/train/reports';
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

/** Most points a live series keeps: a run that keeps running for hours stays in memory. */
export const MAX_SERIES_POINTS = 20_000;

/** Every other point of the older half dropped, the newest half kept whole. */
function halve(line: [number, number][]): void {
  const half = line.length >> 1;
  let w = 0;
  for (let r = 0; r < half; r += 2) line[w++] = line[r];
  for (let r = half; r < line.length; r++) line[w++] = line[r];
  line.length = w;
}

/**
 * Appends a live run's epoch reports to the series (metrics a report lacks are skipped). A line
 * past MAX_SERIES_POINTS keeps its older half at half the density (charts draw about a
 * thousand points a line; the store keeps every epoch).
 */
export function appendEpochs(series: TrainSeries, epochs: readonly EpochReport[]): void {
  for (const e of epochs) {
    series.loss.push([e.epoch, e.loss]);
    if (e.validationLoss !== undefined) series.validationLoss.push([e.epoch, e.validationLoss]);
    if (e.accuracy !== undefined) series.accuracy.push([e.epoch, e.accuracy]);
    if (e.validationAccuracy !== undefined)
      series.validationAccuracy.push([e.epoch, e.validationAccuracy]);
    series.learningRate.push([e.epoch, e.learningRate]);
  }
  for (const line of Object.values(series) as [number, number][][]) {
    if (line.length > MAX_SERIES_POINTS) halve(line);
  }
}
