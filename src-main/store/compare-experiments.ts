import type Database from 'better-sqlite3';
import { EXPERIMENT_COLUMNS, toExperimentRecord, type ExperimentRow } from './experiment-row';
import { unpackChunks } from './metric-curves';
import type { ExperimentRecord, MetricCurves } from './records';
import { StoreError } from './store-error';
import { notFoundDetail } from './store-messages';

/** One run in a comparison: its full record (config, final metrics) and its curves. */
export interface ComparedExperiment {
  experiment: ExperimentRecord;
  curves: MetricCurves;
}

/**
 * Builds the comparison query: given run ids, each run's record and metric curves (in epoch
 * order), in the order of the ids (duplicates once).
 * @throws StoreError('not-found') naming the ids that do not exist
 */
export function createCompareExperiments(
  db: Database.Database,
): (ids: readonly number[]) => ComparedExperiment[] {
  // The ids go in as one JSON array: one prepared statement serves any number of them.
  const runs = db.prepare<[string], ExperimentRow>(
    `SELECT ${EXPERIMENT_COLUMNS} FROM experiments e
     WHERE e.id IN (SELECT value FROM json_each(?))`,
  );
  // The packed chunks (see migrations): one range scan of their primary key per run.
  const chunks = db
    .prepare<[string]>(
      `SELECT experiment_id, data FROM metric_chunks
       WHERE experiment_id IN (SELECT value FROM json_each(?))
       ORDER BY experiment_id, chunk`,
    )
    .raw(true);

  // A read transaction, so records and curves come from the same moment even while a
  // trainer is appending metrics.
  return db.transaction((ids: readonly number[]) => {
    const unique = [...new Set(ids)];
    const json = JSON.stringify(unique);
    const records = new Map<number, ExperimentRecord>();
    for (const row of runs.all(json)) records.set(row.id, toExperimentRecord(row));
    const missing = unique.filter((id) => !records.has(id));
    if (missing.length) {
      const ids = missing.join(', ');
      throw new StoreError('not-found', `no experiment ${ids}`, notFoundDetail('experiment', ids));
    }
    const blobs = new Map<number, Buffer[]>(unique.map((id) => [id, []]));
    for (const [id, data] of chunks.all(json) as [number, Buffer][]) blobs.get(id)!.push(data);
    return unique.map((id) => ({
      experiment: records.get(id)!,
      curves: unpackChunks(blobs.get(id)!),
    }));
  });
}
