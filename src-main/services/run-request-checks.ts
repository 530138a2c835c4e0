/** Checks and names a run request needs before it is stored. */
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { DatasetRecord } from '../store/records';
import { RunRequestError } from './run-request-error';

/** @throws RunRequestError when derived inputs are repeated or the data is not 2-D */
export function checkDerived(
  derived: readonly DerivedFeature[],
  inputs: number,
  dataset: string,
): void {
  if (derived.length === 0) return;
  const twice = derived.find((f, i) => derived.indexOf(f) !== i);
  if (twice) throw new RunRequestError('invalid', `derived input '${twice}' is listed twice`);
  if (inputs !== 2) {
    throw new RunRequestError(
      'invalid',
      `derived inputs (${derived.join(', ')}) need data with exactly 2 inputs; dataset '${dataset}' has ${inputs}`,
    );
  }
}

/** Inputs a row of the dataset has, before any derived ones. */
export function rawInputs(dataset: DatasetRecord): number {
  return dataset.rowCount > 0 ? dataset.x.length / dataset.rowCount : 0;
}
