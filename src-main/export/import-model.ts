import type { ModelFile } from '../../src-engine/serialize/model-format';
import type { Services } from '../services/services';
import { toEngineDataset } from '../services/prepare-data';
import type { DatasetRecord, ExperimentConfig } from '../store/records';
import { StoreError } from '../store/store-error';
import { ExportError } from './export-error';
import { inputPipeline } from './exportable-model';
import { importModelJson, type ImportedModel } from './model-json';
import { defaultTraining } from '../../src-engine/train/default-training';
import { notFoundDetail } from '../store/store-messages';

/** A model file to keep as an experiment. */
export interface ModelImport {
  fileName: string;
  /** the file's text */
  content: string;
  datasetId: number;
  /** defaults to the file's name */
  name?: string;
}

/**
 * Reads a Neuron Lab model file, checks it fits a stored dataset and keeps it as a finished
 * experiment ('done', the reason naming the file, 0 epochs, no curves) with the model, so
 * that it can be evaluated, exported, reported or trained further like a run of the lab.
 * Its config: the file's spec, its training config (or defaults for its task), its derived
 * inputs and normalisation (applied as they are, never refitted), the dataset's split.
 * @throws ExportError('invalid') naming what is wrong in the file or what does not fit;
 *   StoreError('not-found') for an unknown dataset
 */
export function importModel(services: Services, request: ModelImport, appVersion: string): number {
  const imported = importModelJson(request.content);
  const dataset = services.store.datasets.get(request.datasetId);
  if (!dataset)
    throw new StoreError(
      'not-found',
      `dataset ${request.datasetId} does not exist`,
      notFoundDetail('dataset', request.datasetId),
    );
  checkFits(imported, dataset);
  const { file, derived } = imported;
  const scaling = file.normalization;
  const config: ExperimentConfig = {
    spec: file.spec,
    // a file that records no training gets what the lab suggests for its task
    training: file.training ?? defaultTraining(dataset.task, file.spec, dataset.rowCount),
    seed: 0,
    datasetHash: dataset.hash,
    appVersion,
    normalize: !scaling ? 'none' : scaling.kind === 'standard' ? 'standard' : 'minmax',
    ...(derived?.length ? { derived: [...derived] } : {}),
    importedFrom: request.fileName,
  };
  const model: ModelFile = {
    format: file.format,
    version: file.version,
    spec: file.spec,
    dtype: file.dtype,
    weights: file.weights,
    ...(file.normalization ? { normalization: file.normalization } : {}),
    ...(file.featureNames ? { featureNames: file.featureNames } : {}),
    ...(file.targetNames ? { targetNames: file.targetNames } : {}),
    ...(file.labels ? { labels: file.labels } : {}),
    ...(file.training ? { training: file.training } : {}),
  };
  return services.store.transaction(() => {
    const record = services.store.experiments.create({
      name: request.name ?? request.fileName,
      datasetId: dataset.id,
      config,
    });
    services.store.models.save(record.id, model);
    services.store.experiments.finish(record.id, 'done', {
      reason: `imported from ${request.fileName}`,
    });
    return record.id;
  });
}

/**
 * @throws ExportError('invalid') when the model's raw inputs, outputs, task or class names
 *   are not the dataset's, e.g. "the model takes 4 inputs, dataset 'Moons' gives 2"
 */
export function checkFits(imported: ImportedModel, dataset: DatasetRecord): void {
  const { file, network } = imported;
  const pipeline = inputPipeline({ name: '', model: file, derived: imported.derived });
  const data = toEngineDataset(dataset);
  const where = `dataset '${dataset.name}'`;
  /** @param key the reason's id under the renderer's `errors.modelFit.` */
  const misfit = (message: string, key: string, values: Record<string, string | number>): never => {
    const detail = { key: `modelFit.${key}`, params: { dataset: dataset.name, ...values } };
    throw new ExportError('invalid', `the model does not fit ${where}: ${message}`, detail);
  };
  if (pipeline.rawInputs !== data.inputs) {
    const derived = pipeline.derived.join(', ');
    const derivation = derived ? ` (and derives ${derived} from them)` : '';
    misfit(
      `the model takes ${pipeline.rawInputs} inputs${derivation}, ${where} gives ${data.inputs}`,
      derived ? 'inputsDerived' : 'inputs',
      { takes: pipeline.rawInputs, gives: data.inputs, ...(derived ? { derived } : {}) },
    );
  }
  const labels = file.labels?.join(', ');
  if (labels !== undefined && data.task === 'regression') {
    misfit(
      `the model sorts into classes (${labels}), ${where} is a regression dataset`,
      'regression',
      { labels },
    );
  }
  if (network.outputs !== data.outputs) {
    const targets = data.targetNames.join(', ');
    misfit(
      `the model gives ${network.outputs} outputs, ${where} has ${data.outputs} (${targets})`,
      'outputs',
      { gives: network.outputs, has: data.outputs, targets },
    );
  }
  const classes = data.classNames;
  if (file.labels && classes && file.labels.join('\u0000') !== classes.join('\u0000')) {
    const has = classes.join(', ');
    misfit(`the model's classes are ${labels}; ${where} has ${has}`, 'classes', {
      labels: labels ?? '',
      has,
    });
  }
}
