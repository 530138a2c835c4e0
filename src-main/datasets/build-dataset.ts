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
import { columnStats, type ColumnStats, type ColumnType } from './column-stats';
import { sortedCategories } from './categories';
import { checkFloat32Range } from './float32-range';
import { DatasetImportError, quote } from './import-error';
import { importReport, type ImportReport } from './import-report';
import { resolveLimits } from './import-limits';
import { planMissing, type MissingPlan, type MissingPolicy } from './missing-values';
import type { Table, TableSource } from './table';
import { checkClassCount, classHint, settleTask, type SettledTask, type Task } from './target-task';

/** The caller's choices: column roles and types, missing values, the task. */
export interface DatasetChoice extends ColumnChoice {
  /** default 'drop' */
  missing?: MissingPolicy;
  /** default: classification for a target that holds text, regression for numbers */
  task?: Task;
  /** what asked for `task`, for the report (`--task regression`; default: it is `as chosen`) */
  taskAskedBy?: string;
  /** the same as task 'classification' (kept for callers written before `task`) */
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
  /** rows dropped for missing values */
  droppedRows: number;
  /** cells filled */
  filledCells: number;
  missing: MissingPolicy;
  encodings: ColumnEncoding[];
  /** what the import did to the data, in words */
  report: ImportReport;
}

/** Everything settled about an import before its arrays are made. */
export interface ImportPlan {
  columns: ResolvedColumn[];
  inputs: ResolvedColumn[];
  target: ResolvedColumn;
  plan: MissingPlan;
  policy: MissingPolicy;
  task: SettledTask;
  /** categories of each used categorical column (the target's classes), by column index */
  categories: Map<number, string[]>;
  report: ImportReport;
}

/**
 * Settles an import without making its arrays: column roles and types, the task, the rows
 * kept and the values filled, and the report saying all of it. Cheap enough to run on every
 * change of a choice, so a person sees the report before confirming.
 * @throws DatasetImportError for a choice that cannot make a dataset, a value outside the
 *   range of 32-bit floats, or a gap under the missing-value policy 'error'
 */
export function planImport(table: Table, choice: DatasetChoice = {}): ImportPlan {
  const file = table.source.fileName;
  const columns = resolveColumns(table, choice);
  const target = columns.find((c) => c.role === 'target')!;
  const asked = choice.task ?? (choice.targetIsClass ? 'classification' : undefined);
  const task = settleTask(file, target, asked, choice.taskAskedBy);
  const inputs = columns.filter((c) => c.role === 'input');
  const used = [...inputs, target];
  checkFloat32Range(file, used);
  const policy = choice.missing ?? 'drop';
  const plan = planMissing(table, used, policy);
  const limit = resolveLimits().maxCategories;
  const categories = new Map<number, string[]>();
  for (const column of used) {
    if (column.type !== 'categorical') continue;
    const list = sortedCategories(column, plan);
    if (column === target) checkClassCount(file, target, list.length, limit);
    else checkCategoryCount(file, column, list.length, limit);
    categories.set(column.index, list);
  }
  const classes = categories.get(target.index);
  if (task.task === 'classification' && classes && classes.length < 2) {
    throw new DatasetImportError(
      'bad-choice',
      file,
      `the target has only one class (${quote(classes[0] ?? '')}); a classifier needs at least two`,
      { column: target.data.name },
      { key: 'oneClass', params: { value: quote(classes[0] ?? '') } },
    );
  }
  const hint = task.task === 'regression' ? classHint(target, plan.rows) : undefined;
  const report = importReport({ table, columns, plan, policy, task, categories, hint });
  return { columns, inputs, target, plan, policy, task, categories, report };
}

/**
 * Turns a table and the caller's choice into a float32 engine dataset. Numeric inputs are one
 * feature each; categorical inputs are one-hot, one feature per category (`colour=red`, in
 * category order; two categories still give two features, so every category has a weight).
 * Classification gives classes in category order: two classes → one 0/1 column (for a
 * sigmoid output, as the engine's binary datasets; a softmax network gets them as two
 * columns when it trains), more → one-hot. Regression gives the target's numbers.
 * @throws DatasetImportError for a choice that cannot make a dataset; nothing is half-built
 */
export function buildDataset(table: Table, choice: DatasetChoice = {}): ImportedDataset {
  const planned = planImport(table, choice);
  const { inputs, target, plan, categories } = planned;
  const m = plan.rows.length;
  const encoders = inputs.map((c) => inputEncoder(c, plan, categories.get(c.index)));
  const featureNames = encoders.flatMap((e) => e.features);
  const width = featureNames.length;
  // x: [m, width], written once in float32 (every value was checked to fit)
  const x = new Float32Array(m * width);
  let offset = 0;
  for (const encoder of encoders) {
    encoder.write(x, width, offset);
    offset += encoder.features.length;
  }
  const targetEncoding = encodeTarget(target, plan, x, width, categories.get(target.index));
  return {
    dataset: targetEncoding.dataset(featureNames),
    source: table.source,
    columns: planned.columns.map((c) => ({
      name: c.data.name,
      index: c.index,
      type: c.type,
      role: c.role,
      stats: columnStats(c.data, c.type),
    })),
    rows: table.rows,
    droppedRows: plan.droppedRows,
    filledCells: plan.filledCells,
    missing: planned.policy,
    encodings: [...encoders.map((e) => e.encoding), targetEncoding.encoding],
    report: planned.report,
  };
}

function checkCategoryCount(file: string, column: ResolvedColumn, n: number, limit: number) {
  if (n > limit) {
    throw new DatasetImportError(
      'too-many-values',
      file,
      `${n.toLocaleString('en-US')} distinct values are too many categories (at most ${limit.toLocaleString('en-US')}); set it to ignored (or numeric, if it holds numbers)`,
      { column: column.data.name },
      { key: 'tooManyCategories', params: { n, limit } },
    );
  }
}

interface InputEncoder {
  features: string[];
  encoding: ColumnEncoding;
  /** writes this column's features into x: [m, width] at column `offset` */
  write(x: Float32Array, width: number, offset: number): void;
}

function inputEncoder(
  column: ResolvedColumn,
  plan: MissingPlan,
  categories: string[] | undefined,
): InputEncoder {
  const { data, index } = column;
  const fill = plan.fills.get(index);
  const rows = plan.rows;
  if (column.type === 'numeric') {
    return {
      features: [data.name],
      encoding: { column: data.name, kind: 'numeric', feature: data.name },
      write(x, width, offset) {
        const values = data.values;
        const gap = fill === undefined ? NaN : (fill as number);
        for (let i = 0, at = offset; i < rows.length; i++, at += width) {
          const v = values[rows[i]];
          x[at] = v === v ? v : gap;
        }
      },
    };
  }
  const list = categories ?? [];
  const features = list.map((category) => `${data.name}=${category}`);
  const code = new Map(list.map((category, k) => [category, k]));
  return {
    features,
    encoding: { column: data.name, kind: 'one-hot', categories: list, features },
    write(x, width, offset) {
      for (let i = 0; i < rows.length; i++) {
        const category = data.category(rows[i]) ?? (fill as string);
        x[i * width + offset + code.get(category)!] = 1;
      }
    },
  };
}

function encodeTarget(
  target: ResolvedColumn,
  plan: MissingPlan,
  x: Float32Array,
  width: number,
  classes: string[] | undefined,
): { dataset: (featureNames: string[]) => Dataset; encoding: ColumnEncoding } {
  const { data } = target;
  const rows = plan.rows;
  if (target.type === 'numeric') {
    const y = new Float32Array(rows.length);
    for (let i = 0; i < rows.length; i++) y[i] = data.number(rows[i]);
    return {
      dataset: (names) => ({
        ...regressionDataset(new Float32Array(0), y, width, 1, names, [data.name], 'float32'),
        x,
      }),
      encoding: { column: data.name, kind: 'regression-target' },
    };
  }
  const list = classes ?? [];
  const code = new Map(list.map((name, k) => [name, k]));
  const labels = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) labels[i] = code.get(data.category(rows[i])!)!;
  const build = list.length === 2 ? binaryDataset : oneHotDataset;
  return {
    // x is float32 already: keep it rather than have the builder copy it (80 MB for 1M × 20)
    dataset: (names) => ({
      ...build(new Float32Array(0), labels, width, names, list, 'float32'),
      x,
    }),
    encoding: { column: data.name, kind: 'classes', classes: list },
  };
}
