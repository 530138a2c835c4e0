/**
 * How often a run's pictures (weights, decision surface, hidden-neuron maps) are asked for:
 * small networks 30 times a second (a fluid picture, as TensorFlow Playground's), big ones
 * less often: their snapshots carry more and change less between two.
 */
import type { NetworkSpec } from '../../src-engine/network/spec';

const SNAPSHOTS_PER_SECOND = 30;
/** Hidden-neuron maps are asked for up to this many hidden units (each a small byte map a
 * snapshot); above HIDDEN_MANY, fewer snapshots a second. */
const HIDDEN_MAX = 48;
const HIDDEN_MANY = 32;
const MANY_SNAPSHOTS_PER_SECOND = 20;
/** Above this many weights a snapshot is big (784-128-10 has 100k): fewer are asked for. */
const BIG_NETWORK_WEIGHTS = 20_000;
const BIG_SNAPSHOTS_PER_SECOND = 4;

export function weightCount(spec: NetworkSpec): number {
  let before = spec.inputs;
  let count = 0;
  for (const layer of spec.layers) {
    count += (before + 1) * layer.units;
    before = layer.units;
  }
  return count;
}

/** Snapshots a second for `spec`, and whether they carry hidden-neuron maps. */
export function snapshotPlan(spec: NetworkSpec): { perSecond: number; withHidden: boolean } {
  const hidden = spec.layers.slice(0, -1).reduce((n, l) => n + l.units, 0);
  const perSecond =
    weightCount(spec) > BIG_NETWORK_WEIGHTS
      ? BIG_SNAPSHOTS_PER_SECOND
      : hidden > HIDDEN_MANY
        ? MANY_SNAPSHOTS_PER_SECOND
        : SNAPSHOTS_PER_SECOND;
  return { perSecond, withHidden: hidden <= HIDDEN_MAX };
}
