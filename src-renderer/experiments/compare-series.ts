/**
 * The overlay charts' lines: one line per compared run, in the run's colour, as the
 * [epoch, value] pairs ChartsLineChart takes. Training and validation get charts of their
 * own, so that each legend holds only run names.
 */
import type { ComparedExperiment } from '../../src-main/contract/types';
import { runColor } from './run-colors';

/** A line as ChartsLineChart draws it. */
export interface SeriesLine {
  name: string;
  color: string;
}

/** The lines of one chart and their points, in the same order. */
export interface CompareSeries {
  lines: SeriesLine[];
  data: [number, number][][];
}

type Curves = ComparedExperiment['curves'];
/** A per-epoch measure a run can have: `loss`, `validationAccuracy`, …. */
export type CurveName = 'loss' | 'accuracy' | 'validationLoss' | 'validationAccuracy';

/** [epoch, value] pairs of one curve; NaN (not measured that epoch) is left out. */
export function curvePoints(curves: Curves, name: CurveName): [number, number][] {
  const values = curves[name];
  const points: [number, number][] = [];
  for (let i = 0; i < curves.epoch.length; i++) {
    if (!Number.isNaN(values[i])) points.push([curves.epoch[i], values[i]]);
  }
  return points;
}

/**
 * A run's name in a legend, with its number: echarts merges lines of the same name into one
 * legend entry, and two runs may well share a name.
 */
export function runLabel(run: ComparedExperiment): string {
  return `#${run.experiment.id} ${run.experiment.name}`;
}

/** One line per run (a run that did not measure the curve keeps an empty line, so that
 * every chart's legend lists the same runs in the same colours). */
export function compareSeries(
  runs: readonly ComparedExperiment[],
  curve: CurveName,
): CompareSeries {
  return {
    lines: runs.map((run, i) => ({ name: runLabel(run), color: runColor(i) })),
    data: runs.map((run) => curvePoints(run.curves, curve)),
  };
}

/** Whether any run measured a curve at all (accuracy is absent for regression). */
export function hasCurve(runs: readonly ComparedExperiment[], name: CurveName): boolean {
  return runs.some((r) => r.curves[name].some((v) => !Number.isNaN(v)));
}
