import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, type BackupResult } from './backup';
import { createCheckpointsRepo, type CheckpointsRepo } from './checkpoints-repo';
import { createCompareExperiments, type ComparedExperiment } from './compare-experiments';
import { DATABASE_FILE } from './data-dir';
import { createDatasetsRepo, type DatasetsRepo } from './datasets-repo';
import { createDesignsRepo, type DesignsRepo } from './designs-repo';
import { createExperimentsRepo, type ExperimentsRepo } from './experiments-repo';
import { markInterruptedRuns } from './interrupted-runs';
import { createListExperiments, type ListExperimentsOptions } from './list-experiments';
import { createMetricsRepo, type MetricsRepo } from './metrics-repo';
import { createModelsRepo, type ModelsRepo } from './models-repo';
import { openDatabase } from './open-database';
import { setAsideDatabase } from './set-aside';
import { StoreError } from './store-error';
import { describeFileError } from '../files/file-error';
import { createProgressRepo, type ProgressRepo } from './progress-repo';
import type { ExperimentSummary } from './records';
import { createUserLabsRepo, type UserLabsRepo } from './user-labs-repo';
import { withCause } from './store-cause';
import { storeDetail } from './store-messages';

/** Where the store keeps its file, and the clock it stamps rows with. */
export interface StoreOptions {
  /** the data folder; created if missing (see defaultDataDir) */
  dataDir: string;
  /** milliseconds since 1970; tests pass a fixed clock */
  now?: () => number;
}

/** The experiment store: one SQLite file and the repositories over it. */
export interface Store {
  /** the database file's path */
  readonly file: string;
  /** a message for the person when something happened on opening (a damaged file set
   * aside, naming the file kept); undefined otherwise */
  readonly notice: string | undefined;
  /** the connection, for services that need a query of their own */
  readonly db: Database.Database;
  readonly datasets: DatasetsRepo;
  readonly designs: DesignsRepo;
  readonly experiments: ExperimentsRepo;
  readonly metrics: MetricsRepo;
  readonly checkpoints: CheckpointsRepo;
  readonly models: ModelsRepo;
  /** teacher mode: the teacher's own labs */
  readonly userLabs: UserLabsRepo;
  /** teacher mode: the student's tasks done and answers */
  readonly progress: ProgressRepo;
  /** Runs `work` in one transaction (nested calls join it): all of its writes or none.
   * @returns what `work` returns @throws whatever `work` throws, after rolling back */
  transaction<T>(work: () => T): T;
  /** Each run's record and curves, in the order of `ids`. @throws ('not-found') */
  compareExperiments(ids: readonly number[]): ComparedExperiment[];
  /** Runs with their dataset and design names, filtered and sorted. */
  listExperiments(options?: ListExperimentsOptions): ExperimentSummary[];
  /** Online backup to `file`, checked before it is put in place. See backupDatabase. */
  backupTo(file: string): Promise<BackupResult>;
  /** Runs a previous session left running or paused become 'crashed'. @returns their ids */
  markInterruptedRuns(): number[];
  /** Closes the database (checkpointing the WAL into the file). */
  close(): void;
}

/**
 * Opens the store in `dataDir/neuron-lab.db`: WAL mode, foreign keys on, schema migrated.
 * A damaged file is renamed aside and a fresh one created (see `notice`).
 * @throws StoreError('newer-database') for a file from a newer app (left untouched);
 *   StoreError('unavailable') when the file cannot be opened (locked, no permission)
 */
export function openStore(options: StoreOptions): Store {
  const now = options.now ?? Date.now;
  try {
    fs.mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    const why = describeFileError(error, options.dataDir, 'make the folder');
    throw new StoreError(
      'unavailable',
      `the data folder cannot be made: ${why}`,
      withCause(storeDetail('dataFolder', { why }), error, options.dataDir),
    );
  }
  const file = path.join(options.dataDir, DATABASE_FILE);
  let { db, notice } = openDatabase(file, now);
  let repos: ReturnType<typeof createRepos>;
  try {
    repos = createRepos(db, now);
  } catch (error) {
    // sound to SQLite, but its tables are not the lab's (a damaged schema): set it aside too
    if ((error as { code?: unknown }).code !== 'SQLITE_ERROR') throw error;
    db.close();
    const kept = setAsideDatabase(file, now(), 'corrupt');
    const fresh = openDatabase(file, now);
    db = fresh.db;
    notice = [
      notice,
      `The experiment database was damaged (its tables are not the lab's: ${(error as Error).message}). It was kept as ${kept} and a new, empty database was started.`,
      fresh.notice,
    ]
      .filter(Boolean)
      .join(' ');
    repos = createRepos(db, now);
  }
  return {
    file,
    notice,
    db,
    ...repos,
    transaction: (work) => db.transaction(work)(),
    compareExperiments: createCompareExperiments(db),
    listExperiments: createListExperiments(db),
    backupTo: (target) => backupDatabase(db, target),
    markInterruptedRuns: () => markInterruptedRuns(db, now()),
    close: () => db.close(),
  };
}

/** The repositories over an open database; preparing their statements checks its tables.
 * @throws SqliteError ('SQLITE_ERROR') when a table or column they use is not there */
function createRepos(db: Database.Database, now: () => number) {
  return {
    datasets: createDatasetsRepo(db, now),
    designs: createDesignsRepo(db, now),
    experiments: createExperimentsRepo(db, now),
    metrics: createMetricsRepo(db),
    checkpoints: createCheckpointsRepo(db, now),
    models: createModelsRepo(db, now),
    userLabs: createUserLabsRepo(db, now),
    progress: createProgressRepo(db, now),
  };
}
