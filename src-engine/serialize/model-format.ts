import { engineError, problemOf } from '../core/engine-error';
import type { DType } from '../core/float-array';
import type { Scaler } from '../data/scaling';
import { scalerProblem } from '../data/scaling';
import { gotValues } from '../data/validate';
import type { Weights } from '../network/network';
import { Network } from '../network/network';
import type { NetworkSpec } from '../network/spec';
import { specProblems } from '../network/spec';
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

/** A model file's JSON text parsed. @throws EngineError ('model.notJson') */
export function parseModelJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw engineError('model.notJson', { detail: (error as Error).message });
  }
}

/**
 * Reads a model file (JSON text or a parsed object) back into a network.
 * @throws an EngineError (codes 'model.*') that names what is wrong: not JSON, another format,
 * a newer version, an invalid spec, weights of the wrong size, a number that is not finite, a
 * bad normalisation
 */
export function parseModel(input: string | unknown): { network: Network; file: ModelFile } {
  const data = typeof input === 'string' ? parseModelJson(input) : input;
  const file = data as ModelFile;
  if (!file || typeof file !== 'object' || file.format !== MODEL_FORMAT) {
    throw engineError('model.notModel', { format: MODEL_FORMAT });
  }
  if (!Number.isInteger(file.version) || file.version < 1 || file.version > MODEL_FORMAT_VERSION) {
    throw engineError('model.version', { ...gotValues(file.version), max: MODEL_FORMAT_VERSION });
  }
  if (!file.spec || typeof file.spec !== 'object') throw engineError('model.specMissing', {});
  const problems = specProblems(file.spec);
  if (problems.length) throw engineError('model.spec', {}, problems);
  if (file.dtype !== 'float32' && file.dtype !== 'float64')
    throw engineError('model.dtype', gotValues(file.dtype));
  if (!file.weights || !Array.isArray(file.weights.W) || !Array.isArray(file.weights.b))
    throw engineError('model.weightsMissing', {});
  checkNormalization(file.normalization, file.spec.inputs);
  const network = new Network(file.spec, { dtype: file.dtype });
  try {
    network.setWeights(file.weights);
  } catch (error) {
    // checkModelWeights has already named a malformed list; what is left is setWeights' own
    const problem = problemOf(error);
    if (!problem) throw error;
    throw engineError('model.weights', {}, [problem]);
  }
  return { network, file };
}

function checkNormalization(n: Normalization | undefined, inputs: number): void {
  if (n === undefined) return;
  const problem = scalerProblem(n);
  if (problem) throw engineError('model.normalization', {}, [problem]);
  const scaler = n as Scaler;
  const columns = scaler.kind === 'standard' ? scaler.mean.length : scaler.min.length;
  if (columns !== inputs) throw engineError('model.normalizationColumns', { columns, inputs });
}
