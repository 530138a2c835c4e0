import { expandFeatures, type DerivedFeature } from '../../../src-engine/data/derived-features';
import { fitScaler } from '../../../src-engine/data/scaling';
import type { ScalerKind } from '../../../src-engine/data/scaling';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { Rng } from '../../../src-engine/random/rng';
import { toModelFile } from '../../../src-engine/serialize/model-format';
import type { ExportableModel } from '../../../src-main/export/exportable-model';

/** Raw rows drawn uniformly from [−scale, scale): [rows, columns]. */
export function randomRows(rows: number, columns: number, seed = 3, scale = 3): Float32Array {
  const rng = new Rng(seed);
  return Float32Array.from({ length: rows * columns }, () => rng.uniform(-scale, scale));
}

/**
 * A model with seeded random weights (scaled up so that every activation sees large and
 * negative inputs too), optionally with derived inputs and a scaler fitted on `rows`.
 */
export function randomModel(
  spec: NetworkSpec,
  options: {
    seed?: number;
    derived?: DerivedFeature[];
    scaler?: ScalerKind;
    labels?: string[];
  } = {},
): ExportableModel {
  const network = new Network(spec, { seed: options.seed ?? 5 });
  const rawInputs = options.derived?.length ? 2 : spec.inputs;
  const weights = network.getWeights();
  const rng = new Rng((options.seed ?? 5) + 1);
  weights.W = weights.W.map((m) => m.map((r) => r.map((v) => v * 2)));
  weights.b = weights.b.map((r) => r.map(() => rng.uniform(-1, 1)));
  network.setWeights(weights);
  let normalization;
  if (options.scaler) {
    const raw = randomRows(200, rawInputs, 11, 5);
    const x = options.derived?.length ? expand(raw, options.derived) : raw;
    normalization = fitScaler(options.scaler, x, spec.inputs);
  }
  const featureNames = Array.from({ length: rawInputs }, (_, i) => `f${i + 1}`);
  return {
    name: 'test model',
    derived: options.derived,
    model: toModelFile(network, { normalization, featureNames, labels: options.labels }),
  };
}

function expand(raw: Float32Array, derived: DerivedFeature[]): Float32Array {
  return expandFeatures(raw, derived, true, 'float32') as Float32Array;
}

/** Largest |a − b| over two equal-length arrays. */
export function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}
