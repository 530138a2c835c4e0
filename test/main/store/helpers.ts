import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { EpochReport } from '../../../src-engine/train/reports';
import {
  datasetHash,
  openStore,
  type DatasetInput,
  type ExperimentConfig,
  type Store,
} from '../../../src-main/store';

const dirs: string[] = [];
const stores: Store[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) if (store.db.open) store.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-store-'));
  dirs.push(dir);
  return dir;
}

/** A store in a fresh temporary folder (closed after the test), with a clock at 1000 ms
 * that moves one ms per call. */
export function tempStore(dataDir = tempDir()): Store {
  let t = 1000;
  const store = openStore({ dataDir, now: () => t++ });
  stores.push(store);
  return store;
}

/** XOR as a dataset; `variant` changes one value, making a different content hash. */
export function xorDataset(variant = 0): DatasetInput {
  return {
    name: `xor ${variant}`,
    source: 'builtin:xor',
    columns: [
      { name: 'a', type: 'numeric', role: 'input' },
      { name: 'b', type: 'numeric', role: 'input' },
      { name: 'class', type: 'categorical', role: 'target', categories: ['0', '1'] },
    ],
    task: 'classification',
    rowCount: 4,
    split: { train: 0.5, validation: 0.25, test: 0.25, seed: 7 },
    x: Float32Array.of(0, 0, 0, 1, 1, 0, 1, variant + 1),
    y: Float32Array.of(0, 1, 1, 0),
    labels: Int32Array.of(0, 1, 1, 0),
  };
}

/** A config for a dataset. */
export function configFor(dataset: DatasetInput, seed = 1): ExperimentConfig {
  return {
    spec: {
      inputs: 2,
      layers: [
        { units: 2, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    training: {
      loss: 'mse',
      optimizer: { name: 'sgd' },
      learningRate: 0.5,
      batchSize: 4,
      epochs: 10,
      shuffle: true,
      seed,
    },
    seed,
    datasetHash: datasetHash(dataset),
    appVersion: '0.1.0',
  };
}

/** A store with one dataset and one queued experiment. */
export function storeWithRun(): { store: Store; runId: number; datasetId: number } {
  const store = tempStore();
  const input = xorDataset();
  const { dataset } = store.datasets.add(input);
  const run = store.experiments.create({
    name: 'xor run',
    datasetId: dataset.id,
    config: configFor(input),
  });
  return { store, runId: run.id, datasetId: dataset.id };
}

/** Epoch reports from..to with losses 1/epoch. */
export function reports(from: number, to: number): EpochReport[] {
  const out: EpochReport[] = [];
  for (let epoch = from; epoch <= to; epoch++) {
    out.push({
      epoch,
      step: epoch * 2,
      loss: 1 / epoch,
      accuracy: epoch / (epoch + 1),
      validationLoss: 2 / epoch,
      learningRate: 0.5,
      millis: 3,
    });
  }
  return out;
}
