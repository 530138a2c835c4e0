/**
 * Errors main reports with a message id (LabError.detail, see src-main/contract/result.ts), in
 * English. `{at}` is the place, written by i18n/error-text.ts from the file, row and column
 * ("data.csv: row 4, column 'age': "); messages about the whole file name it as `{file}`.
 * A `count` chooses the singular or plural form.
 */
import importErrors from './errors/import';
import settingsErrors from './errors/settings';
import storeErrors from './errors/store';

export default {
  place: {
    rowColumn: '{file}: row {row}, column {column}: ',
    row: '{file}: row {row}: ',
    column: '{file}: column {column}: ',
    file: '{file}: ',
  },
  /** the stores' own messages; {why} is the reason main gave */
  // why a setting was not changed (src-main/settings/settings-error.ts)
  settings: settingsErrors,
  store: {
    // the store's refusals main gives by id (src-main/store/store-messages.ts)
    ...storeErrors,
    progressRead: 'Progress could not be read: {why}',
    progressSaved: 'Progress could not be saved: {why}',
    progressReset: 'Progress could not be reset: {why}',
    labsRead: 'Your labs could not be read: {why}',
    labCopied: 'The lab could not be copied: {why}',
    drawAgain: 'Could not draw the data again: {why}',
    evaluate: 'Could not evaluate the model: {why}',
    loadModel: 'Could not load the trained model: {why}',
    readModel: 'Could not read the trained model: {why}',
    loadData: 'Could not load the data: {why}',
    openDataset: 'Could not open dataset {id}: {why}',
    yourLab: 'your lab "{title}"',
    builtInId: "{file}: id: '{id}' is the id of a built-in lab",
  },
  /** a run's controls that main refused */
  run: {
    start: 'Could not start: {why}',
    pause: 'Could not pause: {why}',
    resume: 'Could not resume: {why}',
    stop: 'Could not stop: {why}',
    'step-batch': 'Could not step batch: {why}',
    'step-epoch': 'Could not step epoch: {why}',
    rate: 'Could not set the learning rate: {why}',
    pace: 'Could not change the speed: {why}',
    keepRunning: 'Could not change "keep running": {why}',
  },
  import: {
    // JSON, ARFF, Excel and file errors: the message area data-import keeps them
    ...importErrors,
    unclosedQuote: '{at}a quote opened on row {opened} is never closed',
    cellTooLong: '{at}a cell is longer than {limit} characters, the limit',
    rowTooWide: '{at}row {line} has more than {limit} columns; the limit is {limit}',
    nothingToFill: '{at}the column has no values to fill from',
    allRowsDropped:
      '{at}every row lacks a value in a used column; nothing is left after dropping them (fill the gaps instead, or ignore the emptiest columns)',
    missingNotANumber:
      "{at}{value} is not a number; the missing-value policy 'error' refuses it (choose drop, mean, median or mode to go on)",
    missingToken:
      "{at}the cell is {value}; the missing-value policy 'error' refuses it (choose drop, mean, median or mode to go on)",
    missingEmpty:
      "{at}the cell is empty; the missing-value policy 'error' refuses it (choose drop, mean, median or mode to go on)",
    outOfRange:
      '{at}{value} is beyond the range of 32-bit floats (±{max}) that networks here compute with; rescale the column, or set it to ignored',
    outOfRangeMore:
      '{at}{value} is beyond the range of 32-bit floats (±{max}) that networks here compute with (and so are {more} more of its cells); rescale the column, or set it to ignored',
    targetText:
      '{at}the target holds text, so it cannot be predicted as a number; choose classification',
    targetTextAt:
      '{at}the target holds text (row {textRow}: {value}), so it cannot be predicted as a number; choose classification',
    tooManyClasses:
      '{at}{n} distinct values are too many classes (at most {limit}); choose regression, or another target',
    oneClass: '{at}the target has only one class ({value}); a classifier needs at least two',
    tooManyCategories:
      '{at}{n} distinct values are too many categories (at most {limit}); set it to ignored (or numeric, if it holds numbers)',
    ragged:
      '{at}row {line} has {count} cells, the header has {width} | {at}row {line} has {count} cell, the header has {width} | {at}row {line} has {count} cells, the header has {width}',
    raggedFirstRow:
      '{at}row {line} has {count} cells, row {first} has {width} | {at}row {line} has {count} cell, row {first} has {width} | {at}row {line} has {count} cells, row {first} has {width}',
    raggedRecord:
      '{at}row {line} has {count} cells, record 1 has {width} | {at}row {line} has {count} cell, record 1 has {width} | {at}row {line} has {count} cells, record 1 has {width}',
    raggedArff: '{at}row {line} has {count} values, the header declares {width} attributes',
    noKeys: '{at}record 1 has no keys',
    extraKey: '{at}record {record} has the key {name}, which record 1 does not have',
    notDeclared: '{at}{value} is not one of the values declared for it ({allowed})',
    noRecords: '{at}the array holds no records',
    headerOnly: '{at}only a header, no data rows',
    emptyFile: '{at}the file is empty',
    blankLines: '{at}the file holds only blank lines',
    cancelled: '{at}the import was cancelled',
    emptySheet: '{at}the sheet {sheet} is empty',
    noSheets: '{at}the workbook has no sheets',
    binary: '{at}looks like a binary file, not text (byte 0x00 at offset {offset})',
    noSuchColumn: '{at}there is no column named {name}',
    oneTargetChosen: '{at}choose exactly one target column; chosen: {named}',
    oneTarget: '{at}choose exactly one target column',
    oneInput: '{at}choose at least one input column',
    noNumbers:
      '{at}{value} is not a number, and neither is any other cell: the column holds no numbers, so it cannot be numeric',
    tooManyDistinct:
      '{at}more than {limit} distinct values; set it to ignored (or numeric, if it holds numbers)',
    tooManyColumns: '{file} has {n} columns; the limit is {limit}',
    tooManyRows: '{file} has more than {limit} data rows; the limit is {limit}',
    badJson: '{file} is not valid JSON ({reason})',
    noDataSection: "{file} has no {'@'}data section",
    tooLarge: '{file} is {size}; the limit is {limit}',
    utf16:
      '{file} looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM)',
    mixedEncodingAt:
      '{file} mixes encodings: it reads as UTF-8 until byte 0x{byte} at offset {offset}, which is not UTF-8; save it as UTF-8',
    mixedEncodingEnd:
      '{file} mixes encodings: it reads as UTF-8 until its last bytes, which is not UTF-8; save it as UTF-8',
  },
  /** a built-in dataset asked for (src-main/builtin-data/errors.ts BUILTIN_MESSAGES) */
  builtin: {
    unknownDataset: 'unknown built-in dataset {name} (known: {known})',
    unknownParameter:
      "built-in dataset '{name}': unknown parameter {param} (its parameters are {known})",
    noParameters: "built-in dataset '{name}': unknown parameter {param} (it takes no parameters)",
    number:
      "built-in dataset '{name}': parameter '{param}' must be a number from {min} to {max}, got {got}",
    wholeNumber:
      "built-in dataset '{name}': parameter '{param}' must be a whole number from {min} to {max}, got {got}",
  },
  /** a value found where another was expected ({got} in a message), as main describes it */
  got: { nothing: 'nothing', null: 'null', list: 'a list of {count}', object: 'an object' },
  /** a model file main refused for one of its own fields, or that does not fit the dataset */
  modelFile: {
    names: 'model file: {field}: expected a list of names, got {got}',
    nameCount: 'model file: {field}: expected {expected} names, got {length}',
    derivedList: 'model file: derived: expected a list of {known}, got {got}',
    derivedInputs:
      'model file: derived: the features {features} make {made} inputs, but spec.inputs is {inputs}',
  },
  modelFit: {
    inputs:
      "the model does not fit dataset '{dataset}': the model takes {takes} inputs, dataset '{dataset}' gives {gives}",
    inputsDerived:
      "the model does not fit dataset '{dataset}': the model takes {takes} inputs (and derives {derived} from them), dataset '{dataset}' gives {gives}",
    regression:
      "the model does not fit dataset '{dataset}': the model sorts into classes ({labels}), dataset '{dataset}' is a regression dataset",
    outputs:
      "the model does not fit dataset '{dataset}': the model gives {gives} outputs, dataset '{dataset}' has {has} ({targets})",
    classes:
      "the model does not fit dataset '{dataset}': the model's classes are {labels}; dataset '{dataset}' has {has}",
  },
  /** a run main refused because its network does not fit the dataset */
  runFit: {
    derivedTwice: "derived input '{feature}' is listed twice",
    derivedData:
      "derived inputs ({derived}) need data with exactly 2 inputs; dataset '{dataset}' has {has}",
    derivedInputs: 'the network takes {inputs} inputs but the features ({features}) make {made}',
    inputs: "the network has {inputs} inputs; dataset '{dataset}' has {has}",
    outputs: "the network has {outputs} outputs; dataset '{dataset}' has {has}",
  },
};
