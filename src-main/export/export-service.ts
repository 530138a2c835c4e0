import type { ExportedFile, ModelInspection } from '../contract/types';
import type { Services } from '../services/services';
import { StoreError } from '../store/store-error';
import { datasetCsv } from './csv/dataset-csv';
import { metricsCsv } from './csv/metrics-csv';
import { exportWeightsCsv } from './csv/weights-csv';
import { exportableExperiment } from './experiment-model';
import { fileStem, inputPipeline } from './exportable-model';
import { exportModelJson, importModelJson } from './model-json';
import { exportOnnx } from './onnx/export-onnx';
import { exportPython } from './python/export-python';
import type { PdfPrinter } from './report/pdf-printer';
import { gatherReport } from './report/report-data';
import { renderReportHtml } from './report/report-html';
import { notFoundDetail } from '../store/store-messages';

export type ModelFormat = 'json' | 'onnx' | 'py' | 'csv';
export type ReportFormat = 'html' | 'pdf';
/** Every format the command line's `export` writes (pytorch: a project folder). */
export const EXPORT_FORMATS = ['json', 'onnx', 'py', 'csv', 'html', 'pdf', 'pytorch'] as const;

const encoder = new TextEncoder();
const text = (fileName: string, mime: string, content: string): ExportedFile => ({
  fileName,
  mime,
  bytes: encoder.encode(content),
});

/**
 * A finished run's model in one format.
 * @throws RunRequestError('not-found' | 'conflict') when there is no trained model;
 *   ExportError('not-exportable') when the format cannot express it
 */
export function exportModelFiles(
  services: Services,
  experimentId: number,
  format: ModelFormat,
  appVersion: string,
): ExportedFile[] {
  const m = exportableExperiment(services, experimentId);
  const stem = fileStem(m.name);
  switch (format) {
    case 'json':
      return [text(`${stem}.neuron-lab.json`, 'application/json', exportModelJson(m))];
    case 'onnx':
      return [
        { fileName: `${stem}.onnx`, mime: 'application/onnx', bytes: exportOnnx(m, appVersion) },
      ];
    case 'py':
      return [text(`${stem}.py`, 'text/x-python', exportPython(m, appVersion))];
    case 'csv':
      return exportWeightsCsv(m).map((f) => text(f.fileName, 'text/csv', f.text));
  }
}

/**
 * A report of one run or a comparison of several.
 * @param printPdf how this host makes PDF (Chromium, or Electron's printToPDF)
 * @throws StoreError('not-found') for unknown experiments; ExportError('unavailable') when PDF
 *   cannot be made here
 */
export async function exportReportFile(
  services: Services,
  experimentIds: readonly number[],
  format: ReportFormat,
  options: { appVersion: string; printPdf: PdfPrinter },
): Promise<ExportedFile> {
  const input = gatherReport(services, experimentIds, options.appVersion);
  const html = renderReportHtml(input);
  const stem =
    input.experiments.length === 1
      ? `${fileStem(input.experiments[0].name)}-report`
      : `comparison-${input.experiments.map((x) => x.id).join('-')}`;
  if (format === 'html') return text(`${stem}.html`, 'text/html', html);
  return { fileName: `${stem}.pdf`, mime: 'application/pdf', bytes: await options.printPdf(html) };
}

/** A stored dataset as CSV. @throws StoreError('not-found') */
export function exportDatasetFile(services: Services, id: number): ExportedFile {
  const record = services.store.datasets.get(id);
  if (!record)
    throw new StoreError(
      'not-found',
      `dataset ${id} does not exist`,
      notFoundDetail('dataset', id),
    );
  return text(`${fileStem(record.name)}.csv`, 'text/csv', datasetCsv(record));
}

/** A run's per-epoch metrics as CSV. @throws StoreError('not-found') */
export function exportMetricsFile(services: Services, experimentId: number): ExportedFile {
  const record = services.store.experiments.get(experimentId);
  if (!record)
    throw new StoreError(
      'not-found',
      `experiment ${experimentId} does not exist`,
      notFoundDetail('experiment', experimentId),
    );
  const curves = services.store.metrics.curves(experimentId);
  return text(`${fileStem(record.name)}-metrics.csv`, 'text/csv', metricsCsv(curves));
}

/** What a model file holds. @throws ExportError('invalid') naming the field that is wrong */
export function inspectModelFile(fileName: string, content: string): ModelInspection {
  const { network, file, derived } = importModelJson(content);
  const pipeline = inputPipeline({ name: fileName, model: file, derived });
  return {
    fileName,
    dtype: file.dtype,
    rawInputs: pipeline.rawInputs,
    inputs: network.inputs,
    outputs: network.outputs,
    layers: file.spec.layers.map(({ units, activation }) => ({ units, activation })),
    parameterCount: network.parameterCount,
    featureNames: file.featureNames,
    labels: file.labels,
    derived,
    normalization: file.normalization?.kind,
    trained: file.training !== undefined,
  };
}
