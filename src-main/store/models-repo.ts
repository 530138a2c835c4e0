import type Database from 'better-sqlite3';
import type { ModelFile } from '../../src-engine/serialize/model-format';

/** The final model of each run, as its model-file JSON. */
export interface ModelsRepo {
  /** Stores (or replaces) the run's model. @throws when the experiment does not exist */
  save(experimentId: number, model: ModelFile): void;
  get(experimentId: number): { savedAt: number; model: ModelFile } | undefined;
}

/** The models repository over an open database. */
export function createModelsRepo(db: Database.Database, now: () => number): ModelsRepo {
  const upsert = db.prepare<[number, number, string]>(`INSERT INTO models
      (experiment_id, saved_at, model_json) VALUES (?, ?, ?)
    ON CONFLICT (experiment_id) DO UPDATE SET
      saved_at = excluded.saved_at, model_json = excluded.model_json`);
  const select = db.prepare<[number], { saved_at: number; model_json: string }>(
    'SELECT saved_at, model_json FROM models WHERE experiment_id = ?',
  );
  return {
    save(experimentId, model) {
      upsert.run(experimentId, now(), JSON.stringify(model));
    },
    get(experimentId) {
      const row = select.get(experimentId);
      return row && { savedAt: row.saved_at, model: JSON.parse(row.model_json) };
    },
  };
}
