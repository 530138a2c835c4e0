import type { Network } from '../network/network';
import type { TrainingData } from './config';

/** Checks that data fits a network and holds only finite numbers.
 * @throws naming the part ("training data"), the row and the column that is wrong */
export function checkData(network: Network, data: TrainingData, what: string): void {
  const { inputs, outputs } = network;
  if (!Number.isInteger(data.m) || data.m < (what === 'training' ? 1 : 0)) {
    throw new Error(`${what} data: needs at least one sample, got m = ${data.m}`);
  }
  if (data.x.length !== data.m * inputs) {
    throw new Error(
      `${what} data: x must be ${data.m} × ${inputs} (the network's inputs), got ${data.x.length} numbers`,
    );
  }
  if (data.y.length !== data.m * outputs) {
    throw new Error(
      `${what} data: y must be ${data.m} × ${outputs} (the network's outputs), got ${data.y.length} numbers`,
    );
  }
  const badX = firstNonFinite(data.x);
  if (badX >= 0) {
    throw new Error(
      `${what} data: row ${Math.floor(badX / inputs) + 1}, input ${(badX % inputs) + 1} is ${data.x[badX]}`,
    );
  }
  const badY = firstNonFinite(data.y);
  if (badY >= 0) {
    throw new Error(
      `${what} data: row ${Math.floor(badY / outputs) + 1}, target ${(badY % outputs) + 1} is ${data.y[badY]}`,
    );
  }
}

/** Values scanned between two checks of the running sum below. */
const BLOCK = 1024;

/**
 * The index of the first NaN or ±Infinity, or -1. Every run checks its whole data set, which is
 * as many numbers as an epoch reads (the digits: 7.8 million): a block's values times 0 sum to 0 unless
 * one is not finite, a loop without a branch per value that runs about twice as fast as testing
 * each; only a block whose sum is not 0 is searched value by value.
 */
function firstNonFinite(values: Float32Array | Float64Array): number {
  const n = values.length;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    let sum = 0;
    for (let i = start; i < end; i++) sum += values[i] * 0;
    if (sum === 0) continue;
    for (let i = start; i < end; i++) if (!Number.isFinite(values[i])) return i;
  }
  return -1;
}
