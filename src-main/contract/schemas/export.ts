/** Request schemas of the `export:*` and `models:*` calls. */
import { chartImage } from './chart-image';
import { bytesUpTo, fileName, id, list, name, object, oneOf, text } from './common';
import { worded } from './request-words';

/** The largest model file the lab reads back: 200 MiB of JSON (a 784-512-512-10 network
 * writes about 15 MB). */
export const MAX_MODEL_JSON = 200 * 1024 * 1024;

export const exportCalls = {
  /** a finished run's model as a file: Neuron Lab JSON, ONNX, Python, or CSV (a file per
   * layer) */
  'export:model': object({ experimentId: id(), format: oneOf(['json', 'onnx', 'py', 'csv']) }),
  /** a self-contained report of one run, or a comparison of several, as HTML or PDF */
  'export:report': object({
    experimentIds: list(id(), 20).min(1, {
      error: worded('expected at least 1 experiment', 'experimentsAtLeast', { count: 1 }),
    }),
    format: oneOf(['html', 'pdf']),
  }),
  /** a stored dataset as CSV, with the part (train, validation, test) of each row */
  'export:dataset': object({ id: id() }),
  /** a run's per-epoch metrics as CSV */
  'export:metrics': object({ experimentId: id() }),
  /** a finished run as a PyTorch project that trains it again (a ZIP of its folder) */
  'export:pytorch': object({ experimentId: id() }),
  /** a chart the page drew, as PNG or SVG (the page makes the picture; main saves it) */
  'export:chart': chartImage(),
  /** reads a Neuron Lab model file and says what it holds, or exactly what is wrong in it */
  'models:inspect': object({ fileName: fileName(), content: text(MAX_MODEL_JSON) }),
  /** reads a Neuron Lab model file, checks it fits a stored dataset, and keeps it as a
   * finished experiment (to evaluate, export, report, or train further) */
  'models:import': object({
    fileName: fileName(),
    /** the file as text, or its bytes (UTF-8): exactly one of them */
    content: text(MAX_MODEL_JSON).optional(),
    bytes: bytesUpTo(MAX_MODEL_JSON).optional(),
    /** the stored dataset the model is judged on (and trained further on) */
    datasetId: id(),
    /** the experiment's name; defaults to the file's name */
    name: name().optional(),
  }).refine((r) => (r.content === undefined) !== (r.bytes === undefined), {
    error: worded('expected either content (text) or bytes, not both', 'contentOrBytes'),
  }),
  /** keeps a run of an exported PyTorch project's train.py (its metrics.csv, and run.json and
   * trained_weights.json when given) as an experiment beside the run it came from */
  'models:importPytorchRun': object({
    /** the files the person picked, each by its name and text */
    files: list(object({ fileName: fileName(), content: text(MAX_MODEL_JSON) }), 3).min(1, {
      error: worded('expected at least 1 file (metrics.csv)', 'metricsFile'),
    }),
    /** the run it came from, when there is no run.json to say so */
    experimentId: id().optional(),
    name: name().optional(),
  }),
};
