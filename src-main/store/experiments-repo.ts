import type Database from 'better-sqlite3';
import { EXPERIMENT_COLUMNS, toExperimentRecord, type ExperimentRow } from './experiment-row';
import { ENDED_STATUSES } from '../contract/run-status';
import type { ErrorDetail } from '../contract/result';
import type { ExperimentConfig, ExperimentRecord, FinalMetrics, RunStatus } from './records';
import { StoreError } from './store-error';
import { recordLookup } from './record-lookup';
import { notFoundDetail, storeDetail } from './store-messages';

/** Entering an ended status sets `finishedAt`. */
const FINISHED = ENDED_STATUSES;

/** How a run ended: the metrics it reached and why it stopped (English, and the engine's
 * code and values when it gave them). */
export interface RunFinal {
  finalMetrics?: FinalMetrics;
  reason?: string | null;
  reasonDetail?: ErrorDetail;
}

/** What a new experiment needs. */
export interface NewExperiment {
  name: string;
  datasetId: number;
  designId?: number | null;
  config: ExperimentConfig;
}

/** Experiments: their config, status, timing, notes and tags. */
export interface ExperimentsRepo {
  /**
   * Adds a queued experiment.
   * @throws StoreError('not-found') for an unknown dataset or design; ('invalid') when
   *   `config.datasetHash` is not that dataset's hash (the run could not be reproduced)
   */
  create(input: NewExperiment): ExperimentRecord;
  /** Everything needed to reproduce the run (config with spec, seed, dataset hash), or
   * undefined. */
  get(id: number): ExperimentRecord | undefined;
  /**
   * Moves a run to a status. `running` sets `startedAt` the first time; a finished status
   * (done, stopped, failed, crashed) sets `finishedAt`, any other clears it.
   * A new status replaces the reason and its detail (none when not given).
   * @throws StoreError('invalid') for an unknown status (the CHECK constraint); ('not-found')
   */
  setStatus(
    id: number,
    status: RunStatus,
    reason?: string | null,
    reasonDetail?: ErrorDetail,
  ): ExperimentRecord;
  /** Sets a finished status, its reason and the final metrics in one transaction. */
  finish(id: number, status: RunStatus, final: RunFinal): ExperimentRecord;
  /** Sets the final metrics alone (an imported model's, once it has been judged). */
  setFinalMetrics(id: number, finalMetrics: FinalMetrics): ExperimentRecord;
  /** Replaces the config of a run whose settings changed while it trained (keep running).
   * @throws StoreError('invalid') when the dataset hash changes; ('not-found') */
  setConfig(id: number, config: ExperimentConfig): ExperimentRecord;
  rename(id: number, name: string): ExperimentRecord;
  setNotes(id: number, notes: string): ExperimentRecord;
  /** Adds a tag; adding one it already has does nothing. */
  addTag(id: number, tag: string): ExperimentRecord;
  removeTag(id: number, tag: string): ExperimentRecord;
  /** Deletes the run with its tags, metrics, checkpoint and model. @throws ('not-found') */
  delete(id: number): void;
}

/** The experiments repository over an open database. */
export function createExperimentsRepo(db: Database.Database, now: () => number): ExperimentsRepo {
  const insert = db.prepare(`INSERT INTO experiments
      (name, dataset_id, design_id, config_json, created_at)
    VALUES (@name, @datasetId, @designId, @config, @now)`);
  const byId = db.prepare<[number], ExperimentRow>(
    `SELECT ${EXPERIMENT_COLUMNS} FROM experiments e WHERE e.id = ?`,
  );
  const datasetHashOf = db.prepare<[number], { content_hash: string }>(
    'SELECT content_hash FROM datasets WHERE id = ?',
  );
  const designExists = db.prepare<[number], { id: number }>('SELECT id FROM designs WHERE id = ?');
  const setStatusSql = db.prepare(`UPDATE experiments SET status = @status, reason = @reason,
      reason_detail_json = @detail,
      started_at = CASE WHEN @status = 'running' THEN coalesce(started_at, @now)
        ELSE started_at END,
      finished_at = CASE WHEN @status IN (${FINISHED.map((s) => `'${s}'`).join(', ')})
        THEN @now ELSE NULL END
    WHERE id = @id`);
  const setFinal = db.prepare<[string | null, number]>(
    'UPDATE experiments SET final_metrics_json = ? WHERE id = ?',
  );
  const setName = db.prepare<[string, number]>('UPDATE experiments SET name = ? WHERE id = ?');
  const setConfigSql = db.prepare<[string, number]>(
    'UPDATE experiments SET config_json = ? WHERE id = ?',
  );
  const setNotesSql = db.prepare<[string, number]>('UPDATE experiments SET notes = ? WHERE id = ?');
  const insertTag = db.prepare<[number, string]>(
    'INSERT OR IGNORE INTO experiment_tags (experiment_id, tag) VALUES (?, ?)',
  );
  const deleteTag = db.prepare<[number, string]>(
    'DELETE FROM experiment_tags WHERE experiment_id = ? AND tag = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM experiments WHERE id = ?');

  const { get, mustGet } = recordLookup(byId, toExperimentRecord, 'experiment');
  const setStatus = (
    id: number,
    status: RunStatus,
    reason: string | null = null,
    reasonDetail?: ErrorDetail,
  ) => {
    const detail = reasonDetail ? JSON.stringify(reasonDetail) : null;
    try {
      setStatusSql.run({ id, status, reason, detail, now: now() });
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_CHECK') {
        throw new StoreError(
          'invalid',
          `'${status}' is not a run status`,
          storeDetail('notARunStatus', { status }),
        );
      }
      throw error;
    }
    return mustGet(id);
  };

  return {
    create(input) {
      const dataset = datasetHashOf.get(input.datasetId);
      if (!dataset)
        throw new StoreError(
          'not-found',
          `no dataset ${input.datasetId}`,
          notFoundDetail('dataset', input.datasetId),
        );
      if (dataset.content_hash !== input.config.datasetHash) {
        throw new StoreError(
          'invalid',
          `the config's dataset hash does not match dataset ${input.datasetId}`,
          storeDetail('datasetHashMismatch', { id: input.datasetId }),
        );
      }
      const designId = input.designId ?? null;
      if (designId !== null && !designExists.get(designId)) {
        throw new StoreError(
          'not-found',
          `no design ${designId}`,
          notFoundDetail('design', designId),
        );
      }
      const { lastInsertRowid } = insert.run({
        name: input.name,
        datasetId: input.datasetId,
        designId,
        config: JSON.stringify(input.config),
        now: now(),
      });
      return mustGet(Number(lastInsertRowid));
    },
    get,
    setStatus,
    finish: db.transaction((id: number, status: RunStatus, final: RunFinal) => {
      setStatus(id, status, final.reason, final.reasonDetail);
      setFinal.run(final.finalMetrics ? JSON.stringify(final.finalMetrics) : null, id);
      return mustGet(id);
    }),
    setFinalMetrics(id, finalMetrics) {
      setFinal.run(JSON.stringify(finalMetrics), id);
      return mustGet(id);
    },
    setConfig(id, config) {
      if (mustGet(id).config.datasetHash !== config.datasetHash) {
        throw new StoreError(
          'invalid',
          `experiment ${id}'s dataset cannot change`,
          storeDetail('datasetFixed', { id }),
        );
      }
      setConfigSql.run(JSON.stringify(config), id);
      return mustGet(id);
    },
    rename(id, name) {
      setName.run(name, id);
      return mustGet(id);
    },
    setNotes(id, notes) {
      setNotesSql.run(notes, id);
      return mustGet(id);
    },
    addTag(id, tag) {
      const clean = tag.trim();
      if (!clean)
        throw new StoreError('invalid', 'a tag cannot be empty', storeDetail('emptyTag', {}));
      mustGet(id);
      insertTag.run(id, clean);
      return mustGet(id);
    },
    removeTag(id, tag) {
      deleteTag.run(id, tag.trim());
      return mustGet(id);
    },
    delete(id) {
      // Tags, metrics, checkpoint and model go with it (ON DELETE CASCADE).
      if (remove.run(id).changes === 0)
        throw new StoreError('not-found', `no experiment ${id}`, notFoundDetail('experiment', id));
    },
  };
}
