/**
 * The weights a live snapshot carries. Views draw at most a few units per layer (the network
 * diagram: the first ten), yet a 784-128-10 network has 100k weights: sent whole twice a
 * second, parsing them froze the window for up to half a second. So a big network's snapshot
 * keeps only each layer's first units; a small one's is whole.
 */
import type { Weights } from '../../src-engine/network/network';

/** Networks with more weights than this are trimmed (the renderer's "big network" too). */
export const SNAPSHOT_FULL_WEIGHTS = 20_000;
/** Units per layer kept in a big network's snapshot: covers the diagram's full columns. */
export const SNAPSHOT_UNITS = 10;

/**
 * @param weights W[l] is layer l's [outputs][inputs], b[l] its [outputs]
 * @returns the same weights, or for a big network the first SNAPSHOT_UNITS rows and columns
 *   of each matrix (and biases) — indices keep their meaning, the rest is left out
 */
export function snapshotWeights(weights: Weights): Weights {
  let count = 0;
  for (const matrix of weights.W) for (const row of matrix) count += row.length + 1;
  if (count <= SNAPSHOT_FULL_WEIGHTS) return weights;
  return {
    W: weights.W.map((matrix) =>
      matrix.slice(0, SNAPSHOT_UNITS).map((row) => row.slice(0, SNAPSHOT_UNITS)),
    ),
    b: weights.b.map((biases) => biases.slice(0, SNAPSHOT_UNITS)),
  };
}
