/**
 * The decision-boundaries lab's last part: one hidden layer carving a region. A 2-H-1 network is trained in the
 * renderer by the engine on a small generated region-shaped dataset (a disc inside a ring: a
 * few hundred points, a few thousand updates, milliseconds), then the decision surface and
 * every hidden unit's own picture are evaluated on a grid by the engine's DecisionSurface.
 */
import type { Dataset } from '../../../src-engine/data/dataset';
import { Network, type Weights } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import type { Box } from '../../../src-engine/surface/grid';
import { DecisionSurface, type Surface } from '../../../src-engine/surface/decision-surface';
import { defaultTraining } from '../../../src-engine/train/default-training';
import { fit } from '../../../src-engine/train/fit';
import { datasetOf } from '../training/training-runs';
import type {
  RegionActivation,
  RegionData,
  RegionTrainedSetup,
} from '../../../src-main/contract/lab-document/figures-regions';

export {
  REGION_ACTIVATIONS,
  type RegionActivation,
  type RegionData,
  type RegionTrainedSetup,
} from '../../../src-main/contract/lab-document/figures-regions';

/** A trained network and how it does. */
export interface TrainedRegion {
  spec: NetworkSpec;
  weights: Weights;
  /** fraction of the dataset's points on the right side, 0…1 */
  accuracy: number;
  /** binary cross-entropy over the dataset after each epoch: [epoch, loss] */
  loss: [number, number][];
}

/** The generated dataset (made once per name and parameters). @throws for an unknown generator */
export const regionDataset = (d: RegionData): Dataset => datasetOf(d);

/** 2 inputs, one hidden layer of `hidden` units, one sigmoid output. */
export function regionSpec(hidden: number, activation: RegionActivation): NetworkSpec {
  return {
    inputs: 2,
    layers: [
      { units: hidden, activation },
      { units: 1, activation: 'sigmoid' },
    ],
    init: { kind: 'xavier' },
  };
}

/** Fraction of points whose output, rounded at 0.5, equals their 0/1 target. */
export function regionAccuracy(spec: NetworkSpec, weights: Weights, data: Dataset): number {
  const net = new Network(spec, { dtype: 'float64' });
  net.setWeights(weights);
  const y = net.predict(data.x, data.m);
  let right = 0;
  for (let i = 0; i < data.m; i++) if ((y[i] >= 0.5 ? 1 : 0) === data.y[i]) right++;
  return right / data.m;
}

/**
 * Trains from the seed with Adam on the binary cross-entropy.
 * @throws Error if the setup does not fit the engine (validated files never do)
 */
export function trainRegion(setup: RegionTrainedSetup): TrainedRegion {
  const data = regionDataset(setup.dataset);
  const spec = regionSpec(setup.hidden, setup.activation);
  const net = new Network(spec, { dtype: 'float64', seed: setup.seed });
  const loss: [number, number][] = [];
  fit(
    net,
    data,
    // the engine's first-run settings (Adam, the binary cross-entropy of a sigmoid output,
    // shuffled batches) with the lab's rate, batch size, epochs and seed
    {
      ...defaultTraining('classification', spec),
      learningRate: setup.learningRate,
      batchSize: setup.batchSize,
      epochs: setup.epochs,
      seed: setup.seed,
    },
    { onEpoch: (e) => loss.push([e.epoch, e.loss]) },
  );
  const weights = net.getWeights();
  return { spec, weights, accuracy: regionAccuracy(spec, weights, data), loss };
}

/** The square box holding every point of the data, with a margin. */
export function dataBox(data: Dataset): Box {
  let r = 0;
  for (let i = 0; i < data.m * 2; i++) r = Math.max(r, Math.abs(data.x[i]));
  const half = Math.ceil(r * 1.1 * 2) / 2;
  return { xMin: -half, xMax: half, yMin: -half, yMax: half };
}

/** The output and every hidden unit's activation over an n × n grid of the box. */
export function regionSurface(spec: NetworkSpec, weights: Weights, box: Box, n: number): Surface {
  const net = new Network(spec, { dtype: 'float64' });
  net.setWeights(weights);
  return new DecisionSurface(net).evaluate(box, n, { withHidden: true });
}
