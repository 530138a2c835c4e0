/**
 * Labs 10 and 11 train one small network several times on the same generated data from the
 * same seed, changing one thing (the learning-rate schedule, the batch size K). This runs one
 * such training with the engine's Trainer and records the whole-data loss before training and
 * after every update, and the rate each update used.
 */
import { generate } from '../../../src-engine/data/generators';
import type { Dataset } from '../../../src-engine/data/dataset';
import { getLoss } from '../../../src-engine/losses/registry';
import type { LossName } from '../../../src-engine/losses/loss';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import type { ScheduleSpec } from '../../../src-engine/optim/schedule';
import { evaluate } from '../../../src-engine/train/evaluate';
import { Trainer } from '../../../src-engine/train/trainer';

/** A built-in generator and its parameters (the same ones "Open in Train" generates). */
export interface GeneratedData {
  name: string;
  params: Record<string, number>;
}

/** Everything a run needs apart from what the lab varies. */
export interface RunBase {
  dataset: GeneratedData;
  network: NetworkSpec;
  loss: LossName;
  epochs: number;
  /** seeds the initial weights and the shuffling, the same for every run compared */
  seed: number;
}

export interface RunOptions {
  learningRate: number;
  batchSize: number;
  schedule?: ScheduleSpec;
}

/** What a run did. */
export interface RunCurve {
  /** whole-data loss: [0] before training, [k] after update k */
  losses: number[];
  /** rates[k] is the α used by update k + 1 (k from 0, the lecture's α_k) */
  rates: number[];
  batchesPerEpoch: number;
  /** the loss became infinite or NaN: training stopped there */
  diverged: boolean;
}

/**
 * A run whose whole-data loss passes this has diverged and is stopped there (as the gradient-descent lab does):
 * a decreasing rate could otherwise drag weights back from 10⁴⁰ and call that training.
 */
export const DIVERGED_ABOVE = 1e6;

const cache = new Map<string, Dataset>();

/** The generated dataset, made once per name and parameters. @throws for an unknown generator */
export function datasetOf(d: GeneratedData): Dataset {
  const key = JSON.stringify([d.name, d.params]);
  let found = cache.get(key);
  if (!found) {
    found = generate(d.name, d.params, 'float64');
    cache.set(key, found);
  }
  return found;
}

/** Trains once, synchronously. @throws if the network does not fit the data */
export function trainRun(base: RunBase, options: RunOptions): RunCurve {
  const data = datasetOf(base.dataset);
  const network = new Network(base.network, { dtype: 'float64', seed: base.seed });
  const loss = getLoss(base.loss);
  const trainer = new Trainer(network, data, {
    loss: base.loss,
    optimizer: { name: 'sgd' },
    learningRate: options.learningRate,
    schedule: options.schedule,
    batchSize: options.batchSize,
    epochs: base.epochs,
    shuffle: true,
    seed: base.seed,
  });
  const losses = [evaluate(network, loss, data).loss];
  const rates: number[] = [];
  while (!trainer.finished) {
    const { batch } = trainer.step();
    rates.push(batch.learningRate);
    if (trainer.status === 'diverged') {
      losses.push(Infinity);
      break;
    }
    const now = evaluate(network, loss, data).loss;
    losses.push(now);
    if (!(now <= DIVERGED_ABOVE)) {
      trainer.stop();
      break;
    }
  }
  const last = losses[losses.length - 1];
  return {
    losses,
    rates,
    batchesPerEpoch: trainer.batchesPerEpoch,
    diverged: !(last <= DIVERGED_ABOVE),
  };
}

/** The whole-data loss at the end of each epoch, [0] before training. */
export function epochLosses(curve: RunCurve): number[] {
  const out: number[] = [];
  for (let k = 0; k < curve.losses.length; k += curve.batchesPerEpoch) out.push(curve.losses[k]);
  return out;
}

/** The last loss of a run (Infinity when it diverged). */
export function finalLoss(curve: RunCurve): number {
  return curve.diverged ? Infinity : curve.losses[curve.losses.length - 1];
}
