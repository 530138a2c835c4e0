import { DatasetImportError, quote } from './import-error';
import { jsonErrorPlace } from '../contract/json-error-place';
import { kindOf, type ValueKind } from '../contract/lab-document';
import type { ReadOptions } from './read-options';
import { readTextFile } from './read-text-file';
import { TableBuilder, type Table } from './table';

/** The English main says a kind of JSON value in (the renderer words the kind itself). */
const KIND_WORDS: Record<ValueKind, string> = {
  nothing: 'nothing',
  null: 'null',
  list: 'an array',
  text: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
};

type Cell = string | number | null;

/**
 * Reads a JSON file holding an array of records (objects with the same keys) into columns.
 * Columns are the first record's keys in order; a record without a key has a missing cell
 * there, a record with a key the first lacks is an error. Numbers, strings and null are
 * cells; true/false become the categories `true`/`false`; nested objects and arrays are
 * refused. Row N in messages is record N (1-based). Unlike CSV the text is parsed whole
 * (JSON.parse), within the size limit.
 * @throws DatasetImportError for every other shape, naming the record and key
 */
export async function readJsonTable(filePath: string, options: ReadOptions = {}): Promise<Table> {
  const { file, limits, chunks, source } = readTextFile(filePath, options);
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const records = parseRecords(file, parts.join(''));
  const keys = Object.keys(records[0]);
  if (keys.length === 0) {
    throw new DatasetImportError('bad-json', file, 'record 1 has no keys', {}, { key: 'noKeys' });
  }
  const builder = new TableBuilder(file, keys, limits, 'record 1');
  const known = new Set(keys);
  records.forEach((record, r) => {
    builder.push(recordCells(file, record, r + 1, keys, known), r + 1);
  });
  return {
    source: source('json'),
    columns: builder.columns,
    rows: builder.rows,
    lines: builder.lines,
  };
}

function parseRecords(file: string, text: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw syntaxError(file, text, error);
  }
  if (!Array.isArray(data)) {
    throw new DatasetImportError(
      'bad-json',
      file,
      `must hold an array of records like [{"x": 1, "y": "a"}, …], not ${KIND_WORDS[kindOf(data)]}`,
      { subject: true },
      { key: `jsonTop.${kindOf(data)}` },
    );
  }
  if (data.length === 0) {
    throw new DatasetImportError(
      'empty',
      file,
      'the array holds no records',
      {},
      { key: 'noRecords' },
    );
  }
  data.forEach((record, r) => {
    const kind = kindOf(record);
    if (kind !== 'object') {
      throw new DatasetImportError(
        'bad-json',
        file,
        `record ${r + 1} is ${KIND_WORDS[kind]}, not an object`,
        {},
        { key: `jsonRecord.${kind}`, params: { record: r + 1 } },
      );
    }
  });
  return data as Record<string, unknown>[];
}

function recordCells(
  file: string,
  record: Record<string, unknown>,
  row: number,
  keys: readonly string[],
  known: ReadonlySet<string>,
): Cell[] {
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      throw new DatasetImportError(
        'bad-json',
        file,
        `record ${row} has the key ${quote(key)}, which record 1 does not have`,
        {},
        { key: 'extraKey', params: { record: row, name: quote(key) } },
      );
    }
  }
  // Object.hasOwn, never `record[key] ?? …`: for a key like `__proto__` or `constructor`
  // that a record lacks, plain access would read Object.prototype's members.
  return keys.map((key) => {
    if (!Object.hasOwn(record, key)) return null;
    const value = record[key];
    if (value === null || typeof value === 'number' || typeof value === 'string') return value;
    if (typeof value === 'boolean') return String(value);
    const kind = kindOf(value);
    throw new DatasetImportError(
      'bad-json',
      file,
      `record ${row}, key ${quote(key)}: ${KIND_WORDS[kind]} cannot be a cell (only numbers, text, true/false and null)`,
      {},
      { key: `jsonCell.${kind}`, params: { record: row, name: quote(key) } },
    );
  });
}

/** What a JSON value is: `id` for the message, `words` for main's English. */

/**
 * Text JSON.parse refused, named by the place of its first error (line and column) and what
 * stands there, or that the text ends too early.
 */
function syntaxError(file: string, text: string, error: unknown): DatasetImportError {
  const place = jsonErrorPlace(text);
  if (!place) {
    // the scan found no error where V8 did: V8's own words are all there is to say
    const reason = error instanceof Error ? error.message : String(error);
    return new DatasetImportError(
      'bad-json',
      file,
      `is not valid JSON (${reason})`,
      { subject: true },
      { key: 'badJson', params: { reason } },
    );
  }
  // the column as text: a place, never grouped like a count (a one-line file is long)
  const at = { line: place.line, char: String(place.column) };
  if (place.found === undefined) {
    return new DatasetImportError(
      'bad-json',
      file,
      `is not valid JSON: the text ends at line ${at.line}, column ${at.char} before the JSON is complete (a bracket, brace or quote is not closed)`,
      { subject: true },
      { key: 'jsonEnds', params: at },
    );
  }
  const found = quote(place.found);
  return new DatasetImportError(
    'bad-json',
    file,
    `is not valid JSON: unexpected ${found} at line ${at.line}, column ${at.char}`,
    { subject: true },
    { key: 'jsonUnexpected', params: { ...at, found } },
  );
}
