import {
  DERIVED_FEATURES,
  featureCount,
  featureList,
  type DerivedFeature,
} from '../../src-engine/data/derived-features';
import { gotValues } from '../../src-engine/data/validate';
import type { Network } from '../../src-engine/network/network';
import { assertValidFileConfig } from '../../src-engine/train/config';
import { checkModelWeights } from '../../src-engine/serialize/model-fields';
import {
  parseModel,
  parseModelJson,
  type ModelFile,
} from '../../src-engine/serialize/model-format';
import { engineDetail } from '../contract/engine-detail';
import { ExportError } from './export-error';
import type { ExportableModel } from './exportable-model';

/**
 * The model in Neuron Lab's own JSON format (the engine's versioned model file), with the
 * derived inputs of 2-D data as an extra top-level `derived` list when there are any.
 * @throws ExportError('not-exportable') for a unit that is not a stack of dense layers
 */
export function exportModelJson(m: ExportableModel): string {
  if (m.notExpressible) {
    throw new ExportError(
      'not-exportable',
      `not exportable as a Neuron Lab model: ${m.notExpressible}`,
    );
  }
  const document: ModelFile & { derived?: DerivedFeature[] } = { ...m.model };
  if (m.derived?.length) document.derived = [...m.derived];
  return `${JSON.stringify(document, null, 1)}\n`;
}

/** A model file read back and checked, ready to evaluate or train further. */
export interface ImportedModel {
  network: Network;
  file: ModelFile;
  derived?: DerivedFeature[];
}

/**
 * @param key the message's id under the renderer's `errors.` (its values: `values` and the field)
 * @throws ExportError('invalid') "model file: <field>: <message>"
 */
function fail(
  field: string,
  message: string,
  key: string,
  values: Record<string, string | number>,
): never {
  const detail = { key, params: { field, ...values } };
  throw new ExportError('invalid', `model file: ${field}: ${message}`, detail);
}

function names(value: unknown, length: number | undefined, field: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    const got = gotValues(value);
    fail(field, `expected a list of names, got ${got.got}`, 'modelFile.names', got);
  }
  if (length !== undefined && value.length !== length) {
    const counts = { expected: length, length: value.length };
    fail(field, `expected ${length} names, got ${value.length}`, 'modelFile.nameCount', counts);
  }
}

/**
 * Reads a Neuron Lab model file and checks everything in it before a network is built: the
 * format and version, the spec, every weight matrix's size and every number's finiteness,
 * the normalisation, names and training config. Every error names the field, as in
 * "model file: weights.W[1][0][3]: expected a finite number, got null".
 * @throws ExportError('invalid')
 */
export function importModelJson(text: string): ImportedModel {
  let data: Record<string, unknown>;
  let parsed: ReturnType<typeof parseModel>;
  try {
    data = parseModelJson(text) as Record<string, unknown>;
    // the fields first, naming the one that is wrong; parseModel then checks the rest
    checkModelWeights(data);
    parsed = parseModel(data);
  } catch (error) {
    throw new ExportError('invalid', (error as Error).message, engineDetail(error));
  }
  const { file, network } = parsed;
  const derived = data.derived;
  if (derived !== undefined) {
    if (
      !Array.isArray(derived) ||
      derived.some((d) => !DERIVED_FEATURES.includes(d as DerivedFeature))
    ) {
      const known = DERIVED_FEATURES.join(', ');
      const got = gotValues(derived);
      fail('derived', `expected a list of ${known}, got ${got.got}`, 'modelFile.derivedList', {
        known,
        ...got,
      });
    }
    const features = featureList(derived as DerivedFeature[]).join(', ');
    const count = featureCount(derived as DerivedFeature[]);
    const inputs = file.spec.inputs;
    if (inputs !== count)
      fail(
        'derived',
        `the features ${features} make ${count} inputs, but spec.inputs is ${inputs}`,
        'modelFile.derivedInputs',
        { features, made: count, inputs },
      );
  }
  const raw = derived ? 2 : file.spec.inputs;
  const namedFeatures =
    Array.isArray(file.featureNames) && file.featureNames.length === raw ? raw : file.spec.inputs;
  names(file.featureNames, namedFeatures, 'featureNames');
  names(file.targetNames, network.outputs, 'targetNames');
  // one sigmoid output still has two classes
  names(file.labels, Math.max(2, network.outputs), 'labels');
  if (file.training !== undefined) {
    try {
      assertValidFileConfig(file.training);
    } catch (error) {
      throw new ExportError('invalid', (error as Error).message, engineDetail(error));
    }
  }
  return { network, file, derived: derived as DerivedFeature[] | undefined };
}
