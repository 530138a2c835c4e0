import { expandFeatures } from '../../src-engine/data/derived-features';
import { applyScaler } from '../../src-engine/data/scaling';
import type { FloatArray } from '../../src-engine/core/float-array';
import type { Network } from '../../src-engine/network/network';
import { parseModel } from '../../src-engine/serialize/model-format';
import type { ExportableModel } from './exportable-model';
import { inputPipeline } from './exportable-model';

/**
 * The engine's own outputs for raw feature rows, through the same steps as training: derived
 * columns, then the scaler, then the network. The reference every exported format is checked
 * against, and what the report's decision surface is drawn from.
 * @param raw [rows, raw columns] @returns [rows, outputs]
 * @throws when the model file does not validate or raw has the wrong length
 */
export function predictRaw(
  m: ExportableModel,
  raw: ArrayLike<number>,
  rows: number,
  network: Network = parseModel(m.model).network,
): FloatArray {
  const pipeline = inputPipeline(m);
  if (raw.length !== rows * pipeline.rawInputs) {
    throw new Error(
      `predictRaw: expected ${rows} × ${pipeline.rawInputs} values, got ${raw.length}`,
    );
  }
  let x: FloatArray = Float32Array.from(raw);
  if (pipeline.derived.length > 0) x = expandFeatures(x, pipeline.derived, true, 'float32');
  if (m.model.normalization) x = applyScaler(m.model.normalization, x, 'float32');
  if (network.dtype === 'float64') x = Float64Array.from(x);
  return network.predict(x, rows);
}
