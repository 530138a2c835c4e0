import type { ColumnData } from './column-data';
import { inferType, type ColumnType } from './column-stats';
import { DatasetImportError, quote } from './import-error';
import { formatCount } from './import-limits';
import type { Table } from './table';
import type { ColumnRole } from '../contract/column-role';

export type { ColumnRole };

/**
 * The caller's choices about columns, keyed by column name. Maps, not objects, so a column
 * named `__proto__` is just a name.
 */
export interface ColumnChoice {
  /** unnamed columns are inputs, except the last one, which is the target unless another is */
  roles?: ReadonlyMap<string, ColumnRole>;
  /**
   * Fixes a column's type instead of inferring it. 'numeric' treats its text cells as missing
   * (the report lists them) and needs at least one number; 'categorical' reads numbers as
   * category names (e.g. classes 0–9).
   */
  types?: ReadonlyMap<string, ColumnType>;
}

/** How a column's type was settled, for the report. */
export type TypeSource = 'chosen' | 'declared' | 'inferred' | 'task';

/** A column with its role and type settled. */
export interface ResolvedColumn {
  data: ColumnData;
  index: number;
  role: ColumnRole;
  type: ColumnType;
  typeSource: TypeSource;
}

/**
 * Settles every column's role and type and checks the choice makes a dataset: names exist,
 * exactly one target, at least one input, numeric columns hold numbers, categorical ones used
 * in the dataset have at most maxCategories values.
 * @throws DatasetImportError 'bad-choice', 'not-a-number' or 'too-many-values'
 */
export function resolveColumns(table: Table, choice: ColumnChoice = {}): ResolvedColumn[] {
  const file = table.source.fileName;
  const names = new Set(table.columns.map((c) => c.name));
  for (const map of [choice.roles, choice.types]) {
    for (const name of map?.keys() ?? []) {
      if (!names.has(name)) {
        throw new DatasetImportError(
          'bad-choice',
          file,
          `there is no column named ${quote(name)}`,
          {},
          { key: 'noSuchColumn', params: { name: quote(name) } },
        );
      }
    }
  }
  const roles = choice.roles ?? new Map<string, ColumnRole>();
  const targetChosen = [...roles.values()].includes('target');
  const last = table.columns.length - 1;
  const columns = table.columns.map((data, index): ResolvedColumn => {
    const role = roles.get(data.name) ?? (index === last && !targetChosen ? 'target' : 'input');
    const chosen = choice.types?.get(data.name);
    const declared = table.declaredTypes?.get(data.name);
    const type = chosen ?? declared ?? inferType(data);
    const typeSource = chosen ? 'chosen' : declared ? 'declared' : 'inferred';
    return { data, index, role, type, typeSource };
  });
  checkRoles(file, columns);
  for (const column of columns) if (column.role !== 'ignored') checkType(file, column);
  return columns;
}

function checkRoles(file: string, columns: readonly ResolvedColumn[]): void {
  const targets = columns.filter((c) => c.role === 'target');
  if (targets.length !== 1) {
    const named = targets.map((c) => quote(c.data.name)).join(', ');
    throw new DatasetImportError(
      'bad-choice',
      file,
      `choose exactly one target column${targets.length > 0 ? `; chosen: ${named}` : ''}`,
      {},
      targets.length > 0 ? { key: 'oneTargetChosen', params: { named } } : { key: 'oneTarget' },
    );
  }
  if (!columns.some((c) => c.role === 'input')) {
    throw new DatasetImportError(
      'bad-choice',
      file,
      'choose at least one input column',
      {},
      { key: 'oneInput' },
    );
  }
}

function checkType(file: string, { data, type }: ResolvedColumn): void {
  if (type === 'numeric' && data.firstText && data.numberCells === 0) {
    throw new DatasetImportError(
      'not-a-number',
      file,
      `${quote(data.firstText.value)} is not a number, and neither is any other cell: the column holds no numbers, so it cannot be numeric`,
      { row: data.firstText.row, column: data.name },
      { key: 'noNumbers', params: { value: quote(data.firstText.value) } },
    );
  }
  if (type === 'categorical' && data.overflow) {
    throw new DatasetImportError(
      'too-many-values',
      file,
      `more than ${formatCount(data.texts.length)} distinct values; set it to ignored (or numeric, if it holds numbers)`,
      { column: data.name },
      { key: 'tooManyDistinct', params: { limit: data.texts.length } },
    );
  }
}
