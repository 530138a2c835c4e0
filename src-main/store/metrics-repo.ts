import type Database from 'better-sqlite3';
import type { EpochReport } from '../../src-engine/train/reports';
import { CHUNK_EPOCHS, chunkOf, METRIC_COLUMNS, packChunk, unpackChunks } from './metric-curves';
import type { MetricCurves } from './records';

/** Per-epoch metrics of each run. */
export interface MetricsRepo {
  /**
   * Writes epoch reports in one transaction (one fsync for the batch, not one per epoch) and
   * raises the run's `epochsDone`; the packed chunks the reports fall in are rebuilt from the
   * rows in the same transaction, so the two never disagree. An epoch written again replaces the old row, as when a
   * run resumes from a checkpoint older than its last metrics.
   * @throws when the experiment does not exist (foreign key); nothing is written then
   */
  append(experimentId: number, reports: readonly EpochReport[]): void;
  /** Removes the epochs after `epoch`, e.g. before resuming from a checkpoint taken there. */
  deleteAfter(experimentId: number, epoch: number): void;
  /** The run's metrics in epoch order (read from the packed chunks). */
  curves(experimentId: number): MetricCurves;
}

/** The metrics repository over an open database. */
export function createMetricsRepo(db: Database.Database): MetricsRepo {
  const insert = db.prepare(`INSERT OR REPLACE INTO metrics (experiment_id, ${METRIC_COLUMNS})
    VALUES (@id, @epoch, @step, @loss, @accuracy, @validationLoss, @validationAccuracy,
      @learningRate, @millis)`);
  const raiseEpochs = db.prepare<[number, number]>(
    'UPDATE experiments SET epochs_done = max(epochs_done, ?) WHERE id = ?',
  );
  const truncate = db.prepare<[number, number]>(
    'DELETE FROM metrics WHERE experiment_id = ? AND epoch > ?',
  );
  const lowerEpochs = db.prepare<[number, number]>(
    'UPDATE experiments SET epochs_done = min(epochs_done, ?) WHERE id = ?',
  );
  const rowsOfChunk = db
    .prepare<[number, number, number]>(
      `SELECT ${METRIC_COLUMNS} FROM metrics
       WHERE experiment_id = ? AND epoch >= ? AND epoch < ? ORDER BY epoch`,
    )
    .raw(true);
  const putChunk = db.prepare<[number, number, Buffer]>(
    'INSERT OR REPLACE INTO metric_chunks (experiment_id, chunk, data) VALUES (?, ?, ?)',
  );
  const dropChunk = db.prepare<[number, number]>(
    'DELETE FROM metric_chunks WHERE experiment_id = ? AND chunk = ?',
  );
  const dropChunksAfter = db.prepare<[number, number]>(
    'DELETE FROM metric_chunks WHERE experiment_id = ? AND chunk > ?',
  );
  const chunks = db
    .prepare<[number]>('SELECT data FROM metric_chunks WHERE experiment_id = ? ORDER BY chunk')
    .pluck();

  /** Re-packs one chunk from the rows, the source of truth (inside the caller's transaction). */
  const repack = (experimentId: number, chunk: number) => {
    const start = chunk * CHUNK_EPOCHS;
    const rows = rowsOfChunk.all(experimentId, start, start + CHUNK_EPOCHS) as unknown[][];
    if (rows.length) putChunk.run(experimentId, chunk, packChunk(rows));
    else dropChunk.run(experimentId, chunk);
  };

  return {
    append: db.transaction((experimentId: number, reports: readonly EpochReport[]) => {
      let last = 0;
      const touched = new Set<number>();
      for (const r of reports) {
        insert.run({
          id: experimentId,
          epoch: r.epoch,
          step: r.step,
          loss: finiteOrNull(r.loss),
          accuracy: finiteOrNull(r.accuracy),
          validationLoss: finiteOrNull(r.validationLoss),
          validationAccuracy: finiteOrNull(r.validationAccuracy),
          learningRate: finiteOrNull(r.learningRate),
          millis: finiteOrNull(r.millis),
        });
        last = Math.max(last, r.epoch);
        touched.add(chunkOf(r.epoch));
      }
      for (const chunk of touched) repack(experimentId, chunk);
      raiseEpochs.run(last, experimentId);
    }),
    deleteAfter: db.transaction((experimentId: number, epoch: number) => {
      truncate.run(experimentId, epoch);
      dropChunksAfter.run(experimentId, chunkOf(epoch));
      repack(experimentId, chunkOf(epoch));
      lowerEpochs.run(epoch, experimentId);
    }),
    curves: (experimentId) => unpackChunks(chunks.all(experimentId) as Buffer[]),
  };
}

/** SQLite stores NaN as NULL anyway; a diverged run's Infinity is stored as NULL too, so
 * every stored number is one a chart can draw. */
function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
