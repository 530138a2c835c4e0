import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScaler } from '../../../src-engine/data/scaling';
import { splitDataset } from '../../../src-engine/data/split';
import { outputsToLabels } from '../../../src-engine/metrics/outputs-to-labels';
import { parseModel, type ModelFile } from '../../../src-engine/serialize/model-format';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import type { ExperimentEvaluation } from '../../../src-main/contract/types';
import {
  evaluateExperiment,
  judgeExperiment,
} from '../../../src-main/services/evaluate-experiment';
import { finalMetricsOf } from '../../../src-main/services/judge-predictions';
import { toEngineDataset } from '../../../src-main/services/prepare-data';
import { openLabFixture, training, type LabFixture } from './services-fixture';

let fx: LabFixture;
beforeAll(() => {
  fx = openLabFixture();
});
afterAll(() => fx.close());

async function trained(request: Record<string, unknown>): Promise<number> {
  const { experimentId } = await fx.value<{ experimentId: number }>('runs:start', request);
  const done = await fx.lab.runs.waitFor(experimentId);
  expect(done.status).toBe('done');
  return experimentId;
}

/** The network's classes for raw rows, computed here from the model file alone. */
function classify(file: ModelFile, rawX: Float32Array, rows: number) {
  const { network } = parseModel(JSON.parse(JSON.stringify(file)));
  const x = file.normalization ? applyScaler(file.normalization, rawX) : rawX;
  const out = network.predict(x, rows);
  return { out, labels: outputsToLabels(out, rows, network.outputs) };
}

const irisSpec: NetworkSpec = {
  inputs: 4,
  layers: [
    { units: 6, activation: 'tanh' },
    { units: 3, activation: 'softmax' },
  ],
};

describe('experiments:evaluate and experiments:model', () => {
  it('judges a softmax classifier: confusion matrices agree with the final metrics', async () => {
    const dataset = await fx.value<{ id: number }>('datasets:generate', { name: 'iris' });
    // few, small steps: a half-trained model, so there are mistakes to list
    const id = await trained({
      datasetId: dataset.id,
      spec: irisSpec,
      training: training({ optimizer: { name: 'sgd' }, learningRate: 0.02, epochs: 4 }),
      seed: 2,
      normalize: 'standard',
    });
    const evaluation = await fx.value<ExperimentEvaluation>('experiments:evaluate', { id });
    const record = fx.lab.store.experiments.get(id)!;
    const metrics = record.finalMetrics!;
    expect(evaluation.task).toBe('classification');
    expect(evaluation.labels).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(evaluation.parts.map((p) => p.part)).toEqual(['train', 'validation', 'test']);
    const prefix = { train: '', validation: 'validation', test: 'test' } as const;
    let total = 0;
    for (const part of evaluation.parts) {
      const confusion = part.confusion!;
      expect(confusion).toHaveLength(3);
      const sum = confusion.flat().reduce((a, b) => a + b, 0);
      const diagonal = confusion.reduce((a, row, i) => a + row[i], 0);
      expect(sum).toBe(part.rows);
      expect(diagonal / part.rows).toBeCloseTo(part.accuracy!, 12);
      const name = (m: string) =>
        prefix[part.part] ? prefix[part.part] + m[0].toUpperCase() + m.slice(1) : m;
      expect(part.accuracy).toBeCloseTo(metrics[name('accuracy')], 12);
      expect(part.loss).toBeCloseTo(metrics[name('loss')], 6);
      total += part.rows;
    }
    expect(total).toBe(150);

    // mistakes: from the test part, as many as its confusion matrix says (at most 60)
    const test = evaluation.parts.find((p) => p.part === 'test')!;
    const wrong = test.rows - test.confusion!.reduce((a, row, i) => a + row[i], 0);
    expect(wrong).toBeGreaterThan(0);
    expect(evaluation.misclassified).toHaveLength(Math.min(60, wrong));
    expect(evaluation.misclassified.every((m) => m.part === 'test')).toBe(true);

    // their x is the raw row of the test part, and the model file really gets them wrong
    const stored = fx.lab.store.datasets.get(dataset.id)!;
    const split = stored.split;
    const { indices } = splitDataset(toEngineDataset(stored), {
      ...split,
      stratified: split.stratified ?? true,
      seed: split.seed ?? 1,
    });
    const file = await fx.value<ModelFile>('experiments:model', { id });
    for (const m of evaluation.misclassified) {
      const original = indices.test[m.row];
      expect(Array.from(m.x)).toEqual(
        Array.from(stored.x.subarray(original * 4, original * 4 + 4)),
      );
      expect(m.label).toBe(stored.labels![original]);
      const { out, labels } = classify(file, m.x, 1);
      expect(labels[0]).toBe(m.predicted);
      expect(m.predicted).not.toBe(m.label);
      expect(m.confidence).toBeCloseTo(out[m.predicted], 5);
    }
  }, 60_000);

  it('gives the model file with its normalisation, names and training, which parses back', async () => {
    const dataset = await fx.value<{ id: number }>('datasets:generate', { name: 'iris' });
    const settings = training({ epochs: 30 });
    const id = await trained({
      datasetId: dataset.id,
      spec: irisSpec,
      training: settings,
      seed: 5,
      normalize: 'minmax',
    });
    const file = await fx.value<ModelFile>('experiments:model', { id });
    expect(file).toMatchObject({
      format: 'neuron-lab-model',
      spec: irisSpec,
      featureNames: ['sepal', 'sepal', 'petal', 'petal'].map((s) => expect.stringContaining(s)),
      labels: ['setosa', 'versicolor', 'virginica'],
      training: settings,
      normalization: { kind: 'min-max' },
    });
    expect(file.targetNames).toHaveLength(3);
    // the whole data through the file alone: the same accuracy evaluate found overall
    const stored = fx.lab.store.datasets.get(dataset.id)!;
    const { labels } = classify(file, stored.x, 150);
    const correct = labels.filter((c, r) => c === stored.labels![r]).length;
    const evaluation = evaluateExperiment(fx.lab, id);
    const diagonal = evaluation.parts
      .flatMap((p) => p.confusion!.map((row, i) => row[i]))
      .reduce((a, b) => a + b, 0);
    expect(correct).toBe(diagonal);
  }, 60_000);

  it('judges a single sigmoid output as two classes split at 0.5', async () => {
    const dataset = await fx.value<{ id: number }>('datasets:generate', {
      name: 'circle',
      params: { count: 300, noise: 0.15 },
    });
    const id = await trained({
      datasetId: dataset.id,
      spec: {
        inputs: 2,
        layers: [
          { units: 6, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      training: training({ loss: 'binary_cross_entropy', epochs: 40 }),
      seed: 3,
      normalize: 'standard',
    });
    const evaluation = evaluateExperiment(fx.lab, id);
    expect(evaluation.labels).toEqual(['outside', 'inside']);
    const metrics = fx.lab.store.experiments.get(id)!.finalMetrics!;
    const train = evaluation.parts[0];
    expect(train.confusion!.map((r) => r.length)).toEqual([2, 2]);
    expect(train.confusion!.flat().reduce((a, b) => a + b, 0)).toBe(train.rows);
    expect((train.confusion![0][0] + train.confusion![1][1]) / train.rows).toBeCloseTo(
      metrics.accuracy,
      12,
    );
    // noise relabels points near the gap: some are always wrong
    expect(evaluation.misclassified.length).toBeGreaterThan(0);
    const file = fx.lab.store.models.get(id)!.model;
    for (const m of evaluation.misclassified) {
      const { out, labels } = classify(file, m.x, 1);
      expect(labels[0]).toBe(m.predicted);
      expect(m.label).toBe(1 - m.predicted);
      expect(m.confidence).toBeGreaterThanOrEqual(0.5);
      expect(m.confidence).toBeCloseTo(m.predicted === 1 ? out[0] : 1 - out[0], 5);
    }
  }, 60_000);

  it('judges a regression run: R² as in the final metrics, a sample in the targets’ units', async () => {
    const dataset = await fx.value<{ id: number }>('datasets:generate', {
      name: 'line',
      params: { count: 100, slope: 3, intercept: 10, noise: 0.5 },
    });
    const id = await trained({
      datasetId: dataset.id,
      spec: { inputs: 1, layers: [{ units: 1, activation: 'linear' }] },
      training: training({ loss: 'mse', learningRate: 0.1, epochs: 300, batchSize: 100 }),
      seed: 1,
      normalize: 'standard',
    });
    const evaluation = evaluateExperiment(fx.lab, id);
    const metrics = fx.lab.store.experiments.get(id)!.finalMetrics!;
    expect(evaluation.task).toBe('regression');
    expect(evaluation.labels).toHaveLength(1);
    expect(evaluation.misclassified).toEqual([]);
    const [train, validation, test] = evaluation.parts;
    expect(train.r2).toBeCloseTo(metrics.r2, 10);
    expect(validation.r2).toBeCloseTo(metrics.validationR2, 10);
    expect(test.r2).toBeCloseTo(metrics.testR2, 10);
    expect(train.r2).toBeGreaterThan(0.9);
    const stored = fx.lab.store.datasets.get(dataset.id)!;
    const targets = new Set(Array.from(stored.y));
    for (const part of evaluation.parts) {
      const sample = part.sample!;
      expect(sample).toMatchObject({ rows: part.rows, outputs: 1 });
      expect(sample.actual).toHaveLength(part.rows);
      // actual values are the stored targets themselves, not rescaled ones
      expect(Array.from(sample.actual).every((v) => targets.has(v))).toBe(true);
      const mean = sample.actual.reduce((a, b) => a + b, 0) / sample.rows;
      // and the sample's own R² is the part's
      let ssRes = 0;
      let ssTot = 0;
      for (let i = 0; i < sample.rows; i++) {
        ssRes += (sample.actual[i] - sample.predicted[i]) ** 2;
        ssTot += (sample.actual[i] - mean) ** 2;
      }
      expect(1 - ssRes / ssTot).toBeCloseTo(part.r2!, 4);
    }
  }, 60_000);

  it('stores the evaluation the trainer made when the run ended: the same as judging again', async () => {
    const dataset = await fx.value<{ id: number }>('datasets:generate', { name: 'iris' });
    const id = await trained({
      datasetId: dataset.id,
      spec: irisSpec,
      training: training({ optimizer: { name: 'sgd' }, learningRate: 0.02, epochs: 3 }),
      seed: 9,
      normalize: 'standard',
    });
    // there as soon as the run is done, before anyone asked for it
    const stored = fx.lab.store.models.evaluation(id)!;
    expect(stored.parts.map((p) => p.part)).toEqual(['train', 'validation', 'test']);
    expect(stored.parts.reduce((a, p) => a + p.rows, 0)).toBe(150);
    expect(stored.misclassified.length).toBeGreaterThan(0);
    // computed in the trainer from its outputs; here from the stored model: the same bits
    expect(judgeExperiment(fx.lab, id)).toEqual(stored);
    expect(fx.lab.store.experiments.get(id)!.finalMetrics).toEqual(finalMetricsOf(stored));
    expect(evaluateExperiment(fx.lab, id)).toEqual({ experimentId: id, ...stored });
  }, 60_000);

  it('names the experiment when there is none, or no trained model', async () => {
    expect(await fx.call('experiments:evaluate', { id: 9999 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'experiment 9999 does not exist' },
    });
    expect(await fx.call('experiments:model', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const dataset = await fx.value<{ id: number; hash: string }>('datasets:generate', {
      name: 'xor-gate',
    });
    const record = fx.lab.store.experiments.create({
      name: 'never finished',
      datasetId: dataset.id,
      config: {
        spec: { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] },
        training: training(),
        seed: 1,
        datasetHash: fx.lab.store.datasets.get(dataset.id)!.hash,
        appVersion: '0.1.0',
      },
    });
    fx.lab.store.experiments.finish(record.id, 'crashed', { reason: 'killed' });
    for (const name of ['experiments:evaluate', 'experiments:model']) {
      expect(await fx.call(name, { id: record.id })).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message: `experiment ${record.id} has no trained model (it crashed)`,
        },
      });
    }
  });
});
