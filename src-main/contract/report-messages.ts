/**
 * The import report's messages in English and the rules for writing its numbers, shared by
 * main (the command line's lines, src-main/datasets/report-english.ts) and the renderer (the
 * Data view's English messages and its number formats), so the two say the report in the same
 * words. The report itself is message ids and values (src-main/datasets/report-phrase.ts).
 * Imports nothing: it runs on both ends.
 */

/**
 * How a number value is written depends on its name: these name a place or a value as the
 * file has it (no digit grouping); `fill` is a value filled in (FILL_DIGITS significant
 * digits); any other number is a count (grouped: 10,000). A phrase with a number `count`
 * takes the singular or plural form of its message by it.
 */
export const PLAIN_NUMBERS: readonly string[] = ['row', 'offset', 'from', 'to'];

/** Significant digits of a value a filled cell was given. */
export const FILL_DIGITS = 6;

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
