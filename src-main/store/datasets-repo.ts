import type Database from 'better-sqlite3';
import { toBlob, toFloat32, toInt32 } from './blobs';
import { datasetHash } from './dataset-hash';
import type { DatasetInput, DatasetRecord, DatasetSummary } from './records';
import { StoreError } from './store-error';
import { notFoundDetail, storeDetail } from './store-messages';

const SUMMARY_COLUMNS = `id, name, content_hash, source, columns_json, task, row_count,
  split_json, generator_json, name_from_json, created_at`;

interface SummaryRow {
  id: number;
  name: string;
  content_hash: string;
  source: string;
  columns_json: string;
  task: DatasetInput['task'];
  row_count: number;
  split_json: string;
  generator_json: string | null;
  name_from_json: string | null;
  created_at: number;
}

interface FullRow extends SummaryRow {
  x: Buffer;
  y: Buffer;
  labels: Buffer | null;
}

/** A stored dataset without its inputs and targets. */
export interface DatasetOutline extends DatasetSummary {
  /** numbers per row of x and of y */
  inputs: number;
  outputs: number;
  labels?: Int32Array;
}

/** Datasets, stored once each by content hash. */
export interface DatasetsRepo {
  /**
   * Stores a dataset unless the same content is already there.
   * @returns the stored dataset's summary and whether this call created it
   * @throws StoreError('invalid') when the arrays do not match `rowCount`
   */
  add(input: DatasetInput): { dataset: DatasetSummary; created: boolean };
  /** The dataset with its arrays, or undefined. */
  get(id: number): DatasetRecord | undefined;
  /** The dataset without its inputs and targets (megabytes for digits): the sizes of a row,
   * and the class of each row for classification. Undefined when there is none. */
  outline(id: number): DatasetOutline | undefined;
  /** The dataset with this content hash, without arrays, or undefined. */
  findByHash(hash: string): DatasetSummary | undefined;
  /** Every dataset without arrays, newest first. */
  list(): DatasetSummary[];
  /** @throws StoreError('conflict') while an experiment uses it; ('not-found') */
  delete(id: number): void;
  /** Gives it another name (names need not be unique), which is then the person's own, not
   * main's (`nameFrom` is dropped). @throws ('not-found') */
  rename(id: number, name: string): DatasetSummary;
  /** How many experiments were trained on it (a dataset in use cannot be deleted). */
  usedBy(id: number): number;
}

/** The datasets repository over an open database. */
export function createDatasetsRepo(db: Database.Database, now: () => number): DatasetsRepo {
  const insert = db.prepare(`INSERT INTO datasets (name, content_hash, source, columns_json,
      task, row_count, split_json, generator_json, name_from_json, x, y, labels, created_at)
    VALUES (@name, @hash, @source, @columns, @task, @rowCount, @split, @generator, @nameFrom,
      @x, @y, @labels, @now)
    ON CONFLICT (content_hash) DO NOTHING`);
  const byId = db.prepare<[number], FullRow>(
    `SELECT ${SUMMARY_COLUMNS}, x, y, labels FROM datasets WHERE id = ?`,
  );
  // length() of a blob is read from its header: the inputs themselves are never loaded
  const outlineById = db.prepare<
    [number],
    SummaryRow & { x_bytes: number; y_bytes: number; labels: Buffer | null }
  >(
    `SELECT ${SUMMARY_COLUMNS}, length(x) AS x_bytes, length(y) AS y_bytes, labels
      FROM datasets WHERE id = ?`,
  );
  const byHash = db.prepare<[string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM datasets WHERE content_hash = ?`,
  );
  const all = db.prepare<[], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM datasets ORDER BY created_at DESC, id DESC`,
  );
  const remove = db.prepare<[number]>('DELETE FROM datasets WHERE id = ?');
  // a name given is the person's, even one that reads like main's: main no longer chose it
  const setName = db.prepare<[string, number]>(
    'UPDATE datasets SET name = ?, name_from_json = NULL WHERE id = ?',
  );
  const summaryById = db.prepare<[number], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM datasets WHERE id = ?`,
  );
  const experimentsOf = db
    .prepare<[number], number>('SELECT count(*) FROM experiments WHERE dataset_id = ?')
    .pluck();

  return {
    add(input) {
      checkShapes(input);
      const hash = datasetHash(input);
      const { changes } = insert.run({
        name: input.name,
        hash,
        source: input.source,
        columns: JSON.stringify(input.columns),
        task: input.task,
        rowCount: input.rowCount,
        split: JSON.stringify(input.split),
        generator: input.generator ? JSON.stringify(input.generator) : null,
        nameFrom: input.nameFrom ? JSON.stringify(input.nameFrom) : null,
        x: toBlob(input.x),
        y: toBlob(input.y),
        labels: input.labels ? toBlob(input.labels) : null,
        now: now(),
      });
      return { dataset: toSummary(byHash.get(hash)!), created: changes === 1 };
    },
    get(id) {
      const row = byId.get(id);
      if (!row) return undefined;
      return {
        ...toSummary(row),
        x: toFloat32(row.x),
        y: toFloat32(row.y),
        ...(row.labels ? { labels: toInt32(row.labels) } : {}),
      };
    },
    outline(id) {
      const row = outlineById.get(id);
      if (!row) return undefined;
      const m = row.row_count;
      return {
        ...toSummary(row),
        inputs: m > 0 ? row.x_bytes / 4 / m : 0,
        outputs: m > 0 ? row.y_bytes / 4 / m : 0,
        ...(row.labels ? { labels: toInt32(row.labels) } : {}),
      };
    },
    findByHash(hash) {
      const row = byHash.get(hash);
      return row && toSummary(row);
    },
    list: () => all.all().map(toSummary),
    delete(id) {
      let changes: number;
      try {
        ({ changes } = remove.run(id));
      } catch (error) {
        // RESTRICT reports a plain SQLITE_CONSTRAINT; the message says which kind.
        if (/FOREIGN KEY/.test((error as Error).message)) {
          throw new StoreError(
            'conflict',
            `dataset ${id} is used by experiments; delete them first`,
            storeDetail('datasetInUse', { id }),
          );
        }
        throw error;
      }
      if (changes === 0)
        throw new StoreError('not-found', `no dataset ${id}`, notFoundDetail('dataset', id));
    },
    rename(id, name) {
      const trimmed = name.trim();
      if (!trimmed)
        throw new StoreError(
          'invalid',
          'a dataset needs a name',
          storeDetail('needsName.dataset', {}),
        );
      if (setName.run(trimmed, id).changes === 0) {
        throw new StoreError('not-found', `no dataset ${id}`, notFoundDetail('dataset', id));
      }
      return toSummary(summaryById.get(id)!);
    },
    usedBy: (id) => experimentsOf.get(id) ?? 0,
  };
}

function toSummary(row: SummaryRow): DatasetSummary {
  return {
    id: row.id,
    name: row.name,
    hash: row.content_hash,
    source: row.source,
    columns: JSON.parse(row.columns_json),
    task: row.task,
    rowCount: row.row_count,
    split: JSON.parse(row.split_json),
    ...(row.generator_json ? { generator: JSON.parse(row.generator_json) } : {}),
    ...(row.name_from_json ? { nameFrom: JSON.parse(row.name_from_json) } : {}),
    createdAt: row.created_at,
  };
}

function checkShapes(input: DatasetInput): void {
  const m = input.rowCount;
  const whole = (n: number) => (m === 0 ? n === 0 : n % m === 0);
  if (!Number.isInteger(m) || m < 0) {
    throw new StoreError(
      'invalid',
      `dataset '${input.name}': row count must be a whole number ≥ 0`,
      storeDetail('rowCount', { name: input.name }),
    );
  }
  if (!whole(input.x.length) || !whole(input.y.length)) {
    throw new StoreError(
      'invalid',
      `dataset '${input.name}': x (${input.x.length}) and y (${input.y.length}) must hold ` +
        `${m} rows each`,
      storeDetail('rowsMismatch', {
        name: input.name,
        x: input.x.length,
        y: input.y.length,
        rows: m,
      }),
    );
  }
  if (input.labels && input.labels.length !== m) {
    throw new StoreError(
      'invalid',
      `dataset '${input.name}': ${input.labels.length} labels for ${m} rows`,
      storeDetail('labelsMismatch', { name: input.name, labels: input.labels.length, rows: m }),
    );
  }
}
