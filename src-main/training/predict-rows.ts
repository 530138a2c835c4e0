import type { FloatArray } from '../../src-engine/core/float-array';
import { allocate } from '../../src-engine/core/float-array';
import { yieldToHost } from '../../src-engine/core/yield-to-host';
import type { Network } from '../../src-engine/network/network';

/** Rows per forward pass when a model is judged: the engine's `evaluate` chunk, so a loss
 * summed over the same chunks of these outputs equals evaluate's bit for bit. */
export const JUDGE_CHUNK = 512;

/** The rows of one part of a run's data, as the network takes them: x: [m, inputs]. */
export interface Rows {
  x: FloatArray;
  m: number;
}

function* forwardChunks(network: Network, rows: Rows, out: FloatArray): Generator<void> {
  const { inputs, outputs } = network;
  for (let start = 0; start < rows.m; start += JUDGE_CHUNK) {
    const n = Math.min(JUDGE_CHUNK, rows.m - start);
    const y = network.forward(rows.x.subarray(start * inputs, (start + n) * inputs), n);
    out.set(y.subarray(0, n * outputs), start * outputs);
    yield;
  }
}

/** The network's outputs for every row: [m, outputs]. */
export function predictRows(network: Network, rows: Rows): FloatArray {
  const out = allocate(network.dtype, rows.m * network.outputs);
  for (const _ of forwardChunks(network, rows, out));
  return out;
}

/** As predictRows, letting the host breathe between chunks (a trainer keeps sending its
 * heartbeat while it judges 10,000 digits). */
export async function predictRowsYielding(network: Network, rows: Rows): Promise<FloatArray> {
  const out = allocate(network.dtype, rows.m * network.outputs);
  for (const _ of forwardChunks(network, rows, out)) await yieldToHost();
  return out;
}
