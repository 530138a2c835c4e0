/**
 * How good a learning-rate schedule is, judged fairly: stochastic gradient descent never
 * settles at a constant rate, so a single final loss is one noisy sample. The measure here is
 * the mean of the whole-data loss over the last epoch's updates, compared with the best any
 * constant rate achieves (a sweep) and with the floor no rate can beat, the least-squares
 * minimum J* of the linear unit.
 */
import { leastSquares } from '../../../src-engine/units/least-squares';
import type { ScheduleCompareSetup } from '../../../src-main/contract/lab-document/figures-training';
import { datasetOf, trainRun, type RunCurve } from './training-runs';

/** The constant rates the sweep tries, roughly evenly spaced on a log scale. */
export const RATE_SWEEP = [
  0.001, 0.002, 0.003, 0.005, 0.007, 0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1,
];

/** The mean whole-data loss over the last epoch's updates (Infinity for a diverged run). */
export function lastEpochMean(curve: RunCurve): number {
  if (curve.diverged) return Infinity;
  const tail = curve.losses.slice(-curve.batchesPerEpoch);
  return tail.reduce((a, b) => a + b, 0) / tail.length;
}

/**
 * J* = min J(w) for a single linear unit on the setup's data with the squared error ½(h − t)²
 * averaged, by the normal equations; null for any other network.
 */
export function lossFloor(setup: ScheduleCompareSetup): number | null {
  const n = setup.network;
  if (setup.loss !== 'mse' || n.layers.length !== 1 || n.layers[0].units !== 1) return null;
  if (n.layers[0].activation !== 'linear') return null;
  const d = datasetOf(setup.dataset);
  const k = n.inputs;
  const xs = Array.from({ length: d.m }, (_, i) => Array.from(d.x.subarray(i * k, (i + 1) * k)));
  const ts = Array.from(d.y);
  const w = leastSquares(xs, ts);
  let s = 0;
  for (let i = 0; i < d.m; i++) {
    let h = w[0];
    for (let j = 0; j < k; j++) h += w[j + 1] * xs[i][j];
    s += (h - ts[i]) ** 2;
  }
  return s / (2 * d.m);
}

const sweeps = new Map<string, { rate: number; mean: number; curve: RunCurve }>();

/** The constant rate of the sweep with the lowest last-epoch mean, and that mean (cached). */
export function bestConstant(setup: ScheduleCompareSetup): {
  rate: number;
  mean: number;
  curve: RunCurve;
} {
  const key = JSON.stringify([
    setup.dataset,
    setup.network,
    setup.loss,
    setup.epochs,
    setup.seed,
    setup.batchSize,
  ]);
  const known = sweeps.get(key);
  if (known) return known;
  const base = {
    dataset: setup.dataset,
    network: setup.network,
    loss: setup.loss,
    epochs: setup.epochs,
    seed: setup.seed,
  };
  let best = { rate: NaN, mean: Infinity, curve: null as unknown as RunCurve };
  for (const rate of RATE_SWEEP) {
    const curve = trainRun(base, { learningRate: rate, batchSize: setup.batchSize });
    const mean = lastEpochMean(curve);
    if (mean < best.mean) best = { rate, mean, curve };
  }
  sweeps.set(key, best);
  return best;
}
