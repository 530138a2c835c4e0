/**
 * Turns a lab's setup into what the full views take: the dataset (generated, or the lab's
 * own rows imported as a small CSV), the Train store's setup, and Design's document.
 */
import type { ActivationName } from '../../src-engine/activations/activation';
import type { LossName } from '../../src-engine/losses/loss';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { LabClient } from '../api/use-lab';
import { i18n } from '../i18n';
import type { TrainSetup } from '../stores/train';
import { isOwnRows, type LabOpenIn, type OpenInRows } from './open-in-schema';

/** The stored dataset a setup trains on. */
export interface MadeDataset {
  id: number;
  name: string;
}

/** The network of a setup, as the engine names it. */
export function specOf(openIn: LabOpenIn): NetworkSpec {
  return {
    inputs: openIn.network.inputs,
    layers: openIn.network.layers.map((l) => ({
      units: l.units,
      activation: l.activation as ActivationName,
    })),
  };
}

/** The lab's own rows as CSV text (the last column is the target). */
export function csvOf(data: OpenInRows): string {
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  return [data.columns.map(quote).join(','), ...data.rows.map((r) => r.join(','))].join('\n');
}

/**
 * Makes the setup's dataset in the lab's store: a built-in generated with the lab's
 * parameters, or the lab's rows imported, all of them for training.
 * @returns the dataset, or a message naming what went wrong
 */
export async function makeDataset(
  lab: LabClient,
  openIn: LabOpenIn,
): Promise<MadeDataset | { error: string }> {
  const data = openIn.dataset;
  if (!isOwnRows(data)) {
    const result = await lab.call('datasets:generate', {
      name: data.name,
      params: data.params,
      ...(data.split ? { split: { ...data.split } } : {}),
    });
    return result.ok
      ? { id: result.value.id, name: result.value.name }
      : {
          error: i18n.global.t('labs-teacher.openIn.datasetFailed', {
            name: data.name,
            error: result.error.message,
          }),
        };
  }
  const target = data.columns[data.columns.length - 1];
  const result = await lab.call('datasets:import', {
    fileName: `${data.name}.csv`,
    content: csvOf(data),
    name: data.name,
    roles: data.columns.map((column) => ({
      column,
      role: column === target ? ('target' as const) : ('input' as const),
    })),
    missing: 'drop',
    ...(data.classes ? { targetIsClass: true } : {}),
    split: { train: 1, validation: 0, test: 0 },
  });
  return result.ok
    ? { id: result.value.id, name: result.value.name }
    : {
        error: i18n.global.t('labs-teacher.openIn.rowsFailed', {
          name: data.name,
          error: result.error.message,
        }),
      };
}

/** The Train setup of a lab's openIn (which must have training settings). */
export function trainSetupFrom(openIn: LabOpenIn, dataset: MadeDataset): TrainSetup {
  const training = openIn.training;
  if (!training)
    throw new Error(i18n.global.t('labs-teacher.openIn.unitOnly', { label: openIn.label }));
  return {
    datasetId: dataset.id,
    datasetName: dataset.name,
    spec: specOf(openIn),
    training: {
      loss: training.loss as LossName,
      optimizer: { name: training.optimizer as 'sgd' | 'adam' },
      learningRate: training.learningRate,
      ...(openIn.schedule ? { schedule: { ...openIn.schedule } } : {}),
      batchSize: training.batchSize,
      epochs: training.epochs,
      shuffle: true,
      seed: openIn.seed,
    },
    seed: openIn.seed,
    normalize: 'none',
  };
}
