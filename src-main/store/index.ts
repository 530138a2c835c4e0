/** The experiment store: import from here. */
export { defaultDataDir, DATABASE_FILE } from './data-dir';
export { datasetHash } from './dataset-hash';
export type { ComparedExperiment } from './compare-experiments';
export type { ExperimentSort, ListExperimentsOptions } from './list-experiments';
export type { NewExperiment } from './experiments-repo';
export type { StoredCheckpoint } from './checkpoints-repo';
export type { BackupResult } from './backup';
export type { ProgressRepo } from './progress-repo';
export { MAX_LAB_ID, type UserLabsRepo } from './user-labs-repo';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations';
export * from './records';
export { openStore, type Store, type StoreOptions } from './store';
export { StoreError, type StoreErrorCode } from './store-error';
export { useSqliteBinding } from './sqlite-binding';
