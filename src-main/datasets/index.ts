// The dataset import service: the public surface for handlers, the store and the command line.
export { buildDataset, planImport } from './build-dataset';
export type {
  ColumnEncoding,
  ColumnInfo,
  DatasetChoice,
  ImportedDataset,
  ImportPlan,
} from './build-dataset';
export type { ColumnChoice, ColumnRole } from './column-choice';
export { columnStats, inferType } from './column-stats';
export type { ColumnStats, ColumnType, CategoricalStats, NumericStats } from './column-stats';
export { DatasetImportError } from './import-error';
export type { ImportErrorCode } from './import-error';
export { formatOf, importDataset, readTable } from './import-dataset';
export type { FileFormat, ImportOptions } from './import-dataset';
export { DEFAULT_IMPORT_LIMITS } from './import-limits';
export type { ImportLimits } from './import-limits';
export { MISSING_POLICIES } from './missing-values';
export type { MissingPolicy } from './missing-values';
export type { ColumnReport, ImportReport } from './import-report';
export type { Task } from './target-task';
export type { DelimitedOptions, ProgressCallback, ReadOptions } from './read-options';
export type { Table, TableSource } from './table';
