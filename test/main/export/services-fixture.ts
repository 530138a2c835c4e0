import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DerivedFeature } from '../../../src-engine/data/derived-features';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { toModelFile } from '../../../src-engine/serialize/model-format';
import type { TrainConfig } from '../../../src-engine/train/config';
import { fit } from '../../../src-engine/train/fit';
import type { EpochReport } from '../../../src-engine/train/reports';
import { createEventHub } from '../../../src-main/contract/handlers';
import { judgeExperiment } from '../../../src-main/services/evaluate-experiment';
import { finalMetricsOf } from '../../../src-main/services/judge-predictions';
import { openServices, type Services } from '../../../src-main/services/services';
import { prepareData } from '../../../src-main/services/prepare-data';
import type { ExperimentConfig } from '../../../src-main/store/records';
import type { TrainerLauncher } from '../../../src-main/training/trainer-launcher';

/** A lab in a fresh folder whose runs are trained here, in-process, by `trainedExperiment`
 * (no trainer process is ever launched). */
export function openTestLab(): { lab: Services; dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-export-'));
  const launcher: TrainerLauncher = () => {
    throw new Error('the export tests train in-process');
  };
  const lab = openServices({ dataDir, launcher, events: createEventHub(), appVersion: '0.1.0' });
  return { lab, dataDir };
}

export interface TrainedRun {
  builtin: string;
  params?: Record<string, number>;
  spec: NetworkSpec;
  training: TrainConfig;
  seed?: number;
  normalize?: ExperimentConfig['normalize'];
  derived?: DerivedFeature[];
  name?: string;
  notes?: string;
  designId?: number;
}

/**
 * Stores a dataset and an experiment trained exactly as a lab run is (same data preparation,
 * model file, metrics and final numbers), ending 'done'. @returns the experiment id
 */
export function trainedExperiment(lab: Services, run: TrainedRun): number {
  const summary = lab.datasets.addBuiltin(run.builtin, run.params ?? {}, {
    train: 0.7,
    validation: 0.15,
    test: 0.15,
    seed: 2,
  });
  const dataset = lab.store.datasets.get(summary.id)!;
  const seed = run.seed ?? 1;
  const record = lab.store.experiments.create({
    name: run.name ?? `${summary.name} run`,
    datasetId: summary.id,
    designId: run.designId ?? null,
    config: {
      spec: run.spec,
      training: run.training,
      seed,
      datasetHash: dataset.hash,
      appVersion: '0.1.0',
      normalize: run.normalize ?? 'none',
      derived: run.derived,
    },
  });
  // as RunService prepares a run's data (a two-unit softmax output gets one-hot targets)
  const parts = prepareData(
    dataset,
    dataset.split,
    run.normalize,
    run.derived ?? [],
    undefined,
    run.spec.layers.at(-1)?.units,
  );
  const network = new Network(run.spec, { seed });
  const epochs: EpochReport[] = [];
  fit(network, parts.train, run.training, {
    validation: parts.validation.m > 0 ? parts.validation : undefined,
    onEpoch: (report) => epochs.push(report),
  });
  lab.store.experiments.setStatus(record.id, 'running');
  lab.store.metrics.append(record.id, epochs);
  lab.store.models.save(
    record.id,
    toModelFile(network, {
      normalization: parts.scaler ?? undefined,
      featureNames: parts.featureNames,
      targetNames: parts.targetNames,
      labels: parts.classNames,
      training: run.training,
    }),
  );
  lab.store.experiments.finish(record.id, 'done', {});
  // judged as a finished run is judged (the app's one implementation of final metrics)
  lab.store.experiments.setFinalMetrics(record.id, finalMetricsOf(judgeExperiment(lab, record.id)));
  if (run.notes) lab.store.experiments.setNotes(record.id, run.notes);
  return record.id;
}

/** A small classifier on 2-D points. */
export const CIRCLE_RUN: TrainedRun = {
  builtin: 'circle',
  params: { count: 200 },
  spec: {
    inputs: 2,
    layers: [
      { units: 6, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  },
  training: {
    loss: 'binary_cross_entropy',
    optimizer: { name: 'adam' },
    learningRate: 0.03,
    batchSize: 16,
    epochs: 30,
    shuffle: true,
    seed: 1,
  },
  normalize: 'standard',
  name: 'Circle, 6 tanh',
  notes: 'Converges after ~20 epochs.\n=cmd|calc (a formula-like line stays text)',
};
