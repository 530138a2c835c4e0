import type { Weights } from '../../../../src-engine/network/network';
import { parseModel, type ModelFile } from '../../../../src-engine/serialize/model-format';
import { endedStatusOf } from '../../../contract/run-status';
import type { Services } from '../../../services/services';
import { RunRequestError } from '../../../services/run-request-error';
import { trainedModel } from '../../../services/trained-model';
import type { ExperimentConfig } from '../../../store/records';
import { ExportError } from '../../export-error';
import { readMetricsCsv } from './read-metrics-csv';
import { readRunJson, type PytorchRunInfo } from './read-run-json';

/** The files of one train.py run, as text. */
export interface PytorchRunFiles {
  /** where they came from, for messages and the new run's notes ('runs/…/metrics.csv') */
  fileName: string;
  metricsCsv: string;
  /** run.json: which experiment, device, processes, how it ended; without it `experimentId`
   * must say which run the project was exported from */
  runJson?: string;
  /** trained_weights.json: kept as the new run's model when given */
  trainedWeights?: string;
  experimentId?: number;
  name?: string;
}

/**
 * Keeps a run trained by an exported project's train.py as an experiment of the lab, beside
 * the run it was exported from: same dataset and network, the training settings as train.py
 * applied them (a batch of N × K rows with N processes), its per-epoch metrics, its final
 * metrics and, when given, its trained weights as the model. Notes say where it ran.
 * @returns the new experiment's id and that of the run it was exported from
 * @throws ExportError('invalid') naming the file and what is wrong; ('not-found') when the
 *   experiment it came from is not in this lab
 */
export function importPytorchRun(
  services: Services,
  files: PytorchRunFiles,
  appVersion: string,
): { id: number; sourceId: number } {
  const epochs = readMetricsCsv(files.metricsCsv, files.fileName);
  const info = files.runJson
    ? readRunJson(files.runJson, files.fileName.replace(/[^/\\]*$/, 'run.json'))
    : undefined;
  const sourceId = files.experimentId ?? info?.experimentId;
  if (sourceId === undefined)
    throw new ExportError(
      'invalid',
      `${files.fileName}: which run was exported? There is no run.json beside it; name the experiment (--experiment ID)`,
    );
  const source = services.store.experiments.get(sourceId);
  if (!source)
    throw new ExportError(
      'not-found',
      `experiment ${sourceId}, which ${files.fileName} was trained from, is not in this lab`,
    );
  const model = files.trainedWeights
    ? modelWith(services, sourceId, files.trainedWeights, files.fileName)
    : undefined;
  const config: ExperimentConfig = {
    ...source.config,
    training: {
      ...source.config.training,
      epochs: epochs.length,
      ...(info && info.processes > 1 ? { batchSize: info.effectiveBatchSize } : {}),
      learningRate: source.config.training.learningRate * (info?.learningRateFactor ?? 1),
    },
    appVersion,
    importedFrom: `PyTorch: ${files.fileName}`,
  };
  return services.store.transaction(() => {
    const record = services.store.experiments.create({
      name: files.name ?? `${source.name} (PyTorch${info ? `, ${describePlace(info)}` : ''})`,
      datasetId: source.datasetId,
      designId: source.designId,
      config,
    });
    services.store.experiments.setStatus(record.id, 'running');
    services.store.metrics.append(record.id, epochs);
    if (model) services.store.models.save(record.id, model);
    const finalMetrics = info && Object.keys(info.final).length ? info.final : undefined;
    services.store.experiments.finish(record.id, info ? endedStatusOf(info.status) : 'done', {
      finalMetrics,
      reason: info?.reason ?? null,
    });
    services.store.experiments.setNotes(record.id, notesOf(files.fileName, sourceId, info));
    services.store.experiments.addTag(record.id, 'pytorch');
    return { id: record.id, sourceId };
  });
}

/**
 * The picked files of a train.py run, by their names: the .csv is its metrics, run.json and
 * trained_weights.json what they are.
 * @throws ExportError('invalid') for a file that is none of them, or no .csv among them
 */
export function pytorchRunFiles(
  files: ReadonlyArray<{ fileName: string; content: string }>,
): Pick<PytorchRunFiles, 'fileName' | 'metricsCsv' | 'runJson' | 'trainedWeights'> {
  const named = (name: string) => files.find((f) => f.fileName === name)?.content;
  const csv = files.filter((f) => f.fileName.toLowerCase().endsWith('.csv'));
  const other = files.find(
    (f) => !csv.includes(f) && f.fileName !== 'run.json' && f.fileName !== 'trained_weights.json',
  );
  if (other)
    throw new ExportError(
      'invalid',
      `${other.fileName} is not a file of a PyTorch run (metrics.csv, run.json, trained_weights.json)`,
    );
  if (csv.length !== 1)
    throw new ExportError(
      'invalid',
      `expected one metrics .csv among the files, got ${csv.length ? csv.map((f) => f.fileName).join(', ') : 'none'}`,
    );
  return {
    fileName: csv[0].fileName,
    metricsCsv: csv[0].content,
    runJson: named('run.json'),
    trainedWeights: named('trained_weights.json'),
  };
}

function describePlace(info: PytorchRunInfo): string {
  return info.processes > 1 ? `${info.processes} processes on ${info.device}` : info.device;
}

function notesOf(fileName: string, sourceId: number, info: PytorchRunInfo | undefined): string {
  if (!info)
    return `Trained by PyTorch (train.py of experiment ${sourceId}); metrics from ${fileName}.`;
  const batch =
    info.processes > 1
      ? `batches of ${info.processes} × ${info.effectiveBatchSize / info.processes} = ${info.effectiveBatchSize} rows`
      : `batches of ${info.effectiveBatchSize} rows`;
  const rate = info.learningRateFactor !== 1 ? `, learning rate × ${info.learningRateFactor}` : '';
  const start =
    info.start === 'trained' ? "the lab's trained weights" : "the lab's initial weights";
  return `Trained by PyTorch ${info.torch} (train.py of experiment ${sourceId}) on ${describePlace(info)}: ${batch}${rate}, from ${start}. Metrics from ${fileName}.`;
}

/** The run's model file with the weights train.py ended with (checked against the network). */
function modelWith(
  services: Services,
  sourceId: number,
  text: string,
  fileName: string,
): ModelFile {
  let base: ModelFile;
  try {
    base = trainedModel(services.store, sourceId).file;
  } catch (error) {
    if (!(error instanceof RunRequestError)) throw error;
    throw new ExportError('not-found', `${fileName}: ${error.message}`);
  }
  const where = fileName.replace(/[^/\\]*$/, 'trained_weights.json');
  let weights: Weights;
  try {
    weights = JSON.parse(text) as Weights;
    const model = { ...base, weights };
    parseModel(model); // throws naming the layer whose shape is wrong
    return model;
  } catch (error) {
    throw new ExportError('invalid', `${where}: ${(error as Error).message}`);
  }
}
