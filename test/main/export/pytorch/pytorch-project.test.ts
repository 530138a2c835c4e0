// The exported project itself: it compiles, it trains a shuffled, normalised, validated run
// as the lab did (also with early stopping, derived inputs and every optimiser setting), two
// DDP processes train as the lab does with the doubled batch, --from-trained goes on from the
// lab's result, and a run's metrics come back into the lab as an experiment.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fit } from '../../../../src-engine/train/fit';
import type { EpochReport } from '../../../../src-engine/train/reports';
import { importPytorchRun } from '../../../../src-main/export/pytorch/import/import-pytorch-run';
import { prepareData } from '../../../../src-main/services/prepare-data';
import { trainedModel } from '../../../../src-main/services/trained-model';
import { CIRCLE_RUN, openTestLab, trainedExperiment, type TrainedRun } from '../services-fixture';
import { readMetrics, runTrain, torchPython, whyNoTorch, writeProject } from './torch-python';

if (!torchPython)
  console.warn(
    `PyTorch export: the project runs are skipped: no python3 with torch (${whyNoTorch})`,
  );

const relErr = (a: number, b: number, floor = 1e-3) =>
  Math.abs(a - b) / Math.max(Math.abs(b), floor);

/** The worst relative difference of a metric, epoch by epoch (NaN counts as equal to NaN). */
function worst(ours: number[], lab: ArrayLike<number>): number {
  expect(ours.length).toBe(lab.length);
  return Math.max(
    ...ours.map((v, i) => (Number.isNaN(v) && Number.isNaN(lab[i]) ? 0 : relErr(v, lab[i]))),
  );
}

const TUNED_RUN: TrainedRun = {
  ...CIRCLE_RUN,
  name: 'Circle, derived inputs, early stopping',
  derived: ['x', 'y', 'xSquared', 'ySquared', 'sinX'],
  spec: {
    inputs: 5,
    layers: [
      { units: 4, activation: 'leaky_relu', activationParam: 0.1 },
      { units: 2, activation: 'softmax' },
    ],
  },
  normalize: 'minmax',
  training: {
    loss: 'cross_entropy',
    optimizer: { name: 'sgd', momentum: 0.8, nesterov: true, weightDecay: 1e-3, l1: 1e-4 },
    learningRate: 0.2,
    schedule: { kind: 'step', gamma: 0.5, every: 4 },
    batchSize: 10,
    epochs: 40,
    shuffle: true,
    seed: 7,
    earlyStopping: { patience: 2, minDelta: 0.01 },
  },
};

describe.runIf(torchPython)('PyTorch project', () => {
  it('every Python file compiles (python -m py_compile)', () => {
    const { lab } = openTestLab();
    const dir = writeProject(lab, trainedExperiment(lab, CIRCLE_RUN));
    const files = readdirSync(dir).filter((f) => f.endsWith('.py'));
    expect(files.sort()).toEqual([
      'data.py',
      'distributed.py',
      'model.py',
      'results.py',
      'train.py',
    ]);
    const r = spawnSync(torchPython!, ['-m', 'py_compile', ...files], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    lab.close();
  });

  it.each([CIRCLE_RUN, TUNED_RUN])(
    '$name: train.py gives the lab’s metrics, epoch by epoch',
    (run) => {
      const { lab } = openTestLab();
      const id = trainedExperiment(lab, run);
      const dir = writeProject(lab, id);
      runTrain(dir, ['--out', 'run']);
      const ours = readMetrics(readFileSync(join(dir, 'run', 'metrics.csv'), 'utf8'));
      const curves = lab.store.metrics.curves(id);
      expect(ours.epoch).toEqual(Array.from(curves.epoch));
      expect(worst(ours.loss, curves.loss)).toBeLessThan(1e-4);
      expect(worst(ours.validation_loss, curves.validationLoss)).toBeLessThan(1e-4);
      expect(worst(ours.accuracy, curves.accuracy)).toBeLessThan(1e-9);
      expect(worst(ours.learning_rate, curves.learningRate)).toBeLessThan(1e-9);
      lab.close();
    },
    60_000,
  );

  it('the tuned run stops early where the lab stopped', () => {
    const { lab } = openTestLab();
    const id = trainedExperiment(lab, TUNED_RUN);
    expect(lab.store.metrics.curves(id).epoch.length).toBeLessThan(TUNED_RUN.training.epochs);
    const output = runTrain(writeProject(lab, id), ['--out', 'run']);
    expect(output).toMatch(/^early-stopped: validation loss did not improve for 2 epochs/m);
    lab.close();
  }, 60_000);

  it('--processes 2 (DDP, gloo) trains as the lab with batches twice as large, and its metrics import back', () => {
    const { lab } = openTestLab();
    // Few epochs: every batch waits for both processes, and on a busy 2-core machine each
    // wait can be long (30 epochs once took over two minutes beside other suites).
    const run = { ...CIRCLE_RUN, training: { ...CIRCLE_RUN.training, epochs: 6 } };
    const id = trainedExperiment(lab, run);
    const doubled = trainedExperiment(lab, {
      ...run,
      training: { ...run.training, batchSize: 2 * run.training.batchSize },
    });
    const dir = writeProject(lab, id);
    const output = runTrain(dir, ['--processes', '2', '--out', 'ddp']);
    expect(output).toMatch(/2 process\(es\) on cpu, batches of 32 rows/);
    const ours = readMetrics(readFileSync(join(dir, 'ddp', 'metrics.csv'), 'utf8'));
    const lab32 = lab.store.metrics.curves(doubled);
    expect(worst(ours.loss, lab32.loss)).toBeLessThan(1e-4);
    expect(worst(ours.validation_loss, lab32.validationLoss)).toBeLessThan(1e-4);

    const files = (name: string) => readFileSync(join(dir, 'ddp', name), 'utf8');
    const imported = importPytorchRun(
      lab,
      {
        fileName: 'ddp/metrics.csv',
        metricsCsv: files('metrics.csv'),
        runJson: files('run.json'),
        trainedWeights: files('trained_weights.json'),
      },
      '0.1.0',
    );
    expect(imported.sourceId).toBe(id);
    const record = lab.store.experiments.get(imported.id)!;
    expect(record.status).toBe('done');
    expect(record.name).toBe('Circle, 6 tanh (PyTorch, 2 processes on cpu)');
    expect(record.config.training.batchSize).toBe(32);
    expect(record.notes).toMatch(/on 2 processes on cpu: batches of 2 × 16 = 32 rows/);
    expect(record.finalMetrics?.testAccuracy).toBeGreaterThan(0.5);
    const back = lab.store.metrics.curves(imported.id);
    expect(Array.from(back.loss)).toEqual(ours.loss);
    expect(Array.from(back.validationAccuracy)).toEqual(ours.validation_accuracy);
    expect(trainedModel(lab.store, imported.id).network.getWeights()).toEqual(
      JSON.parse(files('trained_weights.json')),
    );
    lab.close();
  }, 90_000);

  it('--from-trained goes on from the lab’s trained weights', () => {
    const { lab } = openTestLab();
    const id = trainedExperiment(lab, CIRCLE_RUN);
    const dir = writeProject(lab, id);
    runTrain(dir, ['--from-trained', '--epochs', '3', '--out', 'more']);
    const ours = readMetrics(readFileSync(join(dir, 'more', 'metrics.csv'), 'utf8'));
    // the lab's own continuation: the trained model, a fresh optimiser, the same batches
    const { network } = trainedModel(lab.store, id);
    const dataset = lab.store.datasets.get(lab.store.experiments.get(id)!.datasetId)!;
    const parts = prepareData(dataset, dataset.split, CIRCLE_RUN.normalize, []);
    const reports: EpochReport[] = [];
    fit(
      network,
      parts.train,
      { ...CIRCLE_RUN.training, epochs: 3 },
      {
        validation: parts.validation,
        onEpoch: (r) => reports.push(r),
      },
    );
    expect(
      worst(
        ours.loss,
        reports.map((r) => r.loss),
      ),
    ).toBeLessThan(1e-4);
    expect(ours.loss[0]).toBeLessThan(lab.store.metrics.curves(id).loss[0] / 2);
    lab.close();
  }, 60_000);
});
