/** Characters that make a spreadsheet read a text cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Numbers are written as numbers (NaN and ±Infinity, which a spreadsheet
 * cannot read, as an empty cell). Text that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading apostrophe, which spreadsheets
 * show as text; text holding the delimiter, a quote or a line break is quoted (RFC 4180).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: comma-separated, CRLF line ends (RFC 4180), header first. */
export function csvText(rows: Iterable<ReadonlyArray<string | number | null | undefined>>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
