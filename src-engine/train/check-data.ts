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

function firstNonFinite(values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}
