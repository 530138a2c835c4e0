/**
 * The field-by-field checks of a model file's weights, before a network is built from them:
 * every matrix's size and every number's finiteness, each error naming the field, as in
 * "model file: weights.W[1][0][3]: expected a finite number, got null" (code and values for
 * a translation, see core/engine-error.ts).
 */
import { engineError } from '../core/engine-error';
import { gotValues } from '../data/validate';
import type { NetworkSpec } from '../network/spec';
import { specProblems } from '../network/spec';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of finite numbers of the given length at `field`. */
function numbers(value: unknown, count: number, field: string): void {
  if (!Array.isArray(value))
    throw engineError('model.numbers', { field, count, ...gotValues(value) });
  if (value.length !== count)
    throw engineError('model.numberCount', { field, count, got: value.length });
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw engineError('model.number', { field: `${field}[${i}]`, ...gotValues(v) });
  });
}

/**
 * Checks that a parsed model file is an object and, once its spec is sound (the spec's own
 * problems are parseModel's to name), that its weights have the spec's sizes and only finite
 * numbers.
 * @throws EngineError (codes 'model.*') naming the field that is wrong
 */
export function checkModelWeights(data: unknown): void {
  if (!isRecord(data))
    throw engineError('model.notObject', { field: '(top level)', ...gotValues(data) });
  const spec = data.spec as NetworkSpec | undefined;
  if (!isRecord(spec) || specProblems(spec).length > 0 || !isRecord(data.weights)) return;
  const layers = spec.layers;
  const count = layers.length;
  const { W, b } = data.weights;
  if (!Array.isArray(W)) throw engineError('model.matrices', { field: 'weights.W', count });
  if (!Array.isArray(b)) throw engineError('model.biasLists', { field: 'weights.b', count });
  if (W.length !== count)
    throw engineError('model.matrixCount', { field: 'weights.W', count, got: W.length });
  if (b.length !== count)
    throw engineError('model.biasListCount', { field: 'weights.b', count, got: b.length });
  let inputs = spec.inputs;
  layers.forEach((layer, l) => {
    const rows = W[l] as unknown;
    const field = `weights.W[${l}]`;
    if (!Array.isArray(rows) || rows.length !== layer.units) {
      const values = { field, count: layer.units, layer: l + 1, ...gotValues(rows) };
      throw engineError('model.rows', values);
    }
    rows.forEach((row, j) => numbers(row, inputs, `${field}[${j}]`));
    numbers(b[l], layer.units, `weights.b[${l}]`);
    inputs = layer.units;
  });
}
