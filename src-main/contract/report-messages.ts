/**
 * The import report's messages in English and the one way of saying a phrase of it, shared by
 * main (the command line's lines, src-main/datasets/report-english.ts) and the renderer (the
 * Data view, src-renderer/data/report-text.ts): each side passes only its message lookup and
 * its number formats, so the two say the report in the same words. The report itself is
 * message ids and values (the types below; main builds them with src-main/datasets/
 * report-phrase.ts). Imports nothing: it runs on both ends.
 */

/** A value a phrase names: text shown as it is (a name, already quoted), a number, a phrase. */
export type PhraseValue = string | number | Phrase | PhraseList;

/** One message of the report: its id under `report.` and the values it names. */
export interface Phrase {
  id: string;
  values?: Record<string, PhraseValue>;
}

/** Values shown one after another, with `, …` after them when `more` were left out. */
export interface PhraseList {
  items: PhraseValue[];
  join: ', ' | '; ';
  more?: boolean;
}

/**
 * How a number value is written depends on its name: these name a place in the file or a value
 * taken from the person's data, written plain (no digit grouping: row 12345, a mean 12345.7);
 * any other number is a count (grouped: 10,000). A phrase with a number `count` takes the
 * singular or plural form of its message by it.
 */
export const PLAIN_NUMBERS: readonly string[] = ['row', 'offset', 'from', 'to', 'fill'];

/** Significant digits of a value a filled cell was given (`fill`, rounded before it is written). */
export const FILL_DIGITS = 6;

/** One side's way of saying the report: its messages and its number formats. */
export interface PhraseVoice {
  /** the message `id` with its values already written, in the form a number `count` picks */
  message(id: string, values: Record<string, string>, count: number | undefined): string;
  /** a count, grouped: 10,000 */
  count(value: number): string;
  /** a place or a value from the data, without grouping: 12345.7 */
  plain(value: number): string;
}

/** One phrase of the report said in `voice`, its values (phrases, lists, numbers) first. */
export function sayPhrase({ id, values = {} }: Phrase, voice: PhraseVoice): string {
  const written: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    written[name] = valueText(name, value, voice);
  }
  const { count } = values;
  return voice.message(id, written, typeof count === 'number' ? count : undefined);
}

function valueText(name: string, value: PhraseValue, voice: PhraseVoice): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(name, value, voice);
  if ('id' in value) return sayPhrase(value, voice);
  const items = value.items.map((item) => valueText(name, item, voice)).join(value.join);
  return value.more ? `${items}, …` : items;
}

function numberText(name: string, value: number, voice: PhraseVoice): string {
  if (!PLAIN_NUMBERS.includes(name)) return voice.count(value);
  return voice.plain(name === 'fill' ? Number(value.toPrecision(FILL_DIGITS)) : value);
}

/** Every message of the report, by id (the vue-i18n syntax: `{name}`, `a | b | c` forms). */
export const REPORT_ENGLISH = {
  read: '{file}: read {rows}, {columns} ({parts})',
  count: {
    rows: '{count} rows | {count} row | {count} rows',
    columns: '{count} columns | {count} column | {count} columns',
    values: '{count} values | {count} value | {count} values',
    cells: '{count} cells | {count} cell | {count} cells',
  },
  format: { csv: 'CSV', json: 'JSON', xlsx: 'Excel workbook', arff: 'Weka ARFF' },
  source: {
    sheet: 'sheet {name}',
    relation: 'relation {name}',
    encoding: '{name}',
    encodingBom: '{name} with BOM',
    comma: "delimiter ','",
    semicolon: "delimiter ';'",
    tab: 'delimiter tab',
    decimalPoint: 'decimal point (3.14)',
    decimalComma: 'decimal comma (3,14)',
    thousands: "{decimal}, '{mark}' between thousands ({example})",
    header: 'header row',
    noHeader: 'no header row',
  },
  note: 'note: {text}',
  notes: {
    notUtf8At: 'not UTF-8 (byte 0x{byte} at offset {offset}), so read as Windows-1252',
    notUtf8End: 'not UTF-8 (its last bytes), so read as Windows-1252',
    trailingDelimiter: 'every line ends with a delimiter; the empty column after it is left out',
    sheets: 'the workbook has {n} sheets: {names}',
  },
  columnsHeading: 'columns:',
  column: {
    ignored: '{name}: ignored ({type})',
    used: '{name}: {kind} — {facts}',
    type: { numeric: 'numeric', categorical: 'categorical' },
    kind: {
      numericInput: 'numeric input',
      numericTarget: 'numeric target',
      categoricalInput: 'categorical input',
      categoricalTarget: 'categorical target',
    },
    asChosen: '{type} as chosen',
    classNames: 'numbers, read as class names',
    readAsNumbers: 'read as numbers',
    numericAttribute: 'numeric attribute',
    nominalAttribute: 'nominal attribute',
    allNumbers: 'all {n} values are numbers',
    mostlyNumbers: '{n} of {values} are numbers (at least 95%)',
    someText:
      '{count} of {values} are text{example} (numbers in under 95%) | {count} of {values} is text{example} (numbers in under 95%) | {count} of {values} are text{example} (numbers in under 95%)',
    text: 'text{example}',
    example: ', e.g. row {row} {value}',
    notANumber: '{n} not a number, treated as missing: {examples}',
    missing: '{n} missing ({tokens})',
    grouped: '{n} with thousands separators read as numbers: {examples}',
    otherDecimal: '{n} with the other decimal mark read as decimals: {examples}',
    tooSmall: '{n} too small for 32-bit floats, read as 0: {examples}',
    classes: '{n} classes',
    categories: '{n} categories → {n} inputs (one-hot)',
    cell: 'row {row} {value}',
    token: '{n} {token}',
    empty: 'empty',
  },
  missing: {
    none: 'missing values (policy {policy}): none in the used columns; all {rows} kept',
    some: 'missing values (policy {policy}): {parts}; {rows} kept',
    policy: { drop: 'drop', mean: 'mean', median: 'median', mode: 'mode', error: 'error' },
    dropped: '{n} of {rows} dropped — {columns}',
    droppedColumn: '{name}: {n} ({why})',
    filled: '{cells} filled — {columns}',
    filledColumn: '{name}: {n} ({why}) filled with its {kind} {fill}',
    notANumber: '{n} not a number',
    fill: { mean: 'mean', median: 'median', mode: 'most frequent value' },
  },
  task: {
    regression: 'task: regression of {target} — {why}',
    regressionHint: 'task: regression of {target} — {why}; {hint}',
    classification: 'task: classification of {target} into {n} classes ({classes}) — {why}',
    hint: 'its {n} whole values ({from} to {to}) may be classes: choose classification to train a classifier',
    why: {
      chosen: 'as chosen',
      askedBy: 'asked for by {option}',
      text: 'the target holds text',
      nominal: 'the target is a nominal attribute',
      categorical: 'the target is set to categorical',
      numbers: 'the target holds numbers',
    },
  },
};
