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

/** A byte count for a message: "512 MB", "3.5 KB", "12 bytes" (binary units, as file managers). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${units[unit]}`;
}

/** A count with thousands separators, fixed to English so messages do not depend on locale. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
