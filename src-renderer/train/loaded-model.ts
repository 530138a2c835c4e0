/**
 * A stored run's model made ready to use in the renderer: the network, and how raw rows
 * become the network's inputs (derived features, then or before the model's normalisation).
 */
import { toFloatArray, type FloatArray } from '../../src-engine/core/float-array';
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import { expandFeatures, hasDerived } from '../../src-engine/data/derived-features';
import type { Scaler } from '../../src-engine/data/scaling';
import { applyScaler } from '../../src-engine/data/scaling';
import type { Network } from '../../src-engine/network/network';
import { parseModel, type ModelFile } from '../../src-engine/serialize/model-format';

/** A parsed model with its input pipeline. */
export interface LoadedModel {
  network: Network;
  file: ModelFile;
  /** the model's scaler, whether it covers the raw columns or every network input */
  normalization: Scaler | null;
  derived: DerivedFeature[];
}

function scalerColumns(scaler: Scaler): number {
  return scaler.kind === 'standard' ? scaler.mean.length : scaler.min.length;
}

/**
 * Parses a model file. A scaler over the two raw columns of a model with derived inputs is
 * accepted (the engine's parser only knows scalers over every input) and kept aside.
 * @throws naming what is wrong with the file
 */
export function loadModel(file: ModelFile, derived: readonly DerivedFeature[] = []): LoadedModel {
  const normalization = file.normalization ?? null;
  const rawScaler =
    normalization !== null &&
    hasDerived(derived) &&
    scalerColumns(normalization) === 2 &&
    file.spec.inputs !== 2;
  const { network } = parseModel(rawScaler ? { ...file, normalization: undefined } : file);
  return { network, file, normalization, derived: [...derived] };
}

/**
 * Raw rows → the network's inputs: derived features appended (2-D data) and the model's
 * normalisation applied, in whichever order the model's scaler implies.
 * @param x [rows, raw columns]
 * @returns [rows, network inputs]
 */
export function toNetworkInputs(model: LoadedModel, x: ArrayLike<number>): FloatArray {
  const { normalization, derived, network } = model;
  const dtype = network.dtype;
  if (derived.length === 0) {
    return normalization ? applyScaler(normalization, x, dtype) : toFloatArray(dtype, x);
  }
  if (normalization && scalerColumns(normalization) !== network.inputs) {
    return expandFeatures(applyScaler(normalization, x, dtype), derived, true, dtype);
  }
  const expanded = expandFeatures(x, derived, true, dtype);
  return normalization ? applyScaler(normalization, expanded, dtype) : expanded;
}

/**
 * The network's outputs for raw rows (copied, so they outlive the next forward pass).
 * @param x [rows, raw columns]
 * @returns [rows, outputs]
 */
export function predictRaw(model: LoadedModel, x: ArrayLike<number>, rows: number): FloatArray {
  return model.network.predict(toNetworkInputs(model, x), rows);
}
