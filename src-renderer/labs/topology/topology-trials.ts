/**
 * Choosing a topology by trial and error. A few networks differing only in their
 * hidden layers are trained by the real backend on one generated dataset split into training,
 * validation and test parts, each with early stopping on the validation loss. The student picks
 * the one with the lowest validation loss; only then is its test score shown, once.
 */
import { describeArchitecture } from '../../../src-engine/network/describe-architecture';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import type { TrainConfig } from '../../../src-engine/train/config';
import type { TopologyTrialsSetup } from '../../../src-main/contract/lab-document/figures-topology';

export type { TopologyTrialsSetup };

/** One finished trial as the stored experiment records it. */
export interface TrialResult {
  experimentId: number;
  /** "2-4-1" */
  topology: string;
  status: string;
  epochsDone: number;
  /** finalMetrics.validationLoss: the restored best epoch's validation loss */
  validationLoss: number | null;
}

/** The network of a topology: 2 inputs, the hidden layers, one sigmoid output. */
export function topologySpec(hidden: readonly number[], activation: string): NetworkSpec {
  return {
    inputs: 2,
    layers: [
      ...hidden.map((units) => ({ units, activation }) as NetworkSpec['layers'][number]),
      { units: 1, activation: 'sigmoid' },
    ],
  };
}

/** "2-4-1": layer sizes, inputs first. */
export function topologyLabel(hidden: readonly number[]): string {
  // the sizes alone: the activation named here does not show
  return describeArchitecture(topologySpec(hidden, 'sigmoid'));
}

/** The training every trial shares: Adam on the cross-entropy, early stopping, best restored. */
export function trialTraining(setup: TopologyTrialsSetup, patience: number): TrainConfig {
  return {
    loss: 'binary_cross_entropy',
    optimizer: { name: 'adam' },
    learningRate: setup.learningRate,
    batchSize: setup.batchSize,
    epochs: setup.epochs,
    shuffle: true,
    seed: setup.seed,
    earlyStopping: { patience, restoreBest: true },
  };
}

/** The finished trial with the lowest validation loss, or null when none has one. */
export function bestTrial(trials: readonly TrialResult[]): TrialResult | null {
  let best: TrialResult | null = null;
  for (const t of trials) {
    if (t.validationLoss === null || !Number.isFinite(t.validationLoss)) continue;
    if (!best || t.validationLoss < (best.validationLoss as number)) best = t;
  }
  return best;
}
