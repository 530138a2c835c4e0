// The ONNX file run by onnxruntime gives the engine's own outputs (to 1e-5) on raw rows, for
// every activation the engine has, with normalisation and derived inputs, and for the
// single-unit models; the ones ONNX cannot express are refused by name.
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../../src-engine/activations/activation';
import type { ActivationName } from '../../../src-engine/activations/activation';
import { parseModel } from '../../../src-engine/serialize/model-format';
import { Adaline } from '../../../src-engine/units/adaline';
import { Madaline } from '../../../src-engine/units/madaline';
import { McCullochPittsUnit } from '../../../src-engine/units/mcculloch-pitts';
import { Perceptron } from '../../../src-engine/units/perceptron';
import type { ExportableModel } from '../../../src-main/export/exportable-model';
import { onnx } from '../../../src-main/export/onnx/onnx-graph';
import { exportOnnx, ONNX_INPUT, ONNX_OUTPUT } from '../../../src-main/export/onnx/export-onnx';
import { predictRaw } from '../../../src-main/export/predict-raw';
import { unitToExportable } from '../../../src-main/export/unit-networks';
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

  describe('single-unit models', () => {
    const binary = randomRows(ROWS, 3, 21).map((v) => (v > 0 ? 1 : 0));

    async function sameAsUnit(
      m: ExportableModel,
      columns: number,
      raw: Float32Array,
      answer: (x: number[]) => number,
    ) {
      const actual = await runOnnx(exportOnnx(m, '0.1.0'), raw, columns);
      for (let r = 0; r < raw.length / columns; r++) {
        const x = Array.from(raw.subarray(r * columns, (r + 1) * columns));
        expect(Math.abs(actual[r] - answer(x))).toBeLessThan(1e-5);
      }
    }

    it('perceptron (0/1 and −1/+1) answers as the unit', async () => {
      for (const output of ['binary', 'bipolar'] as const) {
        const p = new Perceptron({ inputs: 3, output, init: [0.2, 1, -0.5, 0.25] });
        const raw = randomRows(ROWS, 3, 22);
        await sameAsUnit(unitToExportable({ kind: 'perceptron', unit: p }, 'p'), 3, raw, (x) =>
          p.predict(x),
        );
      }
    });

    it('Adaline gives its linear output', async () => {
      const a = new Adaline({ inputs: 3, init: [0.1, -0.7, 0.4, 2] });
      const raw = randomRows(ROWS, 3, 23);
      await sameAsUnit(unitToExportable({ kind: 'adaline', unit: a }, 'a'), 3, raw, (x) =>
        a.output(x),
      );
    });

    it('MADALINE with and / or / majority logic', async () => {
      for (const logic of ['and', 'or', 'majority'] as const) {
        const m = new Madaline({ inputs: 3, hidden: 3, logic, seed: 4, initRange: 1 });
        const raw = randomRows(ROWS, 3, 24, 1);
        await sameAsUnit(unitToExportable({ kind: 'madaline', unit: m }, 'm'), 3, raw, (x) =>
          m.predict(x),
        );
      }
    });

    it('McCulloch–Pitts with weighted inhibition fires as the unit', async () => {
      const u = new McCullochPittsUnit({
        mode: 'weighted',
        threshold: 1,
        inputs: [{ kind: 'excitatory' }, { kind: 'excitatory', weight: 2 }, { kind: 'inhibitory' }],
      });
      await sameAsUnit(
        unitToExportable({ kind: 'mcculloch-pitts', unit: u }, 'mp'),
        3,
        binary,
        (x) => u.fire(x),
      );
    });

    it('McCulloch–Pitts with absolute inhibition: a clear "not exportable to ONNX"', () => {
      const u = new McCullochPittsUnit({
        mode: 'absolute',
        threshold: 1,
        inputs: [{ kind: 'excitatory' }, { kind: 'inhibitory' }],
      });
      const m = unitToExportable({ kind: 'mcculloch-pitts', unit: u }, 'mp');
      expect(() => exportOnnx(m, '0.1.0')).toThrow(
        /^not exportable to ONNX: absolute inhibition is a veto/,
      );
    });
  });
});
