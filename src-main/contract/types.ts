/**
 * What each call answers and each event carries: plain data (typed arrays included, which
 * structured clone keeps and the WebSocket codec encodes). Shapes the store and the engine
 * already define are reused as they are.
 */
import type { AppCommand } from './app-command';
import type { ParameterSpec } from '../../src-engine/data/generator-spec';
import type { BatchReport, EpochReport } from '../../src-engine/train/reports';
import type {
  CommandRefusal,
  LiveSettings,
  RunPosition,
} from '../../src-engine/train/run-commands';
import type { ColumnStats, ColumnType } from '../datasets/column-stats';
import type { ColumnReport, ImportReport } from '../datasets/import-report';
import type { ComparedExperiment } from '../store/compare-experiments';
import type {
  DatasetSplit,
  DatasetSummary,
  DesignRecord,
  ExperimentRecord,
  ExperimentSummary,
  RunStatus,
  UnitDesign,
  UnitModel,
} from '../store/records';
import type { KernelPlan } from '../../src-engine/kernels/kernel-plan';
import type { ModelFile } from '../../src-engine/serialize/model-format';
import type { ErrorDetail } from './result';
import type { Snapshot } from '../training/protocol';
import type { CallName, EventName } from './names';
import type { Language, SettingsState } from './settings-types';
import type {
  ImportedPart,
  LessonConflict,
  LessonImportResult,
  LessonInspection,
  LessonPart,
  ProgressReport,
} from './lesson-types';
import type { LabDocument, LabProgress, UserLabRecord } from '../store/records';

export type {
  ImportedPart,
  LabDocument,
  LabProgress,
  LessonConflict,
  LessonImportResult,
  LessonInspection,
  LessonPart,
  ProgressReport,
  UserLabRecord,
};

export type { ColumnReport, ImportReport };
export type * from './settings-types';

export type {
  ComparedExperiment,
  DatasetSplit,
  DatasetSummary,
  DesignRecord,
  ExperimentRecord,
  ExperimentSummary,
  ModelFile,
  RunStatus,
  Snapshot,
  CommandRefusal,
  LiveSettings,
  RunPosition,
  UnitDesign,
  UnitModel,
};

/** About the running lab. */
export interface AppInfo {
  version: string;
  /** the folder holding the database */
  dataDir: string;
  host: 'electron' | 'local';
  /** something a person should know (e.g. the database was set aside and a fresh one made) */
  notice?: string;
}

/** A stored dataset with its first rows, as the engine sees them. */
export interface DatasetDetail {
  dataset: DatasetSummary;
  /** features per row and targets per row */
  inputs: number;
  outputs: number;
  /** the first rows (50 unless asked for more): x: [rows, inputs], y: [rows, outputs];
   * parts: the part of the split each is in (0 training, 1 validation, 2 test), by the split
   * asked for or the dataset's own, as a run splits it */
  firstRows: {
    rows: number;
    x: Float32Array;
    y: Float32Array;
    labels?: Int32Array;
    parts: Uint8Array;
  };
}

/** A dataset the lab can make without a file. */
export interface BuiltinDataset {
  /** what datasets:generate takes */
  name: string;
  label: string;
  task: 'classification' | 'regression';
  description: string;
  /** generator: drawn from parameters; table: a fixed table (truth tables, Iris, digits) */
  kind: 'generator' | 'table';
  parameters: ParameterSpec[];
  /** for fixed tables: their size */
  rows?: number;
}

/** A column as a preview shows it. */
export interface PreviewColumn {
  name: string;
  index: number;
  type: ColumnType;
  stats: ColumnStats;
}

/** What a file would import as, before anything is stored. */
/** Where an upload stands: its id, the bytes received so far and the file's size. */
export interface UploadState {
  uploadId: string;
  received: number;
  size: number;
  /** how many bytes a chunk may carry */
  chunkBytes: number;
}

export interface DatasetPreview {
  fileName: string;
  /** names the table main keeps for datasets:plan and datasets:import (for a while) */
  previewId: string;
  format: 'csv' | 'json' | 'xlsx' | 'arff';
  /** the settings used (given or detected); delimiter null for files that have none */
  delimiter: ',' | ';' | '\t' | null;
  header: boolean;
  decimalComma: boolean;
  /** text files: the encoding read (`UTF-8`, `Windows-1252`, …) */
  encoding: string | null;
  /** text files: a byte-order mark began the file */
  bom: boolean;
  /** spreadsheets: the sheet read and every sheet of the workbook */
  sheet: string | null;
  sheets: string[];
  /** data rows in the file */
  rows: number;
  columns: PreviewColumn[];
  /** the first rows as text cells (at most 50), null where a cell is missing */
  firstRows: (string | null)[][];
  /** what importing with the default choices would do (null when they make no dataset) */
  report: ImportReport | null;
  /** why the default choices make no dataset, when they do not */
  reportError: string | null;
}

/** A stored dataset and what its import did to the data. */
export interface ImportedDataset extends DatasetSummary {
  report: ImportReport;
}

/** How a finished run's model does on one part of its data. */
export interface EvaluatedPart {
  part: 'train' | 'validation' | 'test';
  rows: number;
  loss: number;
  accuracy?: number;
  r2?: number;
  /** classification: counts[true class][predicted class], classes in `labels` order */
  confusion?: number[][];
  /** regression: true and predicted targets (first `rows` of at most 2000, [rows, outputs]),
   * in the targets' own units */
  sample?: { rows: number; outputs: number; actual: Float32Array; predicted: Float32Array };
}

/** A wrongly classified row, with its raw inputs (a digit's 784 pixels, say). */
export interface Misclassified {
  part: 'train' | 'validation' | 'test';
  /** the row's index within its part */
  row: number;
  x: Float32Array;
  label: number;
  predicted: number;
  /** the model's output for the predicted class */
  confidence: number;
}

/** A finished run's model judged on its data. */
export interface ExperimentEvaluation {
  experimentId: number;
  task: 'classification' | 'regression';
  /** class names (classification) or target names (regression), in output order */
  labels: string[];
  /** the non-empty parts, train first */
  parts: EvaluatedPart[];
  /** up to 60 mistakes, from the test part, else validation, else train */
  misclassified: Misclassified[];
}

/** A file an export made, for the renderer to save (a download) or the command line to write. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** What an export answers: usually one file; weights as CSV give one per layer. */
export interface ExportedFiles {
  files: ExportedFile[];
  /** the desktop app saved the files itself (native dialogs); `files` is then empty */
  saved?: SaveOutcome;
}

/** What became of an export the desktop app saved: the paths written, or cancelled. */
export type SaveOutcome = { saved: string[] } | { cancelled: true };

/** The lesson chosen in the desktop app's open dialog (its bytes follow as the
 * `open-lesson` app command, as from File ▸ Open Lesson…), or that the person cancelled. */
export type LessonDialogOutcome = { opened: string } | { cancelled: true };

/** The progress report for the teacher: its HTML and Markdown files, and the tasks done. */
export interface ProgressReportFiles extends ExportedFiles {
  /** the day it was made, YYYY-MM-DD */
  date: string;
  /** the language its headings, verdicts, dates and numbers are written in ('en' when the
   * request named none); the labs' titles and prompts stay in their own */
  language: Language;
  /** tasks done and tasks in the listed labs */
  done: number;
  total: number;
}

/** A PyTorch project as a ZIP, with what its train.py does differently from the lab's run
 * (also in its README). */
export interface PytorchExport extends ExportedFiles {
  notices: string[];
}

/** What a model file holds, read back and checked (models:inspect). */
export interface ModelInspection {
  fileName: string;
  /** 'float32' or 'float64' */
  dtype: string;
  /** raw input columns (2 for 2-D data with derived inputs) and the network's own inputs */
  rawInputs: number;
  layers: Array<{ units: number; activation: string }>;
  inputs: number;
  outputs: number;
  parameterCount: number;
  featureNames?: string[];
  labels?: string[];
  derived?: string[];
  normalization?: 'standard' | 'min-max';
  trained: boolean;
}

/** The answer of each call. */
export interface CallResponses {
  'app:info': AppInfo;
  'datasets:list': DatasetSummary[];
  'datasets:get': DatasetDetail;
  'datasets:builtins': BuiltinDataset[];
  'datasets:generate': DatasetSummary;
  'datasets:preview': DatasetPreview;
  'datasets:plan': ImportReport;
  'datasets:import': ImportedDataset;
  'datasets:delete': null;
  'datasets:upload': UploadState;
  'designs:list': DesignRecord[];
  'designs:save': DesignRecord;
  'designs:rename': DesignRecord;
  'designs:duplicate': DesignRecord;
  'designs:delete': null;
  'experiments:list': ExperimentSummary[];
  'experiments:get': ComparedExperiment;
  'experiments:compare': ComparedExperiment[];
  'experiments:rename': ExperimentRecord;
  'experiments:setNotes': ExperimentRecord;
  'experiments:tag': ExperimentRecord;
  'experiments:untag': ExperimentRecord;
  'experiments:delete': null;
  'experiments:evaluate': ExperimentEvaluation;
  'experiments:model': ModelFile;
  'runs:start': { experimentId: number };
  'runs:control': null;
  'runs:setLearningRate': null;
  'runs:setPace': null;
  'runs:keepRunning': null;
  'runs:watch': null;
  'runs:resume': { experimentId: number };
  'runs:rerun': { experimentId: number };
  'export:model': ExportedFiles;
  'export:report': ExportedFiles;
  'export:dataset': ExportedFiles;
  'export:metrics': ExportedFiles;
  'export:pytorch': PytorchExport;
  'export:chart': ExportedFiles;
  'models:inspect': ModelInspection;
  'models:import': { experimentId: number };
  'models:importPytorchRun': { experimentId: number };
  // teacher mode (src-main/lessons)
  'labs:list': UserLabRecord[];
  'labs:save': UserLabRecord;
  'labs:duplicate': UserLabRecord;
  'labs:delete': null;
  /** lab id → progress; labs without progress are absent */
  'progress:get': Record<string, LabProgress>;
  'progress:set': LabProgress;
  'progress:reset': null;
  'progress:report': ProgressReportFiles;
  /** one `.nnlab` file */
  'lessons:export': ExportedFiles;
  'lessons:inspect': LessonInspection;
  'lessons:import': LessonImportResult;
  'lessons:openDialog': LessonDialogOutcome;
  'settings:get': SettingsState;
  'settings:set': SettingsState;
}

/** The payload of each event. */
export interface EventPayloads {
  /** new epochs and the latest batch; `at`: the trainer's clock (ms since the epoch) when the
   * newest of them was made. A run faster than views can draw sends evenly spaced epochs (the
   * last always) and says of how many (`thinned`); the store keeps every one. */
  'runs:progress': {
    experimentId: number;
    epochs: EpochReport[];
    batch: BatchReport | null;
    at: number;
    thinned?: number;
  };
  /** a new status; running and paused come with the position (a step while paused says
   * paused again, further on) and the live settings */
  'runs:status': {
    experimentId: number;
    status: RunStatus;
    reason?: string;
    /** the reason as the engine's message id and values (see ErrorDetail), when it gave one */
    reasonDetail?: ErrorDetail;
    at?: RunPosition;
    settings?: LiveSettings;
    /** a pause: batches trained after the request reached the trainer (0 or 1) */
    batchesAfterRequest?: number;
    /** the kernels the run's layers use, and why WebAssembly is not used where it is missing */
    kernels?: KernelPlan;
  };
  /** the live settings as the run now uses them, after a change; or why something the run
   * was asked could not be done (`refused`, in English), with, for a setting, what was asked,
   * the engine's reason and the settings that stay in effect (`refusal`) */
  'runs:settings': {
    experimentId: number;
    settings?: LiveSettings;
    refused?: string;
    refusal?: CommandRefusal;
  };
  'runs:snapshot': { experimentId: number; snapshot: Snapshot };
  /** bytes read so far of `total`, for the import or preview started with this requestId */
  'datasets:importProgress': { requestId: string; bytes: number; total: number };
  /** the desktop app's menus and opened files (Electron host only) */
  'app:command': AppCommand;
}

// Every name has a response and a payload type, and nothing else does.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const _responsesCoverCalls: Same<keyof CallResponses, CallName> = true;
export const _payloadsCoverEvents: Same<keyof EventPayloads, EventName> = true;
