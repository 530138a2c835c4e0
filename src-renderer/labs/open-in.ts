/** Turns a lab's "open in Train" data into what the Train store prepares. */
import type { ActivationName } from '../../src-engine/activations/activation';
import type { LossName } from '../../src-engine/losses/loss';
import type { TrainSetup } from '../stores/train';
import type { LabOpenIn } from './lab-schema';

/**
 * The Train setup of a lab's openIn, for a dataset already generated.
 * @param datasetId, datasetName what datasets:generate answered
 */
export function trainSetupFrom(
  openIn: LabOpenIn,
  datasetId: number,
  datasetName: string,
): TrainSetup {
  return {
    datasetId,
    datasetName,
    spec: {
      inputs: openIn.network.inputs,
      layers: openIn.network.layers.map((l) => ({
        units: l.units,
        activation: l.activation as ActivationName,
      })),
    },
    training: {
      loss: openIn.training.loss as LossName,
      optimizer: { name: openIn.training.optimizer as 'sgd' | 'adam' },
      learningRate: openIn.training.learningRate,
      batchSize: openIn.training.batchSize,
      epochs: openIn.training.epochs,
      shuffle: true,
      seed: openIn.seed,
    },
    seed: openIn.seed,
    normalize: 'none',
  };
}
