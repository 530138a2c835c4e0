import type { EngineCode } from '../core/engine-codes';
import {
  EngineError,
  engineProblem,
  problemOf,
  type EngineProblem,
  type EngineValues,
} from '../core/engine-error';
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

/** Stops reading a model file: the English says "model file: …", the code says what. */
function refuse(
  code: EngineCode,
  values: EngineValues,
  text: string,
  parts?: EngineProblem[],
): never {
  throw new EngineError(engineProblem(code, values, `model file: ${text}`, parts));
}

/** A model file's JSON text parsed. @throws EngineError ('model.notJson') */
export function parseModelJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = (error as Error).message;
    return refuse('model.notJson', { detail }, `not valid JSON (${detail})`);
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
    const text = `not a Neuron Lab model (format must be '${MODEL_FORMAT}')`;
    refuse('model.notModel', { format: MODEL_FORMAT }, text);
  }
  if (!Number.isInteger(file.version) || file.version < 1 || file.version > MODEL_FORMAT_VERSION) {
    const got = gotValues(file.version);
    const max = MODEL_FORMAT_VERSION;
    refuse(
      'model.version',
      { ...got, max },
      `version ${got.got} is not supported (this app reads 1…${max})`,
    );
  }
  if (!file.spec || typeof file.spec !== 'object')
    refuse('model.specMissing', {}, 'spec is missing');
  const problems = specProblems(file.spec);
  if (problems.length) {
    refuse('model.spec', {}, `spec: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
  if (file.dtype !== 'float32' && file.dtype !== 'float64') {
    const got = gotValues(file.dtype);
    refuse('model.dtype', got, `dtype must be float32 or float64, got ${got.got}`);
  }
  if (!file.weights || !Array.isArray(file.weights.W) || !Array.isArray(file.weights.b)) {
    refuse('model.weightsMissing', {}, 'weights must hold W and b arrays');
  }
  checkNormalization(file.normalization, file.spec.inputs);
  const network = new Network(file.spec, { dtype: file.dtype });
  try {
    network.setWeights(file.weights);
  } catch (error) {
    const problem = problemOf(error);
    refuse('model.weights', {}, (error as Error).message, problem ? [problem] : undefined);
  }
  return { network, file };
}

function checkNormalization(n: Normalization | undefined, inputs: number): void {
  if (n === undefined) return;
  const problem = scalerProblem(n);
  if (problem) refuse('model.normalization', {}, `normalisation: ${problem.message}`, [problem]);
  const scaler = n as Scaler;
  const columns = scaler.kind === 'standard' ? scaler.mean.length : scaler.min.length;
  if (columns !== inputs) {
    const text = `normalisation has ${columns} columns, the network ${inputs} inputs`;
    refuse('model.normalizationColumns', { columns, inputs }, text);
  }
}
