// A model leaves the lab as a file and comes back: imported into another data folder it
// gives the same outputs and the same evaluation, and training it further from there is
// the same as never having exported it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScaler } from '../../../src-engine/data/scaling';
import { withDerivedFeatures } from '../../../src-engine/data/derived-features';
import { parseModel, type ModelFile } from '../../../src-engine/serialize/model-format';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import type { ExperimentEvaluation, ExportedFiles } from '../../../src-main/contract/types';
import { toEngineDataset } from '../../../src-main/services/prepare-data';
import { openLabFixture, training, type LabFixture } from './services-fixture';

let here: LabFixture;
let there: LabFixture;
beforeAll(() => {
  here = openLabFixture();
  there = openLabFixture();
});
afterAll(() => {
  here.close();
  there.close();
});

const CIRCLE = { name: 'circle', params: { count: 200, noise: 0.1 } };
const DERIVED = ['xSquared', 'ySquared'] as const;
const SPEC: NetworkSpec = {
  inputs: 4,
  layers: [
    { units: 5, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};
/** Plain SGD without momentum, without shuffling, at a constant rate: nothing of the
 * optimiser's state outlives an epoch, so the weights alone say where training is. */
const PLAIN_SGD = training({
  loss: 'binary_cross_entropy',
  optimizer: { name: 'sgd' },
  learningRate: 0.1,
  batchSize: 16,
  shuffle: false,
  epochs: 10,
});

async function finished(fx: LabFixture, request: Record<string, unknown>): Promise<number> {
  const { experimentId } = await fx.value<{ experimentId: number }>('runs:start', request);
  const done = await fx.lab.runs.waitFor(experimentId);
  expect(done.status, done.reason ?? '').toBe('done');
  return experimentId;
}

async function circleIn(fx: LabFixture): Promise<number> {
  return (await fx.value<{ id: number }>('datasets:generate', CIRCLE)).id;
}

async function exportedJson(fx: LabFixture, experimentId: number) {
  const { files } = await fx.value<ExportedFiles>('export:model', { experimentId, format: 'json' });
  return files[0];
}

/** Raw rows through a model file alone: derived columns, its scaling, its network. */
function outputsOf(file: ModelFile, rawX: Float32Array, rows: number): number[] {
  const { network } = parseModel(JSON.parse(JSON.stringify(file)));
  const derived = withDerivedFeatures(
    {
      x: rawX,
      y: new Float32Array(rows),
      m: rows,
      inputs: 2,
      outputs: 1,
      task: 'regression',
      featureNames: ['x1', 'x2'],
      targetNames: ['y'],
    },
    [...DERIVED],
  );
  const x = file.normalization ? applyScaler(file.normalization, derived.x) : derived.x;
  return Array.from(network.predict(x, rows));
}

const weightsOf = async (fx: LabFixture, id: number) =>
  (await fx.value<ModelFile>('experiments:model', { id })).weights;

describe('models:import', () => {
  let original: number;
  let imported: number;
  let circleThere: number;

  beforeAll(async () => {
    original = await finished(here, {
      datasetId: await circleIn(here),
      spec: SPEC,
      training: training({ loss: 'binary_cross_entropy', epochs: 15 }),
      seed: 4,
      normalize: 'standard',
      derived: DERIVED,
      name: 'Circle with squares',
    });
    const file = await exportedJson(here, original);
    circleThere = await circleIn(there);
    ({ experimentId: imported } = await there.value<{ experimentId: number }>('models:import', {
      fileName: file.fileName,
      bytes: file.bytes,
      datasetId: circleThere,
    }));
  }, 60_000);

  it('keeps the file as a finished experiment with its model, no curves, 0 epochs', async () => {
    const record = there.lab.store.experiments.get(imported)!;
    expect(record).toMatchObject({
      name: 'circle-with-squares.neuron-lab.json',
      status: 'done',
      reason: 'imported from circle-with-squares.neuron-lab.json',
      epochsDone: 0,
      datasetId: circleThere,
    });
    expect(record.config).toMatchObject({
      spec: SPEC,
      derived: [...DERIVED],
      normalize: 'standard',
      importedFrom: 'circle-with-squares.neuron-lab.json',
      training: here.lab.store.experiments.get(original)!.config.training,
    });
    expect(there.lab.store.metrics.curves(imported).epoch).toHaveLength(0);
  });

  it('gives the same outputs and the same evaluation as where it was trained', async () => {
    const mine = await here.value<ModelFile>('experiments:model', { id: original });
    const theirs = await there.value<ModelFile>('experiments:model', { id: imported });
    expect(theirs).toEqual(mine);
    const stored = there.lab.store.datasets.get(circleThere)!;
    const rows = stored.rowCount;
    expect(outputsOf(theirs, stored.x, rows)).toEqual(outputsOf(mine, stored.x, rows));
    const a = await here.value<ExperimentEvaluation>('experiments:evaluate', { id: original });
    const b = await there.value<ExperimentEvaluation>('experiments:evaluate', { id: imported });
    expect(b).toEqual({ ...a, experimentId: imported });
    expect(b.parts.map((p) => p.rows)).toEqual([140, 30, 30]);
    // judged on first request, then kept, with its final numbers
    expect(there.lab.store.models.evaluation(imported)).toMatchObject({ parts: b.parts });
    expect(there.lab.store.experiments.get(imported)!.finalMetrics).toEqual(
      here.lab.store.experiments.get(original)!.finalMetrics,
    );
  });

  it('is reported and exported like a run of the lab', async () => {
    const { files } = await there.value<ExportedFiles>('export:report', {
      experimentIds: [imported],
      format: 'html',
    });
    const html = new TextDecoder().decode(files[0].bytes);
    expect(html).toContain('imported from circle-with-squares.neuron-lab.json');
    expect(html).toContain('<h3>Confusion matrix</h3>');
    const again = await exportedJson(there, imported);
    expect(new TextDecoder().decode(again.bytes)).toBe(
      new TextDecoder().decode((await exportedJson(here, original)).bytes),
    );
  });

  it('refuses a dataset the model does not fit, naming the mismatch', async () => {
    const file = await exportedJson(here, original);
    const iris = await there.value<{ id: number; name: string }>('datasets:generate', {
      name: 'iris',
    });
    expect(
      await there.call('models:import', {
        fileName: 'm.json',
        bytes: file.bytes,
        datasetId: iris.id,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: `the model does not fit dataset '${iris.name}': the model takes 2 inputs (and derives xSquared, ySquared from them), dataset '${iris.name}' gives 4`,
        detail: {
          key: 'modelFit.inputsDerived',
          params: { dataset: iris.name, takes: 2, gives: 4, derived: 'xSquared, ySquared' },
        },
      },
    });
    const xor = await there.value<{ id: number; name: string }>('datasets:generate', {
      name: 'xor',
      params: { count: 50 },
    });
    const result = await there.call('models:import', {
      fileName: 'm.json',
      bytes: file.bytes,
      datasetId: xor.id,
    });
    const classes = toEngineDataset(there.lab.store.datasets.get(xor.id)!).classNames!;
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: `the model does not fit dataset '${xor.name}': the model's classes are outside, inside; dataset '${xor.name}' has ${classes.join(', ')}`,
        detail: {
          key: 'modelFit.classes',
          params: { dataset: xor.name, labels: 'outside, inside', has: classes.join(', ') },
        },
      },
    });
  });

  it('refuses a damaged file with the field named, and bytes that are not text', async () => {
    const text = new TextDecoder().decode((await exportedJson(here, original)).bytes);
    const data = JSON.parse(text) as { weights: { b: (number | null)[][] } };
    data.weights.b[0][0] = null;
    const damaged = JSON.stringify(data);
    expect(
      await there.call('models:import', {
        fileName: 'm.json',
        content: damaged,
        datasetId: circleThere,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: 'model file: weights.b[0][0]: expected a finite number, got null',
        detail: {
          key: 'engine.model.number',
          params: { field: 'weights.b[0][0]', got: 'null', gotKind: 'value' },
        },
      },
    });
    expect(
      await there.call('models:import', {
        fileName: 'm.onnx',
        bytes: Uint8Array.from([0xff, 0xfe, 0x00]),
        datasetId: circleThere,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('not UTF-8') },
    });
    expect(
      await there.call('models:import', { fileName: 'm.json', content: text, datasetId: 999 }),
    ).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'dataset 999 does not exist',
        detail: { key: 'store.notFound.dataset', params: { id: 999 } },
      },
    });
  });
});

describe('runs:start with fromExperiment', () => {
  it('10 epochs, then 10 more from the stored model, are 20 epochs bit for bit (plain SGD, no shuffling)', async () => {
    const datasetId = await circleIn(here);
    const run = { datasetId, spec: SPEC, seed: 7, normalize: 'standard', derived: DERIVED };
    const twenty = await finished(here, { ...run, training: { ...PLAIN_SGD, epochs: 20 } });
    const ten = await finished(here, { ...run, training: PLAIN_SGD });
    const more = await finished(here, { ...run, training: PLAIN_SGD, fromExperiment: ten });
    const expected = await weightsOf(here, twenty);
    expect(await weightsOf(here, ten)).not.toEqual(expected);
    expect(await weightsOf(here, more)).toEqual(expected);
    expect(here.lab.store.experiments.get(more)!.config).toMatchObject({
      continuesFrom: ten,
      scaling: { kind: 'standard' },
    });

    // the same through a file: exported, imported elsewhere, trained 10 more there
    const file = await exportedJson(here, ten);
    const circleThere = await circleIn(there);
    const { experimentId: imported } = await there.value<{ experimentId: number }>(
      'models:import',
      { fileName: file.fileName, bytes: file.bytes, datasetId: circleThere },
    );
    const elsewhere = await finished(there, {
      ...run,
      datasetId: circleThere,
      training: PLAIN_SGD,
      fromExperiment: imported,
    });
    expect(await weightsOf(there, elsewhere)).toEqual(expected);
    // and running it again starts from the same model again
    const { experimentId: again } = await here.value<{ experimentId: number }>('runs:rerun', {
      experimentId: more,
    });
    await here.lab.runs.waitFor(again);
    expect(await weightsOf(here, again)).toEqual(expected);
  }, 120_000);

  it('refuses another network or other derived inputs, and a run with no model', async () => {
    const datasetId = await circleIn(here);
    const ten = await finished(here, {
      datasetId,
      spec: SPEC,
      seed: 1,
      derived: DERIVED,
      training: { ...PLAIN_SGD, epochs: 2 },
    });
    const wider = { ...SPEC, layers: [{ units: 6, activation: 'tanh' }, SPEC.layers[1]] };
    expect(
      await here.call('runs:start', {
        datasetId,
        spec: wider,
        seed: 1,
        derived: DERIVED,
        training: PLAIN_SGD,
        fromExperiment: ten,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: `the network is not experiment ${ten}'s, whose weights it would start from: layer 1 has 6 units, the model's 5`,
      },
    });
    expect(
      await here.call('runs:start', {
        datasetId,
        spec: SPEC,
        seed: 1,
        derived: ['xSquared', 'xTimesY'],
        training: PLAIN_SGD,
        fromExperiment: ten,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: `derived inputs (xSquared, xTimesY) differ from experiment ${ten}'s (xSquared, ySquared), whose weights it would start from`,
      },
    });
    expect(
      await here.call('runs:start', {
        datasetId,
        spec: SPEC,
        seed: 1,
        derived: DERIVED,
        training: PLAIN_SGD,
        fromExperiment: 9999,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: "cannot start from experiment 9999's model: experiment 9999 does not exist",
      },
    });
  }, 60_000);
});
