import type Database from 'better-sqlite3';
import { EXPERIMENT_COLUMNS, toExperimentFields, type ExperimentRow } from './experiment-row';
import type { ExperimentRecord, ExperimentSummary, GeneratedName, RunStatus } from './records';

/** How to order a list of experiments. */
export type ExperimentSort = 'newest' | 'oldest' | 'name' | 'status' | 'recently-finished';

const ORDER_BY: Record<ExperimentSort, string> = {
  newest: 'e.created_at DESC, e.id DESC',
  oldest: 'e.created_at ASC, e.id ASC',
  name: 'e.name COLLATE NOCASE, e.id',
  status: 'e.status, e.created_at DESC, e.id DESC',
  'recently-finished': 'e.finished_at IS NULL, e.finished_at DESC, e.id DESC',
};

/** Filters of listExperiments; all optional, combined with AND. */
export interface ListExperimentsOptions {
  /** one status or any of several */
  status?: RunStatus | RunStatus[];
  /** runs carrying this tag */
  tag?: string;
  /** text found in the name or the notes, case-insensitive for ASCII letters */
  search?: string;
  sort?: ExperimentSort;
  /** at most this many, default 500 */
  limit?: number;
}

/** The default page size of listExperiments. */
export const DEFAULT_LIST_LIMIT = 500;

interface ListRow extends ExperimentRow {
  dataset_name: string;
  dataset_name_from_json: string | null;
  design_name: string | null;
}

/** The few settings a list shows, from a row's config (none when it has no training part). */
function listedTraining(configJson: string): Pick<ExperimentSummary, 'training'> {
  const training = (JSON.parse(configJson) as Partial<ExperimentRecord['config']>).training;
  if (!training) return {};
  const { optimizer, learningRate, batchSize } = training;
  return { training: { optimizer, learningRate, batchSize } };
}

/** Builds listExperiments: runs with their dataset and design names, filtered and sorted. */
export function createListExperiments(
  db: Database.Database,
): (options?: ListExperimentsOptions) => ExperimentSummary[] {
  // One statement per combination of filters, prepared on first use (at most 2⁴ × 5).
  const statements = new Map<string, Database.Statement<Record<string, unknown>, ListRow>>();

  return (options = {}) => {
    const statuses = options.status === undefined ? [] : [options.status].flat();
    const where: string[] = [];
    if (statuses.length) where.push('e.status IN (SELECT value FROM json_each(@statuses))');
    if (options.tag !== undefined) {
      where.push(
        'EXISTS (SELECT 1 FROM experiment_tags t WHERE t.experiment_id = e.id AND t.tag = @tag)',
      );
    }
    if (options.search) {
      where.push("(e.name LIKE @pattern ESCAPE '\\' OR e.notes LIKE @pattern ESCAPE '\\')");
    }
    const sort = ORDER_BY[options.sort ?? 'newest'] ?? ORDER_BY.newest;
    const sql = `SELECT ${EXPERIMENT_COLUMNS}, d.name AS dataset_name,
      d.name_from_json AS dataset_name_from_json, g.name AS design_name
      FROM experiments e
      JOIN datasets d ON d.id = e.dataset_id
      LEFT JOIN designs g ON g.id = e.design_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${sort} LIMIT @limit`;
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>, ListRow>(sql);
      statements.set(sql, statement);
    }
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIST_LIMIT));
    const params: Record<string, unknown> = { limit };
    if (statuses.length) params.statuses = JSON.stringify(statuses);
    if (options.tag !== undefined) params.tag = options.tag.trim();
    if (options.search) params.pattern = `%${options.search.replace(/[\\%_]/g, '\\$&')}%`;
    return statement.all(params).map((row) => ({
      ...toExperimentFields(row),
      datasetName: row.dataset_name,
      ...(row.dataset_name_from_json
        ? { datasetNameFrom: JSON.parse(row.dataset_name_from_json) as GeneratedName }
        : {}),
      designName: row.design_name,
      ...listedTraining(row.config_json),
    }));
  };
}
