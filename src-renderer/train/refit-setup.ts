/**
 * A Train setup moved onto another dataset (chosen in Data): the same hidden layers and
 * training settings, with the inputs, the output layer and the loss made to fit the new data —
 * and every such change said in words, so that nothing changes without the person knowing.
 */
import type { NetworkSpec } from '../../src-engine/network/spec';
import { lossForOutput, outputLayerFor } from '../../src-engine/train/default-training';
import type { ChosenDataset } from '../stores/workspace';
import type { TrainSetup } from './train-setup';
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { Normalize } from './plot-points';

export interface RefitInput {
  setup: TrainSetup;
  dataset: ChosenDataset;
  /** the data's scaling and derived inputs as Data chose them */
  normalize: Normalize;
  derived: DerivedFeature[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** @returns the setup on the new data, and what had to change (empty: nothing) */
export function refitSetup({ setup, dataset, normalize, derived }: RefitInput): {
  setup: TrainSetup;
  changes: string[];
} {
  const { summary, inputs, outputs } = dataset;
  const changes: string[] = [];
  const useDerived = inputs === 2 ? derived : [];
  const networkInputs = inputs + useDerived.length;
  const layers = setup.spec.layers.map((l) => ({ ...l }));
  const last = layers[layers.length - 1];
  if (setup.spec.inputs !== networkInputs) {
    changes.push(`the network takes ${plural(networkInputs, 'input')} (was ${setup.spec.inputs})`);
  }
  const wanted = outputLayerFor(summary.task, outputs);
  if (last.units !== wanted.units || last.activation !== wanted.activation) {
    changes.push(
      `the output layer is ${plural(wanted.units, 'unit')}, ${wanted.activation} (was ${plural(last.units, 'unit')}, ${last.activation}), for ${describeTask(summary.task, outputs)}`,
    );
    layers[layers.length - 1] = { ...last, ...wanted };
  }
  const spec: NetworkSpec = { inputs: networkInputs, layers };
  const training = { ...setup.training };
  const loss = lossForOutput(summary.task, spec.layers.at(-1)?.activation);
  if (loss !== training.loss) {
    changes.push(
      `the loss is ${loss.replaceAll('_', ' ')} (was ${training.loss.replaceAll('_', ' ')})`,
    );
    training.loss = loss;
  }
  const rows = Math.max(1, Math.round(summary.rowCount * summary.split.train));
  if (training.batchSize > rows) {
    changes.push(`the batch size is ${rows}, the training rows (was ${training.batchSize})`);
    training.batchSize = rows;
  }
  return {
    setup: {
      ...setup,
      datasetId: summary.id,
      datasetName: summary.name,
      spec,
      training,
      normalize,
      derived: useDerived.length > 0 ? [...useDerived] : undefined,
    },
    changes,
  };
}

function describeTask(task: 'classification' | 'regression', outputs: number): string {
  if (task === 'regression') return plural(outputs, 'target');
  return outputs === 1 ? '2 classes' : `${outputs} classes`;
}
