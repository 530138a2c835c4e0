import { createHash } from 'node:crypto';
import type { CellValue, Worksheet } from 'exceljs';
import { detectHeader } from './detect-dialect';
import { fileErrorSaid } from './file-error-said';
import { DatasetImportError, quote } from './import-error';
import { formatBytes, resolveLimits } from './import-limits';
import { DECIMAL_POINT } from './number-format';
import { fileNameOf, type ReadOptions } from './read-options';
import { openDataFile } from './open-data-file';
import { FileReadError, readOpened } from '../files/read-bounded';
import { TableBuilder, type Table } from './table';

/** Options of spreadsheet files. */
export interface XlsxOptions extends ReadOptions {
  /** the sheet to read: its name, or its 1-based position; default the first */
  sheet?: string;
  header?: boolean;
}

type Cell = string | number | null;

/**
 * Reads one sheet of an Excel workbook (.xlsx, through the exceljs library): the first sheet
 * unless another is chosen, its first non-empty row as the header when it looks like one
 * (names above numbers, as for CSV). Cells keep their types: numbers are numbers, text is
 * text (and read as a number when it is one), dates become ISO text, formulas give their
 * stored result, `#N/A` is missing. Rows in messages are the sheet's own row numbers.
 * @throws DatasetImportError 'bad-xlsx' for a file that is not a workbook or an unknown sheet
 */
export async function readXlsxTable(filePath: string, options: XlsxOptions = {}): Promise<Table> {
  const file = fileNameOf(filePath, options);
  const limits = resolveLimits(options.limits);
  const { handle, size } = await openDataFile(filePath, file, limits);
  options.onProgress?.(0, size);
  let bytes: Buffer;
  try {
    bytes = await readOpened(handle, size, filePath, { maxBytes: limits.maxBytes, what: file });
  } catch (error) {
    // it grew past the limit since it was opened, or the disk failed
    if (!(error instanceof FileReadError)) throw error;
    const limit = formatBytes(limits.maxBytes);
    if (error.code === 'too-large') {
      throw new DatasetImportError(
        'too-large',
        file,
        `grew past the limit of ${limit} while read`,
        { subject: true },
        { key: 'grewPastLimit', params: { limit } },
      );
    }
    throw new DatasetImportError(
      'unreadable',
      file,
      `cannot be read (${error.message})`,
      { subject: true },
      fileErrorSaid(error),
    );
  } finally {
    await handle.close();
  }
  if (options.signal?.aborted) {
    throw new DatasetImportError(
      'cancelled',
      file,
      'the import was cancelled',
      {},
      { key: 'cancelled' },
    );
  }
  const excel = await import('exceljs');
  const workbook = new (excel.default ?? excel).Workbook();
  try {
    // exceljs declares an older Buffer type than @types/node 20's
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new DatasetImportError(
      'bad-xlsx',
      file,
      `is not an Excel workbook that can be read (${(error as Error).message})`,
      { subject: true },
      // the library's reason stays in main's English: it is about zip entries, not the person
      { key: 'notWorkbook' },
    );
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const sheet = chooseSheet(file, workbook.worksheets, options.sheet);
  const rows = sheetRows(sheet, limits.maxColumns, file);
  if (rows.length === 0) {
    throw new DatasetImportError(
      'empty',
      file,
      `the sheet ${quote(sheet.name)} is empty`,
      {},
      { key: 'emptySheet', params: { sheet: quote(sheet.name) } },
    );
  }
  const asText = rows.slice(0, 50).map((r) => r.cells.map((c) => (c === null ? '' : String(c))));
  const hasHeader = options.header ?? detectHeader(asText, DECIMAL_POINT);
  const width = rows[0].cells.length;
  const names = hasHeader
    ? rows[0].cells.map((c) => (c === null ? '' : String(c)))
    : Array.from({ length: width }, (_, i) => `column ${i + 1}`);
  const label = hasHeader ? 'the header' : `row ${rows[0].number}`;
  const builder = new TableBuilder(file, names, limits, label, DECIMAL_POINT);
  for (const row of hasHeader ? rows.slice(1) : rows) builder.push(row.cells, row.number);
  if (builder.rows === 0) {
    throw new DatasetImportError(
      'header-only',
      file,
      'only a header, no data rows',
      {},
      { key: 'headerOnly' },
    );
  }
  options.onProgress?.(size, size);
  return {
    source: {
      fileName: file,
      format: 'xlsx',
      bytes: size,
      hash: createHash('sha256').update(bytes).digest('hex'),
      hasHeader,
      sheet: sheet.name,
      sheets,
    },
    columns: builder.columns,
    rows: builder.rows,
    lines: builder.lines,
  };
}

function chooseSheet(file: string, sheets: Worksheet[], wanted: string | undefined): Worksheet {
  if (sheets.length === 0)
    throw new DatasetImportError(
      'empty',
      file,
      'the workbook has no sheets',
      {},
      { key: 'noSheets' },
    );
  if (wanted === undefined) return sheets[0];
  const byName = sheets.find((s) => s.name === wanted);
  const position = Number(wanted);
  const byPosition = Number.isInteger(position) ? sheets[position - 1] : undefined;
  const sheet = byName ?? byPosition;
  if (!sheet) {
    const list = sheets.map((s) => quote(s.name)).join(', ');
    throw new DatasetImportError(
      'bad-xlsx',
      file,
      `has no sheet ${quote(wanted)}; its sheets are ${list}`,
      { subject: true },
      { key: 'noSheet', params: { sheet: quote(wanted), sheets: list } },
    );
  }
  return sheet;
}

/** The sheet's non-empty rows as cells, trailing empty cells left out. */
function sheetRows(sheet: Worksheet, maxColumns: number, file: string) {
  const rows: { number: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    const count = row.cellCount;
    if (count > maxColumns) {
      throw new DatasetImportError(
        'too-many-columns',
        file,
        `row ${number} has more than ${maxColumns} columns; the limit is ${maxColumns}`,
        {},
        { key: 'rowTooWide', params: { line: number, limit: maxColumns } },
      );
    }
    for (let c = 1; c <= count; c++) cells.push(cellOf(row.getCell(c).value));
    while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === ''))
      cells.pop();
    if (cells.length > 0) rows.push({ number, cells });
  });
  return rows;
}

/** A spreadsheet cell as the table takes it. */
function cellOf(value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  // `#N/A` is then a missing value, other errors (`#DIV/0!`) odd cells the report lists
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellOf(value.result as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return String(value.text);
  return null;
}
