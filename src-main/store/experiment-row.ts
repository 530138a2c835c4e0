import type { ExperimentRecord, RunStatus } from './records';

/** An experiments row as SQLite returns it; `tags_json` comes from a subquery. */
export interface ExperimentRow {
  id: number;
  name: string;
  dataset_id: number;
  design_id: number | null;
  config_json: string;
  status: RunStatus;
  reason: string | null;
  reason_detail_json: string | null;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  epochs_done: number;
  final_metrics_json: string | null;
  notes: string;
  tags_json: string;
}

/** The SELECT list that yields an ExperimentRow from `experiments AS e`. */
export const EXPERIMENT_COLUMNS = `e.id, e.name, e.dataset_id, e.design_id, e.config_json,
  e.status, e.reason, e.reason_detail_json, e.created_at, e.started_at, e.finished_at, e.epochs_done,
  e.final_metrics_json, e.notes,
  (SELECT coalesce(json_group_array(tag), '[]') FROM
    (SELECT tag FROM experiment_tags t WHERE t.experiment_id = e.id ORDER BY tag)) AS tags_json`;

/** The record of a row, without its config (which lists leave out). */
export function toExperimentFields(row: ExperimentRow): Omit<ExperimentRecord, 'config'> {
  return {
    id: row.id,
    name: row.name,
    datasetId: row.dataset_id,
    designId: row.design_id,
    status: row.status,
    reason: row.reason,
    ...(row.reason_detail_json !== null && { reasonDetail: JSON.parse(row.reason_detail_json) }),
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    epochsDone: row.epochs_done,
    finalMetrics: row.final_metrics_json === null ? null : JSON.parse(row.final_metrics_json),
    notes: row.notes,
    tags: JSON.parse(row.tags_json),
  };
}

/** The full record of a row. */
export function toExperimentRecord(row: ExperimentRow): ExperimentRecord {
  return { ...toExperimentFields(row), config: JSON.parse(row.config_json) };
}
