import { isMissing } from './cell-value';
import { parseLoose, parsePlain, type NumberFormat } from './number-format';

/** How a delimited text file separates its cells. */
export interface Dialect {
  delimiter: ',' | ';' | '\t';
}

/** Candidates in order of preference when several fit: a tab or `;` is rarely there by chance,
 * while a `,` may be a decimal comma inside `;`-separated numbers. */
const DELIMITERS = ['\t', ';', ','] as const;

/** How many lines of the start of a file the guesses look at. */
export const SAMPLE_LINES = 50;

/**
 * Guesses the delimiter from the first lines: the candidate that appears the same non-zero
 * number of times (outside quotes) on every line wins; with none consistent, the one most
 * often at its usual count; with none at all, `,` (a single column).
 * @param sample the start of the file
 * @param whole the sample is the whole file (else its last line may be cut off, and is ignored)
 */
export function detectDelimiter(sample: string, whole: boolean): Dialect['delimiter'] {
  const lines = sampleLines(sample, whole);
  let best: Dialect['delimiter'] = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const mode = modeOf(counts);
    if (mode === 0) continue;
    const score = counts.filter((n) => n === mode).length / counts.length;
    if (score === 1) return delimiter;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

// Number shapes that tell a file's decimal mark and thousands separator.
const DOT_GROUPS = /^[+-]?\d{1,3}(\.\d{3})+,\d*$|^[+-]?\d{1,3}(\.\d{3}){2,}$/;
const COMMA_GROUPS = /^[+-]?\d{1,3}(,\d{3})+\.\d*$|^[+-]?\d{1,3}(,\d{3}){2,}$/;
const WITH_COMMA = /^[+-]?\d*,\d+([eE][+-]?\d+)?$/;
const WITH_DOT = /^[+-]?\d*\.\d+([eE][+-]?\d+)?$/;
/** `1,500` or `1.500`: a decimal mark, or one thousands group? */
const ONE_GROUP = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * Decides how the file writes numbers from the first records. The decimal mark is a comma when
 * the delimiter is not `,` and cells like `1,5` or `1.234,5` outnumber cells like `1.5` or
 * `1,234.5` (files that mix both keep the majority; the others are still read and counted);
 * when only cells like `1,500` say anything, a `;` or tab file is taken to use a decimal
 * comma. Dots (or commas) between thousands are recognised from cells with several groups or
 * with both marks.
 * @param records the first records, already split into cells
 */
export function detectNumberFormat(
  delimiter: Dialect['delimiter'],
  records: readonly string[][],
): NumberFormat {
  let comma = 0;
  let dot = 0;
  let dotGroups = 0;
  let commaGroups = 0;
  let oneGroup = 0;
  for (const cells of records) {
    for (const raw of cells) {
      const cell = raw.trim();
      if (cell.length === 0 || cell.length > 40) continue;
      if (DOT_GROUPS.test(cell)) dotGroups++;
      else if (COMMA_GROUPS.test(cell)) commaGroups++;
      else if (ONE_GROUP.test(cell)) oneGroup++;
      else if (WITH_COMMA.test(cell)) comma++;
      else if (WITH_DOT.test(cell)) dot++;
    }
  }
  const commaVotes = comma + dotGroups;
  const pointVotes = dot + commaGroups;
  const decimalComma =
    delimiter !== ',' &&
    (commaVotes > pointVotes || (commaVotes === 0 && pointVotes === 0 && oneGroup > 0));
  return decimalComma
    ? { decimal: ',', thousands: dotGroups > 0 ? '.' : null }
    : { decimal: '.', thousands: commaGroups > 0 ? ',' : null };
}

/**
 * Guesses whether the first record is a header. Not a header when it holds a number (names are
 * words). A header when some column is text in the first record but numbers below. When every
 * cell is text, a header when its cells are distinct and none of them reappears below in its
 * column (a data row would repeat a category).
 * @param records the first records of the file, header candidate first
 */
export function detectHeader(records: readonly string[][], format: NumberFormat): boolean {
  if (records.length === 0) return false;
  const isNumber = (raw: string) => {
    const cell = raw.trim();
    return !Number.isNaN(parsePlain(cell, format)) || parseLoose(cell, format) !== null;
  };
  const [first, ...rest] = records;
  if (first.some(isNumber)) return false;
  if (rest.length === 0) return true;
  for (let c = 0; c < first.length; c++) {
    const below = rest.map((cells) => (cells[c] ?? '').trim()).filter((cell) => !isMissing(cell));
    if (!isMissing(first[c].trim()) && below.length > 0 && below.every(isNumber)) return true;
  }
  const names = first.map((cell) => cell.trim());
  if (names.some((name) => name === '') || new Set(names).size !== names.length) return false;
  return !rest.some((cells) => cells.some((cell, c) => cell.trim() === names[c]));
}

/**
 * True when every record of the sample, header included, ends with an empty cell after its
 * last delimiter (`a,b,c,`): spreadsheets and some exporters write lines so. The empty last
 * column is then no column at all.
 */
export function detectTrailingDelimiter(records: readonly string[][]): boolean {
  return (
    records.length >= 2 &&
    records.every((cells) => cells.length >= 2 && cells[cells.length - 1].trim() === '')
  );
}

/** Complete lines of the sample, splitting only on line breaks outside quotes. */
function sampleLines(sample: string, whole: boolean): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < sample.length && lines.length < SAMPLE_LINES; i++) {
    const c = sample[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (i > start) lines.push(sample.slice(start, i));
      start = i + 1;
    }
  }
  const last = sample.slice(start);
  if (last !== '' && (whole || lines.length === 0) && lines.length < SAMPLE_LINES) lines.push(last);
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) n++;
  }
  return n;
}

function modeOf(values: number[]): number {
  const counts = new Map<number, number>();
  let mode = 0;
  let most = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > most || (n === most && v > mode)) {
      mode = v;
      most = n;
    }
  }
  return mode;
}
