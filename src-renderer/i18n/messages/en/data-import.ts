/**
 * The Data view's report of an import (what reading the file with the current choices does,
 * before it is confirmed), in English: the words the command line prints, message for
 * message (main's src-main/datasets/report-english.ts holds the same; a test keeps them equal).
 * Ids and values come from main (ImportReport.said, see src-main/datasets/report-phrase.ts).
 */
export default {
  report: {
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
  },
};

/**
 * Import errors that name a JSON, ARFF, Excel or file-system problem, under `errors.import.`
 * (i18n/error-text.ts says every `detail` from there): `{at}` is "data.json: ", `{file}` the
 * file's name. English follows main's message, leaving out only what names the full path.
 */
export const importErrors = {
  jsonUnexpected: '{file} is not valid JSON: unexpected {found} at line {line}, column {char}',
  jsonEnds:
    '{file} is not valid JSON: the text ends at line {line}, column {char} before the JSON is complete (a bracket, brace or quote is not closed)',
  jsonTop: {
    object:
      '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not an object',
    null: '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not null',
    string:
      '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not a string',
    number:
      '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not a number',
    boolean:
      '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not a boolean',
  },
  jsonRecord: {
    null: '{at}record {record} is null, not an object',
    array: '{at}record {record} is an array, not an object',
    string: '{at}record {record} is a string, not an object',
    number: '{at}record {record} is a number, not an object',
    boolean: '{at}record {record} is a boolean, not an object',
  },
  jsonCell: {
    object:
      '{at}record {record}, key {name}: an object cannot be a cell (only numbers, text, true/false and null)',
    array:
      '{at}record {record}, key {name}: an array cannot be a cell (only numbers, text, true/false and null)',
  },
  arff: {
    unclosedQuote: '{at}line {line}: a quote ({mark}) is never closed',
    unclosedName: '{at}line {line}: the attribute name has an unclosed quote',
    noType: '{at}line {line}: the attribute has no type',
    noBrace: '{at}line {line}: the values of {name} have no closing brace',
    unknownType:
      "{at}line {line}: attribute {name} has the type {type}, which the lab does not read (numeric, nominal {'{'}…{'}'}, string, date)",
    sparseIndex: '{at}line {line}: the sparse index {index} is not an attribute (0 to {last})',
    dataFirst: "{at}line {line}: {'@'}data comes before any {'@'}attribute",
    unexpected:
      "{at}line {line}: expected {'@'}relation, {'@'}attribute or {'@'}data, found {found}",
  },
  notWorkbook: '{file} is not an Excel workbook that can be read',
  noSheet: '{file} has no sheet {sheet}; its sheets are {sheets}',
  grewPastLimit: '{file} grew past the limit of {limit} while read',
  expired:
    'the previewed file is no longer at hand (other files were previewed since); open it again',
  file: {
    notFound: '{file} cannot be read: it does not exist (check the name and the folder)',
    noPermission:
      '{file} cannot be read: permission denied (change its permissions, or its folder’s)',
    folder: '{file} cannot be read: it is a folder, not a file',
    notFolder: '{file} cannot be read: a part of its path is a file, not a folder',
    linkLoop: '{file} cannot be read: it is a loop of symbolic links',
    nameTooLong: '{file} cannot be read: its name is too long',
    tooManyOpen:
      '{file} cannot be read: too many files are open (close some programs and try again)',
    busy: '{file} cannot be read: another program is using it (close it and try again)',
    diskError: '{file} cannot be read: the disk reported an input/output error (check the disk)',
    pipe: '{file} cannot be read: it is a named pipe (FIFO), not a regular file (save it as a file)',
    device: '{file} cannot be read: it is a device, not a regular file (save it as a file)',
    socket: '{file} cannot be read: it is a socket, not a regular file (save it as a file)',
    notRegular: '{file} cannot be read: it is not a regular file (save it as a file)',
    otherCode: '{file} cannot be read (the system says {code})',
    unreadable: '{file} cannot be read',
  },
};
