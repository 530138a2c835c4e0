/**
 * Checks and names a run request needs before it is stored. Each refusal carries its message
 * id (under the renderer's `errors.runFit.`) and values beside its English, so that the Train
 * view says it in its reader's language.
 */
import {
  featureCount,
  featureList,
  type DerivedFeature,
} from '../../src-engine/data/derived-features';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { DatasetRecord } from '../store/records';
import { RunRequestError } from './run-request-error';

/** @throws RunRequestError('invalid') saying `message`, with its id and values */
function refuse(message: string, key: string, params: Record<string, string | number>): never {
  throw new RunRequestError('invalid', message, { key: `runFit.${key}`, params });
}

/** @throws RunRequestError when derived inputs are repeated or the data is not 2-D */
export function checkDerived(
  derived: readonly DerivedFeature[],
  inputs: number,
  dataset: string,
): void {
  if (derived.length === 0) return;
  const twice = derived.find((f, i) => derived.indexOf(f) !== i);
  if (twice) refuse(`derived input '${twice}' is listed twice`, 'derivedTwice', { feature: twice });
  if (inputs !== 2) {
    const list = derived.join(', ');
    refuse(
      `derived inputs (${list}) need data with exactly 2 inputs; dataset '${dataset}' has ${inputs}`,
      'derivedData',
      { derived: list, dataset, has: inputs },
    );
  }
}

/**
 * Whether a network fits a dataset: its inputs are the dataset's (or the derived features'),
 * its outputs the dataset's (two classes stored as one 0/1 column also train a softmax of two).
 * @throws RunRequestError('invalid') naming both sizes
 */
export function checkSpecFits(
  spec: NetworkSpec,
  derived: readonly DerivedFeature[],
  dataset: DatasetRecord,
): void {
  const inputs = rawInputs(dataset);
  const outputs = dataset.rowCount > 0 ? dataset.y.length / dataset.rowCount : 0;
  const last = spec.layers.at(-1);
  const { name } = dataset;
  checkDerived(derived, inputs, name);
  if (derived.length > 0 && spec.inputs !== featureCount(derived)) {
    const features = featureList(derived).join(', ');
    const made = featureCount(derived);
    refuse(
      `the network takes ${spec.inputs} inputs but the features (${features}) make ${made}`,
      'derivedInputs',
      { inputs: spec.inputs, features, made },
    );
  }
  if (derived.length === 0 && spec.inputs !== inputs) {
    refuse(`the network has ${spec.inputs} inputs; dataset '${name}' has ${inputs}`, 'inputs', {
      inputs: spec.inputs,
      dataset: name,
      has: inputs,
    });
  }
  const twoClassSoftmax = dataset.task === 'classification' && outputs === 1 && last?.units === 2;
  if (!last || (last.units !== outputs && !twoClassSoftmax)) {
    const units = last?.units ?? 0;
    refuse(`the network has ${units} outputs; dataset '${name}' has ${outputs}`, 'outputs', {
      outputs: units,
      dataset: name,
      has: outputs,
    });
  }
}

/** Inputs a row of the dataset has, before any derived ones. */
export function rawInputs(dataset: DatasetRecord): number {
  return dataset.rowCount > 0 ? dataset.x.length / dataset.rowCount : 0;
}
