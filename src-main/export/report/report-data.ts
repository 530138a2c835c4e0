import { evaluateExperiment } from '../../services/evaluate-experiment';
import type { Services } from '../../services/services';
import { datasetNames } from '../../services/prepare-data';
import { RunRequestError } from '../../services/run-request-error';
import { trainedModel } from '../../services/trained-model';
import type { DatasetOutline } from '../../store/datasets-repo';
import { exportableExperiment } from '../experiment-model';
import type { ReportDataset, ReportExperiment, ReportInput } from './report-input';
import { surfaceOf } from './surface-image';

function datasetOf(record: DatasetOutline): ReportDataset {
  const engine = datasetNames(record, record.inputs, record.outputs);
  const target =
    record.columns.find((c) => c.role === 'target')?.name ?? engine.targetNames.join(', ');
  let classCounts: ReportDataset['classCounts'];
  if (engine.classNames && record.labels) {
    const counts = new Array<number>(engine.classNames.length).fill(0);
    for (const label of record.labels) counts[label] = (counts[label] ?? 0) + 1;
    classCounts = engine.classNames.map((name, k) => ({ name, count: counts[k] ?? 0 }));
  }
  return {
    name: record.name,
    source: record.source,
    task: record.task,
    rows: record.rowCount,
    features: engine.featureNames,
    target,
    split: record.split,
    classCounts,
  };
}

/**
 * Reads everything a report shows about each experiment, in the order given: record,
 * curves, dataset, design, and, for runs with a trained model, its evaluation on each part
 * (the one stored when the run ended, see evaluateExperiment) and, for 2-D data, its
 * decision surface. A run without a trained
 * model is still reported, with the reason it has no results.
 * @throws StoreError('not-found') naming experiments that do not exist
 */
export function gatherReport(
  services: Services,
  ids: readonly number[],
  appVersion: string,
): ReportInput {
  const compared = services.store.compareExperiments(ids);
  const experiments = compared.map(({ experiment: r, curves }): ReportExperiment => {
    // its outline: the inputs themselves are only read for a 2-D surface, below
    const dataset = services.store.datasets.outline(r.datasetId);
    if (!dataset)
      throw new RunRequestError(
        'not-found',
        `dataset ${r.datasetId} of experiment ${r.id} does not exist`,
      );
    const design = r.designId !== null ? services.store.designs.get(r.designId) : undefined;
    const x: ReportExperiment = {
      id: r.id,
      name: r.name,
      status: r.status,
      reason: r.reason,
      createdAt: r.createdAt,
      finishedAt: r.finishedAt,
      epochsDone: r.epochsDone,
      config: r.config,
      designName: design?.name ?? null,
      unit: design?.unit,
      dataset: datasetOf(dataset),
      curves,
      finalMetrics: r.finalMetrics,
      notes: r.notes,
    };
    try {
      // stored when the run ended: a report never runs 10,000 digits through the model again
      x.evaluation = evaluateExperiment(services, r.id);
      // only a surface needs the model itself (a large one is megabytes of JSON to read)
      if (dataset.inputs === 2) {
        const model = exportableExperiment(services, r.id, trainedModel(services.store, r.id));
        const features = x.dataset.features;
        x.surface = surfaceOf(
          model,
          services.store.datasets.get(r.datasetId)!.x,
          dataset.task === 'classification' ? dataset.labels : undefined,
          x.evaluation.task === 'classification' ? x.evaluation.labels : undefined,
          [features[0] ?? 'x1', features[1] ?? 'x2'],
        );
      }
    } catch (error) {
      if (!(error instanceof RunRequestError)) throw error;
      x.missing = `No results: ${error.message}.`;
    }
    return x;
  });
  return { experiments, appVersion, generatedAt: new Date() };
}
