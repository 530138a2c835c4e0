import type { FloatArray } from '../../src-engine/core/float-array';
import { Network } from '../../src-engine/network/network';
import type { NetworkSpec } from '../../src-engine/network/spec';
import { DecisionSurface } from '../../src-engine/surface/decision-surface';
import type { RunPosition } from '../../src-engine/train/run-commands';
import { encodeSurface } from '../contract/snapshot-codec';
import type { Snapshot, WatchRequest } from './protocol';
import { snapshotWeights } from './snapshot-weights';
import { surfaceFeatureMap, type InputFeatures } from './surface-features';

/** Hidden units' maps are small pictures: a coarser grid than the output's by default. */
export const DEFAULT_HIDDEN_N = 40;

/**
 * Draws a run's live pictures from copies of its weights, on a network of its own (so the
 * training thread never stops for them): the weights a view shows and, for 2-D data, the
 * decision surface over the box the view asks for, in the data's raw units.
 */
export class SnapshotPainter {
  private readonly network: Network;
  private readonly outputSurface: DecisionSurface;
  private readonly hiddenSurface: DecisionSurface;
  private readonly features: ((points: FloatArray, count: number) => FloatArray) | undefined;

  /** @param inputFeatures how the data's two raw inputs become the network's inputs (2-D
   *   data only; without it the network's own two inputs are the plane) */
  constructor(spec: NetworkSpec, inputFeatures?: InputFeatures) {
    this.network = new Network(spec, { dtype: 'float32', seed: 0 });
    this.outputSurface = new DecisionSurface(this.network);
    this.hiddenSurface = new DecisionSurface(this.network);
    this.features = inputFeatures ? surfaceFeatureMap(inputFeatures) : undefined;
  }

  /** Whether a surface can be drawn: two raw inputs, mapped or taken as they are. */
  get drawsSurfaces(): boolean {
    return this.features !== undefined || this.network.inputs === 2;
  }

  /** The snapshot of these weights at this position, for what `watch` asks. */
  paint(params: FloatArray[], at: RunPosition, watch: WatchRequest): Snapshot {
    const network = this.network;
    network.restoreParams(params);
    const snapshot: Snapshot = {
      epoch: at.epoch,
      batch: at.batch,
      batchesPerEpoch: at.batchesPerEpoch,
      step: at.step,
      weights: snapshotWeights(network.getWeights()),
    };
    const s = watch.surface;
    if (!s || !this.drawsSurfaces) return snapshot;
    const features = this.features;
    const output = this.outputSurface.evaluate(s.box, s.n, { features });
    const hiddenN = Math.min(s.n, s.hiddenN ?? DEFAULT_HIDDEN_N);
    const hidden =
      s.withHidden && network.layers.length > 1
        ? this.hiddenSurface.evaluate(s.box, hiddenN, { withHidden: true, features }).hidden
        : undefined;
    snapshot.surface = encodeSurface({
      n: output.n,
      box: s.box,
      outputs: output.outputs,
      output: output.output,
      ...(hidden ? { hiddenN, hidden } : {}),
    });
    return snapshot;
  }
}
