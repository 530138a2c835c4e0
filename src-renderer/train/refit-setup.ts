/**
 * A Train setup moved onto another dataset (chosen in Data): the same hidden layers and
 * training settings, with the inputs, the output layer and the loss made to fit the new data —
 * and every such change said in words, so that nothing changes without the person knowing.
 */
import type { NetworkSpec } from '../../src-engine/network/spec';
import { lossForOutput, outputLayerFor } from '../../src-engine/train/default-training';
import { i18n } from '../i18n';
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

const t = i18n.global.t;
/** "4 inputs", "1 unit", … (`train.refit.<word>` plurals). */
const plural = (n: number, word: string) => t(`train.refit.${word}`, { n }, n);

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
    const values = { inputs: plural(networkInputs, 'inputs'), was: setup.spec.inputs };
    changes.push(t('train.refit.networkInputs', values));
  }
  const wanted = outputLayerFor(summary.task, outputs);
  if (last.units !== wanted.units || last.activation !== wanted.activation) {
    changes.push(
      t('train.refit.output', {
        units: plural(wanted.units, 'units'),
        activation: wanted.activation,
        wasUnits: plural(last.units, 'units'),
        wasActivation: last.activation,
        task: describeTask(summary.task, outputs),
      }),
    );
    layers[layers.length - 1] = { ...last, ...wanted };
  }
  const spec: NetworkSpec = { inputs: networkInputs, layers };
  const training = { ...setup.training };
  const loss = lossForOutput(summary.task, spec.layers.at(-1)?.activation);
  if (loss !== training.loss) {
    const losses = { loss: lossName(loss), was: lossName(training.loss) };
    changes.push(t('train.refit.loss', losses));
    training.loss = loss;
  }
  const rows = Math.max(1, Math.round(summary.rowCount * summary.split.train));
  if (training.batchSize > rows) {
    changes.push(t('train.refit.batch', { rows, was: training.batchSize }));
    training.batchSize = rows;
  }
  return {
    setup: {
      ...setup,
      datasetId: summary.id,
      datasetName: summary.name,
      datasetOrigin: summary,
      spec,
      training,
      normalize,
      derived: useDerived.length > 0 ? [...useDerived] : undefined,
    },
    changes,
  };
}

function describeTask(task: 'classification' | 'regression', outputs: number): string {
  if (task === 'regression') return plural(outputs, 'targets');
  return plural(outputs === 1 ? 2 : outputs, 'classes');
}

/** "cross entropy", "mse" as the changes name them. */
function lossName(loss: string): string {
  return t(`train.refit.losses.${loss}`);
}
