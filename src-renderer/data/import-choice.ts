/**
 * What the Data view sends about a previewed file's columns: roles, the types that differ from
 * the importer's, the missing-value policy and the task (when the person chose one). The same
 * choice asks for the report (datasets:plan) and imports (datasets:import), so the report
 * shown is the import that follows.
 */
import type { ColumnRole } from '../../src-main/contract/column-role';
import { i18n } from '../i18n';
import type { DatasetPreview } from '../../src-main/contract/types';

export type { ColumnRole };
export type ColumnType = 'numeric' | 'categorical';
export type Task = 'classification' | 'regression';

/** Every missing-value policy (its words are `data.choices.policy.<policy>` messages). */
export const MISSING_POLICIES = ['drop', 'mean', 'median', 'mode', 'error'] as const;

export type MissingPolicy = (typeof MISSING_POLICIES)[number];

/** The columns' part of a datasets:plan or datasets:import request. */
export interface ImportChoice {
  roles: { column: string; role: ColumnRole }[];
  types: { column: string; type: ColumnType }[];
  missing: MissingPolicy;
  task?: Task;
}

/**
 * The choice as the backend takes it.
 * @param task null: as the data says (text → classification, numbers → regression)
 */
export function importChoice(
  preview: DatasetPreview,
  roles: readonly ColumnRole[],
  types: readonly ColumnType[],
  missing: MissingPolicy,
  task: Task | null,
): ImportChoice {
  return {
    roles: preview.columns.map((c, i) => ({ column: c.name, role: roles[i] })),
    types: preview.columns
      .map((c, i) => ({ column: c.name, type: types[i] }))
      .filter((t, i) => t.type !== preview.columns[i].type),
    missing,
    ...(task ? { task } : {}),
  };
}

/** The default roles: every column an input, the last one the target (the importer's rule). */
export function defaultRoles(columns: number): ColumnRole[] {
  return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? 'target' : 'input'));
}

/**
 * The roles after setting column `index` to `role`. One target per dataset: a new target
 * makes the old one an input, and `note` says so (a change the person did not make directly).
 * @param names the columns' names, for the note
 */
export function withRole(
  roles: readonly ColumnRole[],
  index: number,
  role: ColumnRole,
  names: readonly string[],
): { roles: ColumnRole[]; note: string | null } {
  const next = [...roles];
  let note: string | null = null;
  const old = next.indexOf('target');
  if (role === 'target' && old >= 0 && old !== index) {
    next[old] = 'input';
    note = i18n.global.t('data.choices.oldTargetNowInput', {
      name: names[old] ?? i18n.global.t('data.choices.theOldTarget'),
    });
  }
  next[index] = role;
  return { roles: next, note };
}

/** Why these roles cannot be imported (said before Import, which waits), or null. */
export function rolesProblem(roles: readonly ColumnRole[]): string | null {
  if (!roles.includes('target')) {
    return i18n.global.t('data.choices.noTarget');
  }
  if (!roles.includes('input')) return i18n.global.t('data.choices.noInput');
  return null;
}
