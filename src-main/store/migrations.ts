import type Database from 'better-sqlite3';
import { markGeneratedNames } from './mark-generated-names';
import { StoreError } from './store-error';
import { STAMPED_FROM, STAMP_TABLE_SQL, writeStamp } from './schema-stamp';
import { storeDetail } from './store-messages';

/** One step of the schema. `version` is what `PRAGMA user_version` holds once it has run. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** what the step fills in from existing rows, in code, after `sql` and in its transaction */
  fill?: (db: Database.Database) => void;
}

/**
 * Every schema step, in order, numbered from 1 without gaps. Never edit a step that has
 * shipped: add the next one. Times are milliseconds since 1970 (INTEGER), JSON is TEXT.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'datasets, designs, experiments, tags, metrics, metric chunks, checkpoints, models',
    sql: `
      CREATE TABLE datasets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        columns_json TEXT NOT NULL,
        task TEXT NOT NULL CHECK (task IN ('classification', 'regression')),
        row_count INTEGER NOT NULL CHECK (row_count >= 0),
        split_json TEXT NOT NULL,
        x BLOB NOT NULL,
        y BLOB NOT NULL,
        labels BLOB,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE designs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        spec_json TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      -- A dataset used by a run cannot be deleted (RESTRICT): the run could no longer be
      -- reproduced. A design can: the run's config keeps its own copy of the spec.
      CREATE TABLE experiments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        dataset_id INTEGER NOT NULL REFERENCES datasets (id) ON DELETE RESTRICT,
        design_id INTEGER REFERENCES designs (id) ON DELETE SET NULL,
        config_json TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN
          ('queued', 'running', 'paused', 'done', 'stopped', 'failed', 'crashed')),
        reason TEXT,
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER,
        epochs_done INTEGER NOT NULL DEFAULT 0,
        final_metrics_json TEXT,
        notes TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX experiments_by_created ON experiments (created_at);
      CREATE INDEX experiments_by_status ON experiments (status, created_at);
      -- Foreign keys need an index on the child side, or every parent delete scans the table.
      CREATE INDEX experiments_by_dataset ON experiments (dataset_id);
      CREATE INDEX experiments_by_design ON experiments (design_id);

      CREATE TABLE experiment_tags (
        experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        tag TEXT NOT NULL CHECK (length(tag) > 0),
        PRIMARY KEY (experiment_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX experiment_tags_by_tag ON experiment_tags (tag, experiment_id);

      -- Clustered on (experiment, epoch): a run's curve is one contiguous range, in order.
      CREATE TABLE metrics (
        experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        epoch INTEGER NOT NULL,
        step INTEGER NOT NULL,
        loss REAL,
        accuracy REAL,
        val_loss REAL,
        val_accuracy REAL,
        learning_rate REAL,
        millis REAL,
        PRIMARY KEY (experiment_id, epoch)
      ) WITHOUT ROWID;

      -- The same numbers packed: per run, blocks of CHUNK_EPOCHS epochs as float64 columns.
      -- Reading 100 runs × 1,000 epochs as rows costs hundreds of ms in SQLite and the
      -- driver; as 400 blobs, a few. Rebuilt from the rows in the transaction that writes them.
      CREATE TABLE metric_chunks (
        experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        chunk INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (experiment_id, chunk)
      ) WITHOUT ROWID;

      CREATE TABLE checkpoints (
        experiment_id INTEGER PRIMARY KEY REFERENCES experiments (id) ON DELETE CASCADE,
        epoch INTEGER NOT NULL,
        saved_at INTEGER NOT NULL,
        data TEXT NOT NULL
      );

      CREATE TABLE models (
        experiment_id INTEGER PRIMARY KEY REFERENCES experiments (id) ON DELETE CASCADE,
        saved_at INTEGER NOT NULL,
        model_json TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'single-unit designs (McCulloch–Pitts, perceptron, Adaline, MADALINE)',
    // NULL for network designs: only single-unit designs carry these settings.
    sql: 'ALTER TABLE designs ADD COLUMN unit_json TEXT;',
  },
  {
    version: 3,
    name: 'teacher mode: user labs and student progress',
    sql: `
      -- A teacher's own labs: the lab document (the renderer's lab file format) as JSON.
      -- lab_id is the document's own id, unique so progress and lessons can name a lab by it.
      CREATE TABLE user_labs (
        id INTEGER PRIMARY KEY,
        lab_id TEXT NOT NULL UNIQUE,
        based_on TEXT,
        title TEXT NOT NULL,
        document_json TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      -- Keyed by lab id (built-in or user lab) and task id, not by a row id: built-in labs
      -- have no row, and a student's progress should outlive a teacher editing the lab.
      CREATE TABLE progress (
        lab_id TEXT NOT NULL,
        task_id TEXT NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        answer_json TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (lab_id, task_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: "a run's evaluation stored with its model",
    // NULL until judged: runs of older versions and imported models are judged on first
    // request. Saving a new model clears it (models-repo), so it never describes old weights.
    sql: 'ALTER TABLE models ADD COLUMN evaluation_json TEXT;',
  },
  {
    version: 5,
    name: 'the generator and parameters a built-in dataset was drawn with',
    // NULL for files and fixed tables: only generated data can be drawn again (more noise,
    // another size) from the same generator.
    sql: 'ALTER TABLE datasets ADD COLUMN generator_json TEXT;',
  },
  {
    version: STAMPED_FROM,
    name: 'the schema version stamped in a table too (a damaged header shows)',
    sql: STAMP_TABLE_SQL,
  },
  {
    version: 7,
    name: "why a run ended as the engine's code and values, beside its English reason",
    // NULL for runs ended by older versions and for reasons the engine gave no code (a disk
    // fault, a refused start): those rows keep showing their English `reason` as it is.
    sql: 'ALTER TABLE experiments ADD COLUMN reason_detail_json TEXT;',
  },
  {
    version: 8,
    name: "what main made a dataset's name from, when main chose the name",
    // NULL for names a person, a lesson or a file gave, which are shown as they are. Rows of
    // older versions are marked from their names (mark-generated-names.ts says why).
    sql: 'ALTER TABLE datasets ADD COLUMN name_from_json TEXT;',
    fill: markGeneratedNames,
  },
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The database's schema version (`PRAGMA user_version`). */
export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date, each step in its own transaction together with its
 * `user_version`, so a crash between steps leaves a database at a known version.
 * @returns the versions applied, empty when already current
 * @throws StoreError('newer-database') when the file comes from a newer app; nothing is run
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  const current = schemaVersionOf(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) throw newerDatabaseError(current, latest);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.fill?.(db);
      // user_version lives in the file header and is part of the same transaction.
      db.pragma(`user_version = ${migration.version}`);
      if (migration.version >= STAMPED_FROM) writeStamp(db, migration.version);
    })();
    applied.push(migration.version);
  }
  return applied;
}

/** The error for a database written by a newer version of the app.
 * @param file the database file, named in the message when known */
export function newerDatabaseError(found: number, supported: number, file?: string): StoreError {
  return new StoreError(
    'newer-database',
    `the database${file ? ` ${file}` : ''} has schema version ${found}, newer than this app understands (${supported}); ` +
      'it was left untouched — update Neuron Lab to open it',
    file
      ? storeDetail('newerDatabaseFile', { file, found, supported })
      : storeDetail('newerDatabase', { found, supported }),
  );
}
