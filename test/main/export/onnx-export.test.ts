// The ONNX file run by onnxruntime gives the engine's own outputs (to 1e-5) on raw rows, for
// every activation the engine has, with normalisation and derived inputs, and for the
// single-unit models; the ones ONNX cannot express are refused by name.
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../../src-engine/activations/activation';
import type { ActivationName } from '../../../src-engine/activations/activation';
import { parseModel } from '../../../src-engine/serialize/model-format';
import type { ExportableModel } from '../../../src-main/export/exportable-model';
import { onnx } from '../../../src-main/export/onnx/onnx-graph';
import { exportOnnx, ONNX_INPUT, ONNX_OUTPUT } from '../../../src-main/export/onnx/export-onnx';
import { predictRaw } from '../../../src-main/export/predict-raw';
import { maxDifference, randomModel, randomRows } from './model-fixtures';

const ROWS = 300;

/** Runs the exported file on raw rows with onnxruntime. */
async function runOnnx(bytes: Uint8Array, raw: Float32Array, columns: number) {
  const session = await InferenceSession.create(bytes);
  const rows = raw.length / columns;
  const result = await session.run({ [ONNX_INPUT]: new Tensor('float32', raw, [rows, columns]) });
  return result[ONNX_OUTPUT].data as Float32Array;
}

async function expectSameAsEngine(
  m: ExportableModel,
  columns: number,
  raw = randomRows(ROWS, columns),
) {
  const expected = predictRaw(m, raw, raw.length / columns);
  const actual = await runOnnx(exportOnnx(m, '0.1.0'), raw, columns);
  expect(actual.length).toBe(expected.length);
  expect(maxDifference(actual, expected)).toBeLessThan(1e-5);
  return expected;
}

const HIDDEN: ActivationName[] = ACTIVATION_NAMES.filter((a) => a !== 'softmax');

describe('ONNX export, run with onnxruntime', () => {
  it('covers every activation the engine knows', () => {
    expect([...HIDDEN, 'softmax'].sort()).toEqual([...ACTIVATION_NAMES].sort());
  });

  it.each(HIDDEN)(
    '%s: equal to the engine on 300 rows, as hidden and as output layer',
    async (act) => {
      const m = randomModel({
        inputs: 3,
        layers: [
          { units: 6, activation: act },
          { units: 2, activation: act },
        ],
      });
      const raw = randomRows(ROWS, 3);
      await expectSameAsEngine(m, 3, raw);
      // the rows reach both sides of every activation's bend, far from 0
      const { network } = parseModel(m.model);
      network.forward(raw, ROWS);
      const z = Array.from(network.layers[0].preActivations.subarray(0, ROWS * 6));
      expect(Math.min(...z)).toBeLessThan(-2);
      expect(Math.max(...z)).toBeGreaterThan(2);
    },
  );

  it('uses the layer parameter of leaky ReLU and ELU', async () => {
    for (const activation of ['leaky_relu', 'elu'] as const) {
      const m = randomModel({
        inputs: 2,
        layers: [
          { units: 4, activation, activationParam: 0.3 },
          { units: 1, activation: 'linear' },
        ],
      });
      await expectSameAsEngine(m, 2);
    }
  });

  it('softmax output with standard scaling, class labels in the metadata, open batch size', async () => {
    const labels = ['setosa', 'versicolor', 'virginica'];
    const m = randomModel(
      {
        inputs: 4,
        layers: [
          { units: 8, activation: 'relu' },
          { units: 3, activation: 'softmax' },
        ],
      },
      { scaler: 'standard', labels },
    );
    const raw = randomRows(ROWS, 4, 9, 6);
    const outputs = await expectSameAsEngine(m, 4, raw);
    for (let r = 0; r < ROWS; r++)
      expect(outputs[3 * r] + outputs[3 * r + 1] + outputs[3 * r + 2]).toBeCloseTo(1, 5);
    const decoded = onnx.ModelProto.decode(exportOnnx(m, '0.1.0'));
    const meta: Record<string, string> = Object.fromEntries(
      decoded.metadataProps.map((p) => [p.key ?? '', p.value ?? '']),
    );
    expect(JSON.parse(meta.labels)).toEqual(labels);
    expect(JSON.parse(meta.feature_names)).toEqual(['f1', 'f2', 'f3', 'f4']);
    const dims = decoded.graph!.input![0].type!.tensorType!.shape!.dim!;
    expect(dims[0].dimParam).toBe('batch');
    expect(Number(dims[1].dimValue)).toBe(4);
    expect(decoded.graph!.output![0].name).toBe('outputs');
    // one row and many rows both run (dynamic batch)
    await expectSameAsEngine(m, 4, randomRows(1, 4, 4));
  });

  it('min-max scaling and derived inputs (x², y², x·y, sin x, sin y) are done inside the graph', async () => {
    const m = randomModel(
      {
        inputs: 7,
        layers: [
          { units: 5, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { scaler: 'min-max', derived: ['xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'] },
    );
    await expectSameAsEngine(m, 2);
  });

  it('a feature list that leaves x out (Playground toggles) is computed inside the graph too', async () => {
    const m = randomModel(
      { inputs: 3, layers: [{ units: 1, activation: 'sigmoid' }] },
      { scaler: 'standard', derived: ['y', 'xSquared', 'sinY'] },
    );
    await expectSameAsEngine(m, 2);
  });

  it('refuses derived inputs that do not fit the network, naming the numbers', () => {
    const m = randomModel({ inputs: 3, layers: [{ units: 1, activation: 'sigmoid' }] });
    m.derived = ['xSquared', 'sinX'];
    expect(() => exportOnnx(m, '0.1.0')).toThrow(
      /the features x, y, xSquared, sinX of 2 raw columns make 4 inputs, but the network has 3/,
    );
  });
});
