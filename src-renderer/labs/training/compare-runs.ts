/** The runs the schedule and batch-size labs overlay: same data, same seed, one thing changed. */
import type {
  BatchCompareSetup,
  CompareBase,
  ScheduleCompareSetup,
} from '../../../src-main/contract/lab-document/figures-training';
import { datasetOf, trainRun, type RunCurve } from './training-runs';

const baseOf = (s: CompareBase): CompareBase => ({
  dataset: s.dataset,
  network: s.network,
  loss: s.loss,
  epochs: s.epochs,
  seed: s.seed,
});

/** Constant α against the lecture's α_k = c1/(k + c2), at the setup's batch size. */
export function compareSchedules(
  setup: ScheduleCompareSetup,
  c1: number,
  c2: number,
): { constant: RunCurve; inverse: RunCurve } {
  const b = baseOf(setup);
  return {
    constant: trainRun(b, { learningRate: setup.constantRate, batchSize: setup.batchSize }),
    inverse: trainRun(b, {
      learningRate: setup.constantRate,
      batchSize: setup.batchSize,
      schedule: { kind: 'inverse', c1, c2 },
    }),
  };
}

/** One run per batch size: K = 1, K = miniBatch, K = m. */
export function compareBatchSizes(
  setup: BatchCompareSetup,
  miniBatch: number,
): { K: number; name: string; curve: RunCurve }[] {
  const m = datasetOf(setup.dataset).m;
  const b = baseOf(setup);
  return [
    { K: 1, name: 'stochastic' },
    { K: miniBatch, name: 'mini-batch' },
    { K: m, name: 'batch' },
  ].map((r) => ({
    ...r,
    curve: trainRun(b, { learningRate: setup.learningRate, batchSize: r.K }),
  }));
}
