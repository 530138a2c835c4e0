import { decodeSurface } from '../../../src-main/contract/snapshot-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandFeatures } from '../../../src-engine/data/derived-features';
import { applyScaler, type StandardScaler } from '../../../src-engine/data/scaling';
import { outputsToLabels } from '../../../src-engine/metrics/outputs-to-labels';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { parseModel, type ModelFile } from '../../../src-engine/serialize/model-format';
import type { ExperimentEvaluation, Snapshot } from '../../../src-main/contract/types';
import { openLabFixture, training, type LabFixture } from './services-fixture';

let fx: LabFixture;
let circleId = 0;
beforeAll(async () => {
  fx = openLabFixture();
  circleId = (await fx.value<{ id: number }>('datasets:generate', { name: 'circle' })).id;
});
afterAll(() => fx.close());

/** No hidden layer: a single sigmoid unit on the inputs. */
const linear = (inputs: number): NetworkSpec => ({
  inputs,
  layers: [{ units: 1, activation: 'sigmoid' }],
});
const settings = (epochs: number) =>
  training({ loss: 'binary_cross_entropy', learningRate: 0.1, epochs });

async function start(request: Record<string, unknown>): Promise<number> {
  return (await fx.value<{ experimentId: number }>('runs:start', request)).experimentId;
}

describe('derived inputs (x², y², x·y, sin x, sin y)', () => {
  it('let a network without a hidden layer separate the circle; without them it cannot', async () => {
    const withSquares = await start({
      datasetId: circleId,
      spec: linear(4),
      training: settings(150),
      seed: 1,
      normalize: 'standard',
      derived: ['xSquared', 'ySquared'],
    });
    const plain = await start({
      datasetId: circleId,
      spec: linear(2),
      training: settings(150),
      seed: 1,
      normalize: 'standard',
    });
    const [a, b] = await Promise.all([
      fx.lab.runs.waitFor(withSquares),
      fx.lab.runs.waitFor(plain),
    ]);
    expect(a.status).toBe('done');
    expect(a.config.derived).toEqual(['xSquared', 'ySquared']);
    expect(a.finalMetrics!.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(a.finalMetrics!.testAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(b.finalMetrics!.accuracy).toBeLessThan(0.75);

    // the model file names and scales all four inputs; fed the derived rows it agrees with evaluate
    const file = await fx.value<ModelFile>('experiments:model', { id: withSquares });
    expect(file.featureNames).toEqual(['x1', 'x2', 'x1²', 'x2²']);
    expect((file.normalization as StandardScaler).mean).toHaveLength(4);
    const stored = fx.lab.store.datasets.get(circleId)!;
    const m = stored.rowCount;
    const x = applyScaler(file.normalization!, expandFeatures(stored.x, ['xSquared', 'ySquared']));
    const labels = outputsToLabels(parseModel(file).network.predict(x, m), m, 1);
    const correct = labels.filter((c, r) => c === stored.labels![r]).length;
    const evaluation = await fx.value<ExperimentEvaluation>('experiments:evaluate', {
      id: withSquares,
    });
    const diagonal = evaluation.parts
      .flatMap((p) => p.confusion!.map((row, i) => row[i]))
      .reduce((s, v) => s + v, 0);
    expect(correct).toBe(diagonal);
    expect(evaluation.parts.reduce((s, p) => s + p.rows, 0)).toBe(m);
    // mistakes (if any) show the two raw coordinates, not the four network inputs
    for (const mistake of evaluation.misclassified) expect(mistake.x).toHaveLength(2);
  }, 60_000);

  it('draws the decision surface over the two inputs, through the same derivation', async () => {
    const derived = ['xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'] as const;
    const spec: NetworkSpec = {
      inputs: 7,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    };
    const id = await start({
      datasetId: circleId,
      spec,
      training: settings(100_000),
      seed: 4,
      normalize: 'standard',
      derived,
    });
    const box = { xMin: -2, xMax: 2, yMin: -1.5, yMax: 1.5 };
    await fx.value('runs:watch', {
      experimentId: id,
      perSecond: 10,
      surface: { box, n: 12, withHidden: true },
    });
    const snapshot = await new Promise<Snapshot>((resolve) => {
      const poll = setInterval(() => {
        const event = fx.seen.find(
          (e) =>
            e.name === 'runs:snapshot' &&
            e.payload.experimentId === id &&
            e.payload.snapshot.surface !== undefined,
        );
        if (event && event.name === 'runs:snapshot') {
          clearInterval(poll);
          resolve(event.payload.snapshot);
        }
      }, 20);
    });
    await fx.value('runs:control', { experimentId: id, action: 'stop' });
    expect((await fx.lab.runs.waitFor(id)).status).toBe('stopped');

    const surface = decodeSurface(snapshot.surface!);
    expect(surface).toMatchObject({ n: 12, box, outputs: 1, hiddenN: 12 });
    expect(surface.output).toHaveLength(144);
    expect(surface.hidden![0]).toHaveLength(3);
    expect(surface.hidden![0][0]).toHaveLength(144);

    // recompute each cell here: grid point (raw units) → 5 derived → scaled
    const scaler = fx.lab.store.models.get(id)!.model.normalization as StandardScaler;
    expect(scaler.mean).toHaveLength(7);
    const network = new Network(spec);
    network.setWeights(snapshot.weights);
    const n = 12;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        const px = box.xMin + ((c + 0.5) * (box.xMax - box.xMin)) / n;
        const py = box.yMax - ((r + 0.5) * (box.yMax - box.yMin)) / n;
        const [a, b] = [Math.fround(px), Math.fround(py)];
        const raw = [a, b, a * a, b * b, a * b, Math.sin(a), Math.sin(b)];
        const input = Float32Array.from(raw.map((v, k) => (v - scaler.mean[k]) / scaler.std[k]));
        const expected = network.predict(input, 1)[0];
        // the output travels as 16-bit levels: within half a level of its range
        expect(surface.output[r * n + c]).toBeCloseTo(expected, 3);
      }
    }
  }, 60_000);

  it('refuses combinations that cannot work, naming what is wrong', async () => {
    const iris = await fx.value<{ id: number }>('datasets:generate', { name: 'iris' });
    const base = { training: settings(5), seed: 1 };
    expect(
      await fx.call('runs:start', {
        ...base,
        datasetId: iris.id,
        spec: { inputs: 5, layers: [{ units: 3, activation: 'softmax' }] },
        derived: ['xSquared'],
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message:
          "derived inputs (xSquared) need data with exactly 2 inputs; dataset 'Iris flowers' has 4",
        detail: {
          key: 'runFit.derivedData',
          params: { derived: 'xSquared', dataset: 'Iris flowers', has: 4 },
        },
      },
    });
    expect(
      await fx.call('runs:start', {
        ...base,
        datasetId: circleId,
        spec: linear(3),
        derived: ['xSquared', 'sinY'],
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: 'the network takes 3 inputs but the features (x, y, xSquared, sinY) make 4',
        detail: {
          key: 'runFit.derivedInputs',
          params: { inputs: 3, features: 'x, y, xSquared, sinY', made: 4 },
        },
      },
    });
    expect(
      await fx.call('runs:start', {
        ...base,
        datasetId: circleId,
        spec: linear(4),
        derived: ['sinX', 'sinX'],
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: "derived input 'sinX' is listed twice",
        detail: { key: 'runFit.derivedTwice', params: { feature: 'sinX' } },
      },
    });
    const unknown = await fx.call('runs:start', {
      ...base,
      datasetId: circleId,
      spec: linear(3),
      derived: ['cosX'],
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!unknown.ok && unknown.error.message).toMatch(/derived/);
  });

  it('keeps the derived inputs when a run is resumed or run again', async () => {
    const id = await start({
      datasetId: circleId,
      spec: linear(4),
      training: settings(100_000),
      seed: 2,
      normalize: 'minmax',
      derived: ['xSquared', 'ySquared'],
    });
    const stopAt = async (epoch: number) => {
      await new Promise<void>((resolve) => {
        const unsubscribe = fx.lab.runs.onProgress(id, (epochs) => {
          if ((epochs.at(-1)?.epoch ?? 0) < epoch) return;
          unsubscribe();
          resolve();
        });
      });
      await fx.value('runs:control', { experimentId: id, action: 'stop' });
      return fx.lab.runs.waitFor(id);
    };
    const stopped = await stopAt(1);
    expect(stopped.status).toBe('stopped');
    // resumed, the trainer gets the same 4 inputs again (2 would not fit the spec and fail)
    await fx.value('runs:resume', { experimentId: id });
    const resumed = await stopAt(stopped.epochsDone + 150);
    expect(resumed.status).toBe('stopped');
    expect(resumed.epochsDone).toBeGreaterThanOrEqual(stopped.epochsDone + 150);
    expect(resumed.config.derived).toEqual(['xSquared', 'ySquared']);
    expect(resumed.finalMetrics!.accuracy).toBeGreaterThan(0.9);

    const again = await fx.value<{ experimentId: number }>('runs:rerun', { experimentId: id });
    const rerun = fx.lab.store.experiments.get(again.experimentId)!;
    expect(rerun.config.derived).toEqual(['xSquared', 'ySquared']);
    await fx.value('runs:control', { experimentId: again.experimentId, action: 'stop' });
    expect((await fx.lab.runs.waitFor(again.experimentId)).status).toBe('stopped');
  }, 60_000);
});
