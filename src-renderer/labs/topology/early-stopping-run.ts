/**
 * Early stopping on a setup that really overfits: a network far too large for a few noisy
 * points, trained in the renderer (a few dozen points, a couple of hundred full-batch epochs:
 * well under a second) while the loss on held-back validation points is measured every epoch.
 * The training loss keeps falling; the validation loss falls, bottoms out and climbs again.
 */
import { generate } from '../../../src-engine/data/generators';
import { fitInputScaler, scaleInputs } from '../../../src-engine/data/scaling';
import { splitDataset } from '../../../src-engine/data/split';
import { Network } from '../../../src-engine/network/network';
import { fit } from '../../../src-engine/train/fit';
import type { EarlyStoppingSetup } from '../../../src-main/contract/lab-document/figures-topology';
import { topologySpec } from './topology-trials';

export type { EarlyStoppingSetup };

/** Mean cross-entropy on the training and on the validation points after every epoch. */
export interface LossCurves {
  train: number[];
  validation: number[];
}

const cache = new Map<string, LossCurves>();

/**
 * Trains the setup's network for all its epochs, without stopping (Adam, full batch, inputs
 * standardised on the training part), and records both losses. Cached per setup.
 * @throws Error for a setup the engine refuses (validated lab files do not)
 */
export function overfitRun(setup: EarlyStoppingSetup): LossCurves {
  // the patience only decides where a run would stop, not the curves
  const { patience: _patience, ...shape } = setup;
  const key = JSON.stringify(shape);
  const known = cache.get(key);
  if (known) return known;
  const data = generate(setup.dataset.name, setup.dataset.params, 'float64');
  const parts = splitDataset(data, { ...setup.split, test: 0 });
  const scaler = fitInputScaler('standard', parts.train);
  const train = scaleInputs(parts.train, scaler);
  const validation = scaleInputs(parts.validation, scaler);
  const net = new Network(topologySpec(setup.hidden, setup.activation), {
    dtype: 'float64',
    seed: setup.seed,
  });
  const curves: LossCurves = { train: [], validation: [] };
  fit(
    net,
    train,
    {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'adam' },
      learningRate: setup.learningRate,
      batchSize: train.m,
      epochs: setup.epochs,
      shuffle: false,
      seed: setup.seed,
    },
    {
      validation,
      onEpoch: (e) => {
        curves.train.push(e.loss);
        curves.validation.push(e.validationLoss ?? NaN);
      },
    },
  );
  cache.set(key, curves);
  return curves;
}

/** Where early stopping ends a run: the epoch it stops after and the epoch whose weights it keeps. */
export interface StopPoint {
  stop: number;
  kept: number;
}

/**
 * The lecture's rule, epoch by epoch: keep the best validation loss so far; after `patience`
 * epochs in a row without a lower one, stop and keep the best epoch's weights. A run that never
 * waits that long ends at its last epoch. Epochs count from 1.
 */
export function stopPoint(validation: readonly number[], patience: number): StopPoint {
  let best = Infinity;
  let kept = 0;
  let waited = 0;
  for (let e = 1; e <= validation.length; e++) {
    if (validation[e - 1] < best) {
      best = validation[e - 1];
      kept = e;
      waited = 0;
    } else if (++waited >= patience) return { stop: e, kept };
  }
  return { stop: validation.length, kept };
}

/** The epoch with the lowest validation loss of the whole run (from 1). */
export function bestEpoch(validation: readonly number[]): number {
  let k = 0;
  for (let e = 1; e < validation.length; e++) if (validation[e] < validation[k]) k = e;
  return k + 1;
}
