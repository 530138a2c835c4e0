import type { Dataset } from '../../src-engine/data/dataset';
import { getLoss } from '../../src-engine/losses/registry';
import { rSquared } from '../../src-engine/metrics/regression-metrics';
import type { Network } from '../../src-engine/network/network';
import type { TrainConfig } from '../../src-engine/train/config';
import { evaluate } from '../../src-engine/train/evaluate';
import type { FinalMetrics } from '../store/records';

/**
 * The numbers a finished run is judged by, on each part of the data: loss, and accuracy for
 * classification or R² for regression (`loss`, `accuracy`, `validationLoss`, `testR2`, …).
 */
export function finalMetrics(
  network: Network,
  config: TrainConfig,
  parts: { train: Dataset; validation: Dataset; test: Dataset },
): FinalMetrics {
  const loss = getLoss(config.loss);
  const out: FinalMetrics = {};
  for (const [prefix, data] of [
    ['', parts.train],
    ['validation', parts.validation],
    ['test', parts.test],
  ] as const) {
    if (data.m === 0) continue;
    const name = (metric: string) =>
      prefix ? prefix + metric[0].toUpperCase() + metric.slice(1) : metric;
    const result = evaluate(network, loss, data);
    out[name('loss')] = result.loss;
    if (result.accuracy !== undefined) out[name('accuracy')] = result.accuracy;
    if (data.task === 'regression') {
      out[name('r2')] = rSquared(network.predict(data.x, data.m), data.y, data.m, data.outputs);
    }
  }
  return out;
}
