/**
 * The field-by-field checks of a model file's weights, before a network is built from them:
 * every matrix's size and every number's finiteness, each error naming the field, as in
 * "model file: weights.W[1][0][3]: expected a finite number, got null" (code and values for
 * a translation, see core/engine-error.ts).
 */
import type { EngineCode } from '../core/engine-codes';
import { EngineError, engineProblem, type EngineValues } from '../core/engine-error';
import { gotValues } from '../data/validate';
import type { NetworkSpec } from '../network/spec';
import { specProblems } from '../network/spec';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** @throws EngineError naming `field` in "model file: {field}: {text}" */
function refuse(code: EngineCode, field: string, values: EngineValues, text: string): never {
  throw new EngineError(engineProblem(code, { field, ...values }, `model file: ${field}: ${text}`));
}

/** A list of finite numbers of the given length at `field`. */
function numbers(value: unknown, count: number, field: string): void {
  if (!Array.isArray(value)) {
    const got = gotValues(value);
    refuse(
      'model.numbers',
      field,
      { count, ...got },
      `expected a list of ${count} numbers, got ${got.got}`,
    );
  }
  if (value.length !== count) {
    const got = value.length;
    refuse('model.numberCount', field, { count, got }, `expected ${count} numbers, got ${got}`);
  }
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const got = gotValues(v);
      refuse('model.number', `${field}[${i}]`, got, `expected a finite number, got ${got.got}`);
    }
  });
}

/**
 * Checks that a parsed model file is an object and, once its spec is sound (the spec's own
 * problems are parseModel's to name), that its weights have the spec's sizes and only finite
 * numbers.
 * @throws EngineError (codes 'model.*') naming the field that is wrong
 */
export function checkModelWeights(data: unknown): void {
  if (!isRecord(data)) {
    const got = gotValues(data);
    refuse('model.notObject', '(top level)', got, `expected an object, got ${got.got}`);
  }
  const spec = data.spec as NetworkSpec | undefined;
  if (!isRecord(spec) || specProblems(spec).length > 0 || !isRecord(data.weights)) return;
  const layers = spec.layers;
  const count = layers.length;
  const { W, b } = data.weights;
  if (!Array.isArray(W))
    refuse('model.matrices', 'weights.W', { count }, `expected a list of ${count} matrices`);
  if (!Array.isArray(b))
    refuse('model.biasLists', 'weights.b', { count }, `expected a list of ${count} bias lists`);
  if (W.length !== count) {
    const text = `expected ${count} matrices (one per layer), got ${W.length}`;
    refuse('model.matrixCount', 'weights.W', { count, got: W.length }, text);
  }
  if (b.length !== count) {
    const text = `expected ${count} bias lists, got ${b.length}`;
    refuse('model.biasListCount', 'weights.b', { count, got: b.length }, text);
  }
  let inputs = spec.inputs;
  layers.forEach((layer, l) => {
    const rows = W[l] as unknown;
    const field = `weights.W[${l}]`;
    if (!Array.isArray(rows) || rows.length !== layer.units) {
      const got = gotValues(rows);
      const text = `expected ${layer.units} rows (layer ${l + 1}'s units), got ${got.got}`;
      refuse('model.rows', field, { count: layer.units, layer: l + 1, ...got }, text);
    }
    rows.forEach((row, j) => numbers(row, inputs, `${field}[${j}]`));
    numbers(b[l], layer.units, `weights.b[${l}]`);
    inputs = layer.units;
  });
}
