import {
  featureCount,
  featureList,
  type DerivedFeature,
} from '../../src-engine/data/derived-features';
import type { Scaler } from '../../src-engine/data/scaling';
import type { ModelFile } from '../../src-engine/serialize/model-format';
import { ExportError } from './export-error';

/** A trained model with what an exporter needs besides its weights. */
export interface ExportableModel {
  /** a name for files and headings, e.g. the experiment's name */
  name: string;
  model: ModelFile;
  /** 2-D data: inputs derived from the two raw columns (ExperimentConfig.derived), appended
   * after them in this order */
  derived?: DerivedFeature[];
  /** the raw columns, in the dataset's order (defaults to the model's featureNames) */
  rawFeatureNames?: string[];
  /** why the model is not a stack of dense layers (a McCulloch–Pitts unit with absolute
   * inhibition), so that formats of plain layers refuse it */
  notExpressible?: string;
}

/** The raw-input side of a model: what turns a raw feature row into the network's input. */
export interface InputPipeline {
  /** columns of a raw row */
  rawInputs: number;
  /** derived columns appended to the two raw ones, in order (empty when none) */
  derived: DerivedFeature[];
  /** x' = (x − offset) / scale after the derived columns are added; absent: no scaling */
  scaling?: { offset: number[]; scale: number[] };
  /** names of the raw columns */
  rawNames: string[];
}

/** The offset and scale of a fitted scaler, the same numbers the engine's applyScaler uses. */
export function scalingOf(scaler: Scaler): { offset: number[]; scale: number[] } {
  if (scaler.kind === 'standard') return { offset: [...scaler.mean], scale: [...scaler.std] };
  return {
    offset: [...scaler.min],
    scale: scaler.min.map((lo, c) => (scaler.max[c] > lo ? scaler.max[c] - lo : 1)),
  };
}

/**
 * How a raw row reaches the network: derived columns first (the engine fits its scaler on the
 * expanded inputs), then the scaling.
 * @throws ExportError('invalid') when derived inputs, normalisation and the network's input
 *   count do not agree
 */
export function inputPipeline(m: ExportableModel): InputPipeline {
  const { spec, normalization, featureNames } = m.model;
  const derived = m.derived ?? [];
  if (derived.length > 0 && spec.inputs !== featureCount(derived)) {
    throw new ExportError(
      'invalid',
      `derived inputs: the features ${featureList(derived).join(', ')} of 2 raw columns make ${featureCount(derived)} inputs, but the network has ${spec.inputs}`,
    );
  }
  const rawInputs = derived.length > 0 ? 2 : spec.inputs;
  const scaling = normalization ? scalingOf(normalization) : undefined;
  if (scaling && scaling.offset.length !== spec.inputs) {
    throw new ExportError(
      'invalid',
      `normalisation has ${scaling.offset.length} columns, the network ${spec.inputs} inputs`,
    );
  }
  const rawNames =
    m.rawFeatureNames ??
    featureNames?.slice(0, rawInputs) ??
    Array.from({ length: rawInputs }, (_, i) => `x${i + 1}`);
  return { rawInputs, derived, scaling, rawNames };
}

/** The file-name stem of a model: its name in lower case, with anything unsafe replaced. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return stem.slice(0, 80) || 'model';
}
