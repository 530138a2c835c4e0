/** Ceilings an import refuses to pass, so a wrong or hostile file fails fast and clearly. */
export interface ImportLimits {
  /** file size in bytes */
  maxBytes: number;
  /** data rows (the header is not counted) */
  maxRows: number;
  maxColumns: number;
  /** characters in one cell */
  maxCellChars: number;
  /** distinct values kept per categorical column; past it the column can only be ignored */
  maxCategories: number;
}

/** Defaults sized for a teaching lab: large enough for real tables, small enough for RAM. */
export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxBytes: 200 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 2_000,
  maxCellChars: 10_000,
  maxCategories: 1_000,
});

/** The defaults with the caller's overrides applied. */
export function resolveLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...overrides };
}

export { formatBytes } from '../files/format-bytes';

/** A count with thousands separators, fixed to English so messages do not depend on locale. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
