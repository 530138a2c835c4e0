import type { Adaline } from '../../src-engine/units/adaline';
import type { Madaline } from '../../src-engine/units/madaline';
import type { McCullochPittsUnit } from '../../src-engine/units/mcculloch-pitts';
import type { Perceptron } from '../../src-engine/units/perceptron';
import type { ModelFile } from '../../src-engine/serialize/model-format';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from '../../src-engine/serialize/model-format';
import type { LayerSpec } from '../../src-engine/network/spec';
import { ExportError } from './export-error';
import type { ExportableModel } from './exportable-model';

/** The lecture's single-unit models, as the engine holds them. */
export type SingleUnit =
  | { kind: 'perceptron'; unit: Perceptron }
  | { kind: 'adaline'; unit: Adaline }
  | { kind: 'mcculloch-pitts'; unit: McCullochPittsUnit }
  | { kind: 'madaline'; unit: Madaline };

function file(inputs: number, layers: LayerSpec[], W: number[][][], b: number[][]): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: MODEL_FORMAT_VERSION,
    spec: { inputs, layers },
    dtype: 'float64',
    weights: { W, b },
  };
}

/**
 * A single-unit model as the equivalent dense network, so that every model format can take
 * it. Each output equals the unit's own answer:
 * - perceptron: step (0/1) or sign (−1/+1) of w₀ + w·x;
 * - Adaline: its linear output y = w₀ + w·x (what it is trained on; classify() thresholds it);
 * - McCulloch–Pitts, weighted inhibition: step(Σ ±wᵢxᵢ − θ);
 * - MADALINE: a sign layer of Adalines, then one sign unit whose bias makes the fixed logic
 *   (and: Σh ≥ n − 1, or: Σh ≥ 1 − n, majority: Σh ≥ 0, over ±1 votes).
 * @throws ExportError('not-exportable') for a McCulloch–Pitts unit with absolute inhibition
 *   (a veto, which no weighted sum expresses on arbitrary inputs)
 */
export function unitToModelFile(model: SingleUnit): ModelFile {
  switch (model.kind) {
    case 'perceptron': {
      const [w0, ...w] = model.unit.weights;
      const activation = model.unit.output === 'binary' ? 'step' : 'sign';
      return file(model.unit.inputs, [{ units: 1, activation }], [[w]], [[w0]]);
    }
    case 'adaline': {
      const [w0, ...w] = model.unit.weights;
      return file(model.unit.inputs, [{ units: 1, activation: 'linear' }], [[w]], [[w0]]);
    }
    case 'mcculloch-pitts': {
      const { expressible, reason } = model.unit.expressibility();
      if (!expressible) throw new ExportError('not-exportable', `not exportable: ${reason}`);
      const w = model.unit.signedWeights();
      return file(w.length, [{ units: 1, activation: 'step' }], [[w]], [[-model.unit.threshold]]);
    }
    case 'madaline': {
      const hidden = model.unit.weights.map((w) => Array.from(w));
      const n = hidden.length;
      const bias = model.unit.logic === 'and' ? 1 - n : model.unit.logic === 'or' ? n - 1 : 0;
      return file(
        model.unit.inputs,
        [
          { units: n, activation: 'sign' },
          { units: 1, activation: 'sign' },
        ],
        [hidden.map(([, ...w]) => w), [new Array<number>(n).fill(1)]],
        [hidden.map(([w0]) => w0), [bias]],
      );
    }
  }
}

/**
 * A single-unit model ready for the exporters. A McCulloch–Pitts unit with absolute
 * inhibition carries its weighted equivalent on binary inputs (toWeighted) for reference and
 * the reason every layer format refuses it.
 */
export function unitToExportable(model: SingleUnit, name: string): ExportableModel {
  if (model.kind === 'mcculloch-pitts') {
    const { expressible, reason } = model.unit.expressibility();
    if (!expressible) {
      const weighted = unitToModelFile({ kind: model.kind, unit: model.unit.toWeighted() });
      return { name, model: weighted, notExpressible: reason };
    }
  }
  return { name, model: unitToModelFile(model) };
}
