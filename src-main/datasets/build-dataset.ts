import {
  binaryDataset,
  oneHotDataset,
  regressionDataset,
} from '../../src-engine/data/build-dataset';
import type { Dataset } from '../../src-engine/data/dataset';
import {
  resolveColumns,
  type ColumnChoice,
  type ColumnRole,
  type ResolvedColumn,
} from './column-choice';
import {
  categoryCounts,
  columnStats,
  compareCategories,
  type ColumnStats,
  type ColumnType,
} from './column-stats';
import { DatasetImportError, quote } from './import-error';
import { planMissing, type MissingPlan, type MissingPolicy } from './missing-values';
import type { Table, TableSource } from './table';

/** The caller's choices: column roles and types, missing values, targets as classes. */
export interface DatasetChoice extends ColumnChoice {
  /** default 'drop' */
  missing?: MissingPolicy;
  /** read a numeric target as class labels (e.g. digits 0–9): classification, not regression */
  targetIsClass?: boolean;
}

/** How one used column became dataset features. */
export type ColumnEncoding =
  | { column: string; kind: 'numeric'; feature: string }
  | { column: string; kind: 'one-hot'; categories: string[]; features: string[] }
  | { column: string; kind: 'classes'; classes: string[] }
  | { column: string; kind: 'regression-target' };

/** A column as the caller sees it after import. */
export interface ColumnInfo {
  name: string;
  index: number;
  type: ColumnType;
  role: ColumnRole;
  stats: ColumnStats;
}

/** An imported dataset: the engine's arrays plus what a person and the store need to know. */
export interface ImportedDataset {
  dataset: Dataset;
  source: TableSource;
  columns: ColumnInfo[];
  /** data rows in the file */
  rows: number;
  /** rows dropped for missing values ('drop') */
  droppedRows: number;
  /** cells filled ('mean') */
  filledCells: number;
  missing: MissingPolicy;
  encodings: ColumnEncoding[];
}

/**
 * Turns a table and the caller's choice into a float32 engine dataset. Numeric inputs are one
 * feature each; categorical inputs are one-hot, one feature per category (`colour=red`, in
 * category order; two categories still give two features, so every category has a weight).
 * A categorical target (or a numeric one with targetIsClass) gives classification with
 * classes in category order: two classes → one 0/1 column (for a sigmoid output, as the
 * engine's binary datasets), more → one-hot. A numeric target gives regression.
 * @throws DatasetImportError for a choice that cannot make a dataset; nothing is half-built
 */
export function buildDataset(table: Table, choice: DatasetChoice = {}): ImportedDataset {
  const file = table.source.fileName;
  const columns = resolveColumns(table, choice);
  const target = columns.find((c) => c.role === 'target')!;
  if (choice.targetIsClass) target.type = 'categorical';
  const inputs = columns.filter((c) => c.role === 'input');
  const missing = choice.missing ?? 'drop';
  const plan = planMissing(file, table.rows, [...inputs, target], missing);
  const m = plan.rows.length;

  const encoders = inputs.map((c) => inputEncoder(c, plan));
  const featureNames = encoders.flatMap((e) => e.features);
  const width = featureNames.length;
  // x: [m, width], filled in doubles and converted to float32 once by the engine's builders
  const x = new Float64Array(m * width);
  let offset = 0;
  for (const encoder of encoders) {
    encoder.write(x, width, offset);
    offset += encoder.features.length;
  }

  const targetEncoding = encodeTarget(file, target, plan, x, width);
  return {
    dataset: targetEncoding.dataset(featureNames),
    source: table.source,
    columns: columns.map((c) => ({
      name: c.data.name,
      index: c.index,
      type: c.type,
      role: c.role,
      stats: columnStats(c.data, c.type),
    })),
    rows: table.rows,
    droppedRows: plan.droppedRows,
    filledCells: plan.filledCells,
    missing,
    encodings: [...encoders.map((e) => e.encoding), targetEncoding.encoding],
  };
}

interface InputEncoder {
  features: string[];
  encoding: ColumnEncoding;
  /** writes this column's features into x: [m, width] at column `offset` */
  write(x: Float64Array, width: number, offset: number): void;
}

function inputEncoder(column: ResolvedColumn, plan: MissingPlan): InputEncoder {
  const { data, index } = column;
  const fill = plan.fills.get(index);
  const rows = plan.rows;
  if (column.type === 'numeric') {
    return {
      features: [data.name],
      encoding: { column: data.name, kind: 'numeric', feature: data.name },
      write(x, width, offset) {
        for (let i = 0; i < rows.length; i++) {
          const v = data.number(rows[i]);
          x[i * width + offset] = Number.isNaN(v) ? (fill as number) : v;
        }
      },
    };
  }
  const categories = sortedCategories(column, plan);
  const features = categories.map((category) => `${data.name}=${category}`);
  const code = new Map(categories.map((category, k) => [category, k]));
  return {
    features,
    encoding: { column: data.name, kind: 'one-hot', categories, features },
    write(x, width, offset) {
      for (let i = 0; i < rows.length; i++) {
        const category = data.category(rows[i]) ?? (fill as string);
        x[i * width + offset + code.get(category)!] = 1;
      }
    },
  };
}

/** Categories present in the kept rows (a category only in dropped rows would be all zeros). */
function sortedCategories(column: ResolvedColumn, plan: MissingPlan): string[] {
  const present = new Set(categoryCounts(column.data, plan.rows).keys());
  const fill = plan.fills.get(column.index);
  if (typeof fill === 'string') present.add(fill);
  return [...present].sort(compareCategories);
}

function encodeTarget(
  file: string,
  target: ResolvedColumn,
  plan: MissingPlan,
  x: Float64Array,
  width: number,
): { dataset: (featureNames: string[]) => Dataset; encoding: ColumnEncoding } {
  const { data } = target;
  const rows = plan.rows;
  const fill = plan.fills.get(target.index);
  if (target.type === 'numeric') {
    const y = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = data.number(rows[i]);
      y[i] = Number.isNaN(v) ? (fill as number) : v;
    }
    return {
      dataset: (names) => regressionDataset(x, y, width, 1, names, [data.name], 'float32'),
      encoding: { column: data.name, kind: 'regression-target' },
    };
  }
  const classes = sortedCategories(target, plan);
  if (classes.length < 2) {
    throw new DatasetImportError(
      'bad-choice',
      file,
      `the target has only one class (${quote(classes[0] ?? '')}); a classifier needs at least two`,
      { column: data.name },
    );
  }
  const code = new Map(classes.map((name, k) => [name, k]));
  const labels = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    labels[i] = code.get(data.category(rows[i]) ?? (fill as string))!;
  }
  const build = classes.length === 2 ? binaryDataset : oneHotDataset;
  return {
    dataset: (names) => build(x, labels, width, names, classes, 'float32'),
    encoding: { column: data.name, kind: 'classes', classes },
  };
}
