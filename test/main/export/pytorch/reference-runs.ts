// The reference setups (test/fixtures/reference/) as finished lab runs: the data stored as a
// dataset, the initial weights as a model the run continues from, the run trained here
// in-process exactly as the lab's trainer trains it (float32, the stored metrics per epoch).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActivationName } from '../../../../src-engine/activations/activation';
import type { LossName } from '../../../../src-engine/losses/loss';
import { Network, type Weights } from '../../../../src-engine/network/network';
import type { NetworkSpec } from '../../../../src-engine/network/spec';
import type { OptimizerSpec } from '../../../../src-engine/optim/optimizer';
import { toModelFile } from '../../../../src-engine/serialize/model-format';
import type { TrainConfig } from '../../../../src-engine/train/config';
import { fit } from '../../../../src-engine/train/fit';
import type { EpochReport } from '../../../../src-engine/train/reports';
import type { Services } from '../../../../src-main/services/services';
import { prepareData } from '../../../../src-main/services/prepare-data';
import type { DatasetSplit, ExperimentConfig } from '../../../../src-main/store/records';

/** What these tests read of a reference file (see its README). */
export interface Reference {
  name: string;
  sizes: number[];
  activations: ActivationName[];
  loss: LossName;
  optimizer: { name: 'sgd' | 'adam'; lr: number; momentum?: number; weightDecay?: number };
  schedule?: { c1: number; c2: number };
  batchSize: number;
  epochs: number;
  x: number[][];
  t: number[][];
  init: Weights;
}

const folder = join(__dirname, '../../../fixtures/reference');

/** Every reference setup, by file name. */
export function references(): Array<[string, Reference]> {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(folder, f), 'utf8')) as Reference]);
}

const ALL_TRAINING: DatasetSplit = { train: 1, validation: 0, test: 0, seed: 1 };

/** Stores the setup's data (numeric targets) and its initial weights as a finished model.
 * @returns the dataset's id and the experiment holding the initial weights */
function storeSetup(lab: Services, ref: Reference, spec: NetworkSpec) {
  const inputs = ref.sizes[0];
  const outputs = ref.sizes.at(-1)!;
  const { dataset } = lab.store.datasets.add({
    name: ref.name,
    source: `reference:${ref.name}`,
    columns: [
      ...Array.from({ length: inputs }, (_, i) => ({
        name: `x${i + 1}`,
        type: 'numeric' as const,
        role: 'input' as const,
      })),
      ...Array.from({ length: outputs }, (_, i) => ({
        name: `t${i + 1}`,
        type: 'numeric' as const,
        role: 'target' as const,
      })),
    ],
    task: 'regression',
    rowCount: ref.x.length,
    split: ALL_TRAINING,
    x: Float32Array.from(ref.x.flat()),
    y: Float32Array.from(ref.t.flat()),
  });
  const record = lab.store.datasets.get(dataset.id)!;
  const start = new Network(spec, { dtype: 'float32' });
  start.setWeights(ref.init);
  const source = lab.store.experiments.create({
    name: `${ref.name} (initial weights)`,
    datasetId: dataset.id,
    config: { ...baseConfig(ref, spec, record.hash), importedFrom: `${ref.name}.json` },
  });
  lab.store.models.save(source.id, toModelFile(start));
  lab.store.experiments.finish(source.id, 'done', {});
  return { record, sourceId: source.id, start };
}

function trainConfig(ref: Reference, epochs: number): TrainConfig {
  const o = ref.optimizer;
  const optimizer: OptimizerSpec =
    o.name === 'adam'
      ? { ...o, name: 'adam' }
      : { name: 'sgd', momentum: o.momentum, weightDecay: o.weightDecay };
  return {
    loss: ref.loss,
    optimizer,
    learningRate: o.lr,
    schedule: ref.schedule ? { kind: 'inverse', ...ref.schedule } : undefined,
    batchSize: ref.batchSize,
    epochs,
    // the reference's fixed order: batch j holds rows jK … jK+K−1 of the stored split
    shuffle: false,
    seed: 0,
  };
}

function baseConfig(ref: Reference, spec: NetworkSpec, hash: string): ExperimentConfig {
  return {
    spec,
    training: trainConfig(ref, ref.epochs),
    seed: 0,
    datasetHash: hash,
    appVersion: '0.1.0',
    normalize: 'none',
    split: ALL_TRAINING,
  };
}

/**
 * A finished lab run of the setup, `epochs` long, continuing from the reference's initial
 * weights. @returns the run's id and its per-epoch reports
 */
export function referenceRun(lab: Services, ref: Reference, epochs: number) {
  const spec: NetworkSpec = {
    inputs: ref.sizes[0],
    layers: ref.activations.map((activation, l) => ({ units: ref.sizes[l + 1], activation })),
  };
  const { record, sourceId, start } = storeSetup(lab, ref, spec);
  const config: ExperimentConfig = {
    ...baseConfig(ref, spec, record.hash),
    training: trainConfig(ref, epochs),
    continuesFrom: sourceId,
  };
  const run = lab.store.experiments.create({ name: ref.name, datasetId: record.id, config });
  const parts = prepareData(record, ALL_TRAINING, 'none', [], null, spec.layers.at(-1)!.units);
  const reports: EpochReport[] = [];
  fit(start, parts.train, config.training, { onEpoch: (r) => reports.push(r) });
  lab.store.experiments.setStatus(run.id, 'running');
  lab.store.metrics.append(run.id, reports);
  lab.store.models.save(run.id, toModelFile(start));
  lab.store.experiments.finish(run.id, 'done', {});
  return { id: run.id, reports };
}
