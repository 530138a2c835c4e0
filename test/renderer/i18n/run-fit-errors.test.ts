// A run whose network does not fit its dataset, refused by main: English as main says it,
// Spanish with the network's and the dataset's own sizes and names.
import { describe, expect, it } from 'vitest';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { checkSpecFits } from '../../../src-main/services/run-request-checks';
import type { DatasetRecord } from '../../../src-main/store/records';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { languageSwitch } from '../in-spanish';
import { mainRefusal } from './main-refusal';

const use = languageSwitch();

/** A stored classification dataset of two rows with `inputs` and `outputs` columns. */
const dataset = (inputs: number, outputs: number): DatasetRecord =>
  ({
    name: 'medidas',
    task: 'classification',
    rowCount: 2,
    x: new Float32Array(2 * inputs),
    y: new Float32Array(2 * outputs),
  }) as unknown as DatasetRecord;

const spec = (inputs: number, units: number): NetworkSpec => ({
  inputs,
  layers: [{ units, activation: 'softmax' }],
});

describe('a network that does not fit the dataset', () => {
  it('inputs: both counts and the dataset’s name', async () => {
    const error = await mainRefusal(() => checkSpecFits(spec(3, 3), [], dataset(4, 3)));
    expect(error.detail).toEqual({
      key: 'runFit.inputs',
      params: { inputs: 3, dataset: 'medidas', has: 4 },
    });
    use('en');
    expect(errorText(error)).toBe("the network has 3 inputs; dataset 'medidas' has 4");
    use('es');
    expect(errorText(error)).toBe(
      'la red tiene 3 entradas; el conjunto de datos «medidas» tiene 4',
    );
  });

  it('outputs, and derived features that make another count', async () => {
    const outputs = await mainRefusal(() => checkSpecFits(spec(4, 5), [], dataset(4, 3)));
    use('es');
    expect(errorText(outputs)).toBe(
      'la red tiene 5 salidas; el conjunto de datos «medidas» tiene 3',
    );
    const derived = await mainRefusal(() => checkSpecFits(spec(4, 3), ['sinX'], dataset(2, 3)));
    expect(errorText(derived)).toBe(
      'la red toma 4 entradas, pero las características (x, y, sinX) dan 3',
    );
    use('en');
    expect(errorText(derived)).toBe(derived.message);
  });
});
