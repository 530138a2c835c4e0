/** Cells meaning "no value", compared case-insensitively after trimming: empty, NA, N/A, NaN,
 * ?, null and Excel's #N/A. */
const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', '?', 'null', '#n/a']);

/** True when a (trimmed) cell stands for a missing value. */
export function isMissing(cell: string): boolean {
  return cell.length <= 4 && MISSING_TOKENS.has(cell.toLowerCase());
}
