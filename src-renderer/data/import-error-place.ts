/**
 * Where an import error points, read back from its message. The backend's DatasetImportError
 * phrases every message as `<file>: row 17, column 'age': <detail>` (src-main/datasets/
 * import-error.ts), and a few details name the row themselves (`row 5 has 4 cells, the header
 * has 5`, `a quote opened on row 9 is never closed`). The contract's error carries only code
 * and message, so the place is parsed here.
 */
import { i18n } from '../i18n';

/** A place in the file: `row` as the backend counts it (the file's line, or JSON record). */
export interface ErrorPlace {
  row?: number;
  /** the column name as quoted in the message (cut to 40 characters, ending in `…`) */
  column?: string;
  /** the offending cell's text, when the detail quotes it (`'abc' is not a number`) */
  value?: string;
}

/** Undoes the backend's quote(): `\n`, `\t`, `\r` and `\xNN` escapes. */
function unescape(text: string): string {
  return text.replace(/\\(n|r|t|x[0-9a-f]{2})/g, (_, e: string) =>
    e === 'n'
      ? '\n'
      : e === 'r'
        ? '\r'
        : e === 't'
          ? '\t'
          : String.fromCharCode(parseInt(e.slice(1), 16)),
  );
}

/**
 * Reads row, column and quoted value out of an import error message.
 * @param fileName the file's name as sent, so that a name such as `row 3.csv` is not misread
 */
export function parseErrorPlace(message: string, fileName?: string): ErrorPlace {
  let rest = message;
  if (fileName && rest.startsWith(fileName)) rest = rest.slice(fileName.length).replace(/^:? /, '');
  const place: ErrorPlace = {};
  // The prefix the backend puts before the detail: `row N, column 'X': `, `row N: `, `column 'X': `
  const prefix = /^(?:row (\d+))?(?:, )?(?:column '(.*?)')?: /.exec(rest);
  if (prefix && (prefix[1] || prefix[2] !== undefined)) {
    if (prefix[1]) place.row = Number(prefix[1]);
    if (prefix[2] !== undefined) place.column = unescape(prefix[2]);
    rest = rest.slice(prefix[0].length);
  }
  if (place.row === undefined) {
    const inDetail = /\b(?:row|record) (\d+)\b/.exec(rest);
    if (inDetail) place.row = Number(inDetail[1]);
  }
  const value = /^'(.*)' is not a number/.exec(rest);
  if (value) place.value = unescape(value[1]);
  return place;
}

/** The index of the column a (possibly cut) quoted name stands for, or -1. */
export function columnIndexOf(quoted: string, names: readonly string[]): number {
  const exact = names.indexOf(quoted);
  if (exact >= 0) return exact;
  if (quoted.endsWith('…')) {
    const start = quoted.slice(0, -1);
    return names.findIndex((n) => n.length > 40 && n.startsWith(start));
  }
  return -1;
}

/** What a preview knows about how its file maps to rows. */
export interface PreviewShape {
  columns: readonly { name: string }[];
  firstRows: readonly (readonly (string | null)[])[];
  header: boolean;
  /** null for JSON, whose row N is record N */
  delimiter: string | null;
}

/** A cell of the preview table (0-based), either part -1 when not known or not shown. */
export interface PreviewCell {
  row: number;
  column: number;
}

/**
 * The preview cell an error points to. A quoted value is looked up in its column (the backend
 * names the column's first text cell, so the first match is the one); otherwise the row
 * number is turned into a data row: the line minus the header line (CSV without blank lines
 * or quoted line breaks, which is what a preview of 50 rows nearly always is), or the record.
 */
export function previewCellOf(place: ErrorPlace, preview: PreviewShape): PreviewCell {
  const names = preview.columns.map((c) => c.name);
  const column = place.column === undefined ? -1 : columnIndexOf(place.column, names);
  let row = -1;
  if (column >= 0 && place.value !== undefined) {
    row = preview.firstRows.findIndex((cells) => cells[column] === place.value);
  }
  if (row < 0 && place.row !== undefined) {
    const first = preview.delimiter === null ? 1 : preview.header ? 2 : 1;
    const index = place.row - first;
    row = index >= 0 && index < preview.firstRows.length ? index : -1;
  }
  return { row, column };
}

/**
 * Tells where to look in the preview for what an error names, or null when it names no place.
 * @param shownRows how many rows the preview shows
 */
export function describeErrorCell(
  place: ErrorPlace,
  cell: PreviewCell,
  shownRows: number,
): string | null {
  const { t } = i18n.global;
  const row = place.row === undefined ? '' : t('data.errorPlace.row', { row: place.row });
  const column =
    place.column === undefined ? '' : t('data.errorPlace.column', { column: place.column });
  if (cell.row >= 0 && cell.column >= 0) return t('data.errorPlace.cell', { row, column });
  if (cell.row >= 0) return t('data.errorPlace.highlighted', { place: capital(row) });
  if (cell.column >= 0) {
    return place.row === undefined
      ? t('data.errorPlace.highlighted', { place: capital(column) })
      : t('data.errorPlace.pastShown', { column: capital(column), row, n: shownRows });
  }
  if (place.row !== undefined) return capital(t('data.errorPlace.rowPast', { row, n: shownRows }));
  return null;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
