import type { ResolvedColumn } from './column-choice';
import { categoryCounts, compareCategories } from './column-stats';
import type { MissingPlan } from './missing-values';

/**
 * A categorical column's categories present in the kept rows, in category order (numbers by
 * value, then text by code point). A category only in dropped rows is left out (it would be
 * an input that is always 0); a filled-in value is included.
 */
export function sortedCategories(column: ResolvedColumn, plan: MissingPlan): string[] {
  const present = new Set(categoryCounts(column.data, plan.rows).keys());
  const fill = plan.fills.get(column.index);
  if (typeof fill === 'string') present.add(fill);
  return [...present].sort(compareCategories);
}
