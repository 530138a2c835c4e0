import type Database from 'better-sqlite3';
import type { ModelFile } from '../../src-engine/serialize/model-format';
import { evaluationFromJson, evaluationToJson, type StoredEvaluation } from './evaluation-json';

/** The final model of each run, as its model-file JSON, and its evaluation once judged. */
export interface ModelsRepo {
  /** Stores (or replaces) the run's model, with its evaluation when given; replacing a model
   * drops the old model's evaluation. @throws when the experiment does not exist */
  save(experimentId: number, model: ModelFile, evaluation?: StoredEvaluation): void;
  get(experimentId: number): { savedAt: number; model: ModelFile } | undefined;
  /** Whether the run has a stored model (without reading it: it can be megabytes). */
  has(experimentId: number): boolean;
  /** The stored model's evaluation, or undefined when it has not been judged yet. */
  evaluation(experimentId: number): StoredEvaluation | undefined;
  /** Stores the evaluation of the run's model. @returns false when there is no model */
  saveEvaluation(experimentId: number, evaluation: StoredEvaluation): boolean;
}

/** The models repository over an open database. */
export function createModelsRepo(db: Database.Database, now: () => number): ModelsRepo {
  const upsert = db.prepare<[number, number, string, string | null]>(`INSERT INTO models
      (experiment_id, saved_at, model_json, evaluation_json) VALUES (?, ?, ?, ?)
    ON CONFLICT (experiment_id) DO UPDATE SET saved_at = excluded.saved_at,
      model_json = excluded.model_json, evaluation_json = excluded.evaluation_json`);
  const select = db.prepare<[number], { saved_at: number; model_json: string }>(
    'SELECT saved_at, model_json FROM models WHERE experiment_id = ?',
  );
  const exists = db.prepare<[number], { one: number }>(
    'SELECT 1 AS one FROM models WHERE experiment_id = ?',
  );
  const selectEvaluation = db.prepare<[number], { evaluation_json: string | null }>(
    'SELECT evaluation_json FROM models WHERE experiment_id = ?',
  );
  const updateEvaluation = db.prepare<[string, number]>(
    'UPDATE models SET evaluation_json = ? WHERE experiment_id = ?',
  );
  return {
    save(experimentId, model, evaluation) {
      upsert.run(
        experimentId,
        now(),
        JSON.stringify(model),
        evaluation ? evaluationToJson(evaluation) : null,
      );
    },
    get(experimentId) {
      const row = select.get(experimentId);
      return row && { savedAt: row.saved_at, model: JSON.parse(row.model_json) };
    },
    has: (experimentId) => exists.get(experimentId) !== undefined,
    evaluation(experimentId) {
      const text = selectEvaluation.get(experimentId)?.evaluation_json;
      return text ? evaluationFromJson(text) : undefined;
    },
    saveEvaluation(experimentId, evaluation) {
      return updateEvaluation.run(evaluationToJson(evaluation), experimentId).changes > 0;
    },
  };
}
