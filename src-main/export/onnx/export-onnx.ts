import { featureList, type DerivedFeature } from '../../../src-engine/data/derived-features';
import { activationParamOf } from '../../../src-engine/network/spec';
import { ExportError } from '../export-error';
import type { ExportableModel } from '../exportable-model';
import { inputPipeline } from '../exportable-model';
import { appendActivation } from './onnx-activations';
import { encodeModel, floatMatrixInfo, intAttribute, OnnxGraph } from './onnx-graph';
import { describeArchitecture } from '../../../src-engine/network/describe-architecture';

/** The names of the exported graph's input and output. */
export const ONNX_INPUT = 'features';
export const ONNX_OUTPUT = 'outputs';

/** Opset 13 has every operator used here and runs in any ONNX runtime of the last years. */
const OPSET = 13;
const IR_VERSION = 7;

/**
 * The model as an ONNX file: raw feature rows [batch, columns] (dataset column order) in,
 * the output layer's values [batch, outputs] out. Derived inputs (x², sin x, …) and the
 * input normalisation are explicit nodes at the start of the graph; each dense layer is a Gemm
 * (x·Wᵀ + b) followed by its activation. Class labels, feature and target names go into
 * metadata_props (as JSON arrays).
 * @param appVersion written as the producer's version
 * @throws ExportError('not-exportable') for a model that is not a stack of dense layers
 *   (McCulloch–Pitts absolute inhibition); ExportError('invalid') for inconsistent inputs
 */
export function exportOnnx(m: ExportableModel, appVersion: string): Uint8Array {
  if (m.notExpressible) {
    throw new ExportError('not-exportable', `not exportable to ONNX: ${m.notExpressible}`);
  }
  const pipeline = inputPipeline(m);
  const { spec, weights } = m.model;
  const g = new OnnxGraph();
  let x = ONNX_INPUT;
  if (pipeline.derived.length > 0) x = appendDerived(g, x, pipeline.derived);
  if (pipeline.scaling) {
    const { offset, scale } = pipeline.scaling;
    const shifted = g.node('Sub', [x, g.floats('offset', offset, [offset.length])]);
    x = g.node('Div', [shifted, g.floats('scale', scale, [scale.length])], [], 'normalized');
  }
  let width = spec.inputs;
  spec.layers.forEach((layer, l) => {
    const W = weights.W[l].flat();
    const w = g.floats(`layer${l + 1}_W`, W, [layer.units, width]);
    const b = g.floats(`layer${l + 1}_b`, weights.b[l], [layer.units]);
    const z = g.node('Gemm', [x, w, b], [intAttribute('transB', 1)], `layer${l + 1}_z`);
    x = appendActivation(g, layer.activation, z, activationParamOf(layer));
    width = layer.units;
  });
  // The last value gets the output's name (an Identity keeps linear outputs simple).
  g.node('Identity', [x], [], ONNX_OUTPUT);

  const metadata: Record<string, string> = {
    'neuron_lab.format': `${m.model.format} ${m.model.version}`,
    feature_names: JSON.stringify(pipeline.rawNames),
  };
  if (m.model.labels) metadata.labels = JSON.stringify(m.model.labels);
  if (m.model.targetNames) metadata.target_names = JSON.stringify(m.model.targetNames);
  if (pipeline.derived.length) metadata.derived_inputs = JSON.stringify(pipeline.derived);
  if (m.model.normalization) metadata.normalization = JSON.stringify(m.model.normalization);

  return encodeModel({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'Neuron Lab',
    producerVersion: appVersion,
    docString: `${m.name}: ${describeArchitecture(spec, { activations: true })}`,
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    graph: {
      name: m.name,
      node: g.nodes,
      initializer: g.initializers,
      input: [
        floatMatrixInfo(
          ONNX_INPUT,
          pipeline.rawInputs,
          `raw feature rows: ${pipeline.rawNames.join(', ')}`,
        ),
      ],
      output: [
        floatMatrixInfo(
          ONNX_OUTPUT,
          spec.layers[spec.layers.length - 1].units,
          m.model.labels ? `one value per class: ${m.model.labels.join(', ')}` : 'the outputs',
        ),
      ],
    },
  });
}

/** [x, y] → the run's feature columns, in the engine's order and formulas (derived-features.ts):
 * x and y first unless the list names them itself. */
function appendDerived(g: OnnxGraph, input: string, derived: readonly DerivedFeature[]): string {
  const axes = g.ints('axes', [1]);
  const column = (c: number) =>
    g.node('Slice', [input, g.ints('start', [c]), g.ints('end', [c + 1]), axes]);
  const a = column(0);
  const b = column(1);
  const parts = featureList(derived).map((f) => {
    switch (f) {
      case 'x':
        return a;
      case 'y':
        return b;
      case 'xSquared':
        return g.node('Mul', [a, a]);
      case 'ySquared':
        return g.node('Mul', [b, b]);
      case 'xTimesY':
        return g.node('Mul', [a, b]);
      case 'sinX':
        return g.node('Sin', [a]);
      case 'sinY':
        return g.node('Sin', [b]);
    }
  });
  return g.node('Concat', parts, [intAttribute('axis', 1)], 'expanded');
}
