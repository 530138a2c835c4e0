import type Database from 'better-sqlite3';
import type { TrainerCheckpoint } from '../../src-engine/train/checkpoint';

/** The latest checkpoint of a run. */
export interface StoredCheckpoint {
  epoch: number;
  savedAt: number;
  checkpoint: TrainerCheckpoint;
}

/** The latest checkpoint per run; saving one replaces the previous. */
export interface CheckpointsRepo {
  /** Replaces the run's checkpoint in one statement, so a crash leaves the old or the new
   * one, never neither. @throws when the experiment does not exist (foreign key) */
  save(experimentId: number, checkpoint: TrainerCheckpoint): void;
  get(experimentId: number): StoredCheckpoint | undefined;
}

/** The checkpoints repository over an open database. */
export function createCheckpointsRepo(db: Database.Database, now: () => number): CheckpointsRepo {
  const upsert = db.prepare<[number, number, number, string]>(`INSERT INTO checkpoints
      (experiment_id, epoch, saved_at, data) VALUES (?, ?, ?, ?)
    ON CONFLICT (experiment_id) DO UPDATE SET
      epoch = excluded.epoch, saved_at = excluded.saved_at, data = excluded.data`);
  const select = db.prepare<[number], { epoch: number; saved_at: number; data: string }>(
    'SELECT epoch, saved_at, data FROM checkpoints WHERE experiment_id = ?',
  );
  return {
    save(experimentId, checkpoint) {
      upsert.run(experimentId, checkpoint.epoch, now(), JSON.stringify(checkpoint));
    },
    get(experimentId) {
      const row = select.get(experimentId);
      return row && { epoch: row.epoch, savedAt: row.saved_at, checkpoint: JSON.parse(row.data) };
    },
  };
}
