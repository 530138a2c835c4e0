import { describe } from '../data/validate';
import type { DType } from '../core/float-array';
import type { Scaler } from '../data/scaling';
import { checkScaler } from '../data/scaling';
import type { Weights } from '../network/network';
import { Network } from '../network/network';
import type { NetworkSpec } from '../network/spec';
import { validateSpec } from '../network/spec';
import type { TrainConfig } from '../train/config';

export const MODEL_FORMAT = 'neuron-lab-model';
export const MODEL_FORMAT_VERSION = 1;

/** How raw feature rows were scaled before they reached the network (the scaler fitted on
 * the training part); a model carries it so that it can be applied to new data. */
export type Normalization = Scaler;

/** A trained model as a versioned, self-describing JSON document. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  spec: NetworkSpec;
  dtype: DType;
  weights: Weights;
  normalization?: Normalization;
  featureNames?: string[];
  targetNames?: string[];
  /** class names in output order, for classification */
  labels?: string[];
  training?: TrainConfig;
}

/** What goes into a model file besides the network. */
export type ModelExtras = Omit<ModelFile, 'format' | 'version' | 'spec' | 'dtype' | 'weights'>;

/** The model file of a network. */
export function toModelFile(network: Network, extras: ModelExtras = {}): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: MODEL_FORMAT_VERSION,
    spec: network.spec,
    dtype: network.dtype,
    weights: network.getWeights(),
    ...extras,
  };
}

/** The model file as JSON text. Numbers are written in their shortest exact form, so
 * float32 and float64 weights both read back bit for bit. */
export function serializeModel(network: Network, extras: ModelExtras = {}): string {
  return JSON.stringify(toModelFile(network, extras));
}

/**
 * Reads a model file (JSON text or a parsed object) back into a network.
 * @throws an Error that names what is wrong: not JSON, another format, a newer version, an
 * invalid spec, weights of the wrong size, a number that is not finite, a bad normalisation
 */
export function parseModel(input: string | unknown): { network: Network; file: ModelFile } {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new Error(`model file: not valid JSON (${(error as Error).message})`);
    }
  }
  const file = data as ModelFile;
  if (!file || typeof file !== 'object' || file.format !== MODEL_FORMAT) {
    throw new Error(`model file: not a Neuron Lab model (format must be '${MODEL_FORMAT}')`);
  }
  if (!Number.isInteger(file.version) || file.version < 1 || file.version > MODEL_FORMAT_VERSION) {
    throw new Error(
      `model file: version ${describe(file.version)} is not supported (this app reads 1…${MODEL_FORMAT_VERSION})`,
    );
  }
  if (!file.spec || typeof file.spec !== 'object') throw new Error('model file: spec is missing');
  const problems = validateSpec(file.spec);
  if (problems.length) throw new Error(`model file: spec: ${problems.join('; ')}`);
  if (file.dtype !== 'float32' && file.dtype !== 'float64') {
    throw new Error(`model file: dtype must be float32 or float64, got ${describe(file.dtype)}`);
  }
  if (!file.weights || !Array.isArray(file.weights.W) || !Array.isArray(file.weights.b)) {
    throw new Error('model file: weights must hold W and b arrays');
  }
  checkNormalization(file.normalization, file.spec.inputs);
  const network = new Network(file.spec, { dtype: file.dtype });
  try {
    network.setWeights(file.weights);
  } catch (error) {
    throw new Error(`model file: ${(error as Error).message}`);
  }
  return { network, file };
}

function checkNormalization(n: Normalization | undefined, inputs: number): void {
  if (n === undefined) return;
  const scaler = checkScaler(n, 'model file: normalisation');
  const length = scaler.kind === 'standard' ? scaler.mean.length : scaler.min.length;
  if (length !== inputs) {
    throw new Error(
      `model file: normalisation has ${length} columns, the network ${inputs} inputs`,
    );
  }
}
