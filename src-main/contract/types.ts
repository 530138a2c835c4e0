/**
 * What each call answers and each event carries: plain data (typed arrays included, which
 * structured clone keeps and the WebSocket codec encodes). Shapes the store and the engine
 * already define are reused as they are.
 */
import type { ParameterSpec } from '../../src-engine/data/generator-spec';
import type { BatchReport, EpochReport } from '../../src-engine/train/reports';
import type { ColumnStats, ColumnType } from '../datasets/column-stats';
import type { ComparedExperiment } from '../store/compare-experiments';
import type {
  DatasetSummary,
  DesignRecord,
  ExperimentRecord,
  ExperimentSummary,
  RunStatus,
} from '../store/records';
import type { Snapshot } from '../training/protocol';
import type { CallName, EventName } from './names';

export type {
  ComparedExperiment,
  DatasetSummary,
  DesignRecord,
  ExperimentRecord,
  ExperimentSummary,
  RunStatus,
  Snapshot,
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
  /** the first rows (50 unless asked for more): x: [rows, inputs], y: [rows, outputs] */
  firstRows: { rows: number; x: Float32Array; y: Float32Array; labels?: Int32Array };
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
export interface DatasetPreview {
  fileName: string;
  /** the settings used (given or detected) */
  delimiter: ',' | ';' | '\t' | null;
  header: boolean;
  decimalComma: boolean;
  /** data rows in the file */
  rows: number;
  columns: PreviewColumn[];
  /** the first rows as text cells (at most 50), null where a cell is missing */
  firstRows: (string | null)[][];
  /** things a person should know before importing ("row 17, column 'age': 'abc' …") */
  problems: string[];
}

/** The answer of each call. */
export interface CallResponses {
  'app:info': AppInfo;
  'datasets:list': DatasetSummary[];
  'datasets:get': DatasetDetail;
  'datasets:builtins': BuiltinDataset[];
  'datasets:generate': DatasetSummary;
  'datasets:preview': DatasetPreview;
  'datasets:import': DatasetSummary;
  'datasets:delete': null;
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
  'runs:start': { experimentId: number };
  'runs:control': null;
  'runs:setLearningRate': null;
  'runs:watch': null;
  'runs:resume': { experimentId: number };
  'runs:rerun': { experimentId: number };
}

/** The payload of each event. */
export interface EventPayloads {
  /** new epochs (none lost) and the latest batch */
  'runs:progress': { experimentId: number; epochs: EpochReport[]; batch: BatchReport | null };
  'runs:status': { experimentId: number; status: RunStatus; reason?: string };
  'runs:snapshot': { experimentId: number; snapshot: Snapshot };
  /** bytes read so far of `total`, for the import or preview started with this requestId */
  'datasets:importProgress': { requestId: string; bytes: number; total: number };
}

// Every name has a response and a payload type, and nothing else does.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const _responsesCoverCalls: Same<keyof CallResponses, CallName> = true;
export const _payloadsCoverEvents: Same<keyof EventPayloads, EventName> = true;
