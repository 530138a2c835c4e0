import { allocate } from '../core/float-array';
import type { Loss } from '../losses/loss';
import type { Network } from '../network/network';
import { countCorrect } from './accuracy-counter';
import type { TrainingData } from './config';

/** Mean loss and, for classification, accuracy of a network over a whole dataset,
 * evaluated in chunks. */
export function evaluate(
  network: Network,
  loss: Loss,
  data: TrainingData,
  chunk = 512,
): { loss: number; accuracy?: number } {
  const { inputs, outputs } = network;
  let total = 0;
  let correct = 0;
  const scratch = allocate(network.dtype, Math.min(chunk, data.m) * outputs);
  for (let start = 0; start < data.m; start += chunk) {
    const n = Math.min(chunk, data.m - start);
    const x = data.x.subarray(start * inputs, (start + n) * inputs);
    const t = data.y.subarray(start * outputs, (start + n) * outputs);
    const y = network.forward(x, n);
    scratch.set(y.subarray(0, n * outputs));
    total += loss.value(scratch, t, n, outputs) * n;
    if (data.task === 'classification') correct += countCorrect(scratch, t, n, outputs);
  }
  const result: { loss: number; accuracy?: number } = { loss: total / data.m };
  if (data.task === 'classification') result.accuracy = correct / data.m;
  return result;
}
